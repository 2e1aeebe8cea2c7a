import { describe, expect, it } from 'vitest';
import { unsafeConfigurationProblems } from './check-config';

const SECRET = 'k3Y9v2mQ8xR1tL6wZ0pA5sD7fG4hJ2nB';

describe('unsafeConfigurationProblems', () => {
  it('accepts the embedded demo, and a real configuration', () => {
    expect(unsafeConfigurationProblems({})).toEqual([]);
    expect(unsafeConfigurationProblems({ DATABASE_URL: 'postgresql://app:Zq8!long-random@db.internal:5432/dakarinfo', NEXTAUTH_SECRET: SECRET })).toEqual([]);
  });

  it('refuses a missing, short or sample secret', () => {
    expect(unsafeConfigurationProblems({ DATABASE_URL: 'postgresql://a:b@127.0.0.1/x' })[0]).toMatch(/NEXTAUTH_SECRET/);
    expect(unsafeConfigurationProblems({ DATABASE_URL: 'postgresql://a:b@127.0.0.1/x', NEXTAUTH_SECRET: 'court' })).toHaveLength(1);
    expect(unsafeConfigurationProblems({ DATABASE_URL: 'postgresql://a:b@127.0.0.1/x', NEXTAUTH_SECRET: `changeme${SECRET}` })).toHaveLength(1);
  });

  it('refuses a default database password on a remote server, and a malformed URL', () => {
    expect(unsafeConfigurationProblems({ DATABASE_URL: 'postgresql://postgres:postgres@db.example.com/x', NEXTAUTH_SECRET: SECRET })[0]).toMatch(/mot de passe par défaut/);
    expect(unsafeConfigurationProblems({ DATABASE_URL: 'pas une url', NEXTAUTH_SECRET: SECRET })[0]).toMatch(/adresse PostgreSQL valide/);
  });
});
