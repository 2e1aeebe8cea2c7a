import { describe, expect, it } from 'vitest';
import { checkConfiguration, isLoopback } from './check-config';

const SECRET = 'k3Y9v2mQ8xR1tL6wZ0pA5sD7fG4hJ2nB';
const PROD = { production: true };
const DEV = { production: false };
const LOCAL_DB = 'postgresql://a:b@127.0.0.1/x';

describe('checkConfiguration', () => {
  it('accepts the embedded demo, and a real configuration', () => {
    expect(checkConfiguration({}, PROD)).toEqual({ errors: [], warnings: [] });
    expect(
      checkConfiguration(
        {
          DATABASE_URL: 'postgresql://app:Zq8!long-random@db.internal:5432/dakarinfo',
          NEXTAUTH_SECRET: SECRET,
          NEXTAUTH_URL: 'https://dakarinfo.sn',
        },
        PROD,
      ),
    ).toEqual({ errors: [], warnings: [] });
  });

  it('accepts the end-to-end configuration: its secret, and http on loopback', () => {
    const e2e = {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/dakarinfo_e2e',
      NEXTAUTH_SECRET: 'e2e-secret-only-for-tests-0123456789abcdef',
      NEXTAUTH_URL: 'http://localhost:3240',
    };
    expect(checkConfiguration(e2e, PROD)).toEqual({ errors: [], warnings: [] });
    expect(checkConfiguration({ ...e2e, NEXTAUTH_URL: 'http://127.0.0.1:3240', SITE_URL: 'http://[::1]:3240' }, PROD)).toEqual({
      errors: [],
      warnings: [],
    });
  });

  it('refuses a missing secret with DATABASE_URL in production', () => {
    expect(checkConfiguration({ DATABASE_URL: LOCAL_DB }, PROD).errors[0]).toMatch(/NEXTAUTH_SECRET doit être défini/);
  });

  it('refuses a short, sample or monotonous secret in every mode, embedded database included', () => {
    for (const database of [{}, { DATABASE_URL: LOCAL_DB }]) {
      for (const mode of [PROD, DEV]) {
        expect(
          checkConfiguration({ ...database, NEXTAUTH_SECRET: 'changeme' }, mode).errors,
          JSON.stringify({ database, mode }),
        ).toHaveLength(1);
        expect(checkConfiguration({ ...database, NEXTAUTH_SECRET: '' }, mode).errors[0]).toMatch(/trop court/);
        expect(checkConfiguration({ ...database, NEXTAUTH_SECRET: `changeme${SECRET}` }, mode).errors[0]).toMatch(/valeur d’exemple/);
        expect(checkConfiguration({ ...database, NEXTAUTH_SECRET: 'ab'.repeat(20) }, mode).errors[0]).toMatch(/trop faible/);
        expect(checkConfiguration({ ...database, NEXTAUTH_SECRET: SECRET }, mode).errors).toEqual([]);
      }
    }
  });

  it('refuses a production public address on plain HTTP that is not loopback, unless explicitly allowed (then warns)', () => {
    for (const name of ['NEXTAUTH_URL', 'SITE_URL']) {
      const refused = checkConfiguration({ NEXTAUTH_SECRET: SECRET, [name]: 'http://dakarinfo.sn' }, PROD);
      expect(refused.errors).toHaveLength(1);
      expect(refused.errors[0]).toMatch(
        new RegExp(`^${name}=http://dakarinfo.sn est une adresse publique en HTTP simple.*DAKARINFO_ALLOW_HTTP=1`),
      );
      const allowed = checkConfiguration({ NEXTAUTH_SECRET: SECRET, [name]: 'http://192.168.1.20:3000', DAKARINFO_ALLOW_HTTP: '1' }, PROD);
      expect(allowed.errors).toEqual([]);
      expect(allowed.warnings[0]).toMatch(/HTTP simple.*Accepté parce que DAKARINFO_ALLOW_HTTP=1/);
      expect(checkConfiguration({ [name]: 'http://dakarinfo.sn' }, DEV)).toEqual({ errors: [], warnings: [] });
      expect(checkConfiguration({ [name]: 'https://dakarinfo.sn' }, PROD)).toEqual({ errors: [], warnings: [] });
    }
    expect(checkConfiguration({ NEXTAUTH_URL: 'https://dakarinfo.sn', SITE_URL: 'http://dakarinfo.sn' }, PROD).errors).toHaveLength(1);
  });

  it('refuses a public address that is not http(s)', () => {
    expect(checkConfiguration({ SITE_URL: 'dakarinfo.sn' }, PROD).errors[0]).toMatch(/SITE_URL n’est pas une adresse valide/);
    expect(checkConfiguration({ NEXTAUTH_URL: 'ftp://dakarinfo.sn' }, DEV).errors[0]).toMatch(/NEXTAUTH_URL doit commencer par https:\/\//);
  });

  it('refuses a default database password on a remote server, and a malformed URL', () => {
    expect(
      checkConfiguration({ DATABASE_URL: 'postgresql://postgres:postgres@db.example.com/x', NEXTAUTH_SECRET: SECRET }, PROD).errors[0],
    ).toMatch(/mot de passe par défaut/);
    expect(checkConfiguration({ DATABASE_URL: 'pas une url', NEXTAUTH_SECRET: SECRET }, PROD).errors[0]).toMatch(
      /adresse PostgreSQL valide/,
    );
  });
});

describe('isLoopback', () => {
  it('knows loopback names and addresses, and nothing else', () => {
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1']) expect(isLoopback(host), host).toBe(true);
    for (const host of ['dakarinfo.sn', '0.0.0.0', '192.168.1.20', '10.0.0.1', 'localhost.example.com', '[::]'])
      expect(isLoopback(host), host).toBe(false);
  });
});
