import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, hashAddress, logLevel, MASK, prettyLogs, scrub } from './log';

/** A logger writing into an array of parsed JSON lines. */
function capture(level = 'info') {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { log: createLogger({ level, instance: 'essai-1', destination }), lines };
}

describe('createLogger', () => {
  it('writes one JSON line per event, with its level, time and instance', () => {
    const { log, lines } = capture();
    log.info({ event: 'ready', port: 3000 }, 'Prêt');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'info', instance: 'essai-1', event: 'ready', port: 3000, msg: 'Prêt' });
    expect(String(lines[0]?.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('never writes a password, a secret, a token, a cookie, an authorization or a reader’s address', () => {
    const { log, lines } = capture();
    log.warn(
      {
        password: 'mot-de-passe-en-clair',
        email: 'lectrice@example.org',
        ip: '203.0.113.9',
        user: { password: 'encore', passwordHash: '$argon2id$…', totpSecret: 'JBSWY3DPEHPK3PXP', email: 'a@b.fr' },
        req: {
          headers: {
            cookie: 'next-auth.session-token=abc',
            authorization: 'Bearer jeton-secret-tres-long',
            'x-dakarinfo-client-ip': '198.51.100.7',
            'x-forwarded-for': '198.51.100.7, 10.0.0.1',
            'x-dakarinfo-internal': 'secret-du-programmateur',
            'user-agent': 'Mozilla/5.0',
          },
        },
        config: { NEXTAUTH_SECRET: 'sel', DATABASE_URL: 'postgres://u:p@h/db', token: 't' },
      },
      'Essai',
    );
    const text = JSON.stringify(lines[0]);
    for (const secret of [
      'mot-de-passe-en-clair',
      'lectrice@example.org',
      '203.0.113.9',
      'encore',
      '$argon2id',
      'JBSWY3DPEHPK3PXP',
      'a@b.fr',
      'session-token=abc',
      'jeton-secret',
      '198.51.100.7',
      'secret-du-programmateur',
      'postgres://',
    ])
      expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ password: MASK, email: MASK, ip: MASK, user: { password: MASK } });
    // What is not secret stays.
    expect(text).toContain('Mozilla/5.0');
  });

  it('keeps an error’s message and stack, and its code', () => {
    const { log, lines } = capture();
    const error = Object.assign(new Error('connexion refusée'), { code: 'ECONNREFUSED' });
    log.error({ err: error }, 'Échec');
    expect(lines[0]).toMatchObject({ err: { message: 'connexion refusée', code: 'ECONNREFUSED', type: 'Error' } });
  });

  it('follows the level', () => {
    const { log, lines } = capture('warn');
    log.info('pas écrit');
    log.warn('écrit');
    expect(lines.map((line) => line.msg)).toEqual(['écrit']);
  });
});

describe('scrub', () => {
  it('masks secret fields in nested objects and arrays, and leaves a clean line as it is', () => {
    const clean = { event: 'request', path: '/politique', status: 200, client: 'abc' };
    expect(scrub(clean)).toBe(clean);
    expect(scrub({ users: [{ name: 'A', newPassword: 'x' }], db: { DATABASE_URL: 'postgres://u:p@h/d' } })).toEqual({
      users: [{ name: 'A', newPassword: MASK }],
      db: { DATABASE_URL: MASK },
    });
  });
});

describe('hashAddress', () => {
  it('gives the same short digest for the same address, never the address', () => {
    const digest = hashAddress('203.0.113.9');
    expect(digest).toMatch(/^[0-9a-f]{16}$/);
    expect(hashAddress('203.0.113.9')).toBe(digest);
    expect(hashAddress('203.0.113.10')).not.toBe(digest);
    expect(hashAddress(null)).toBeNull();
  });
});

describe('settings', () => {
  it('reads LOG_LEVEL, info when unset or unknown', () => {
    expect(logLevel({ LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(logLevel({ LOG_LEVEL: 'bavard' })).toBe('info');
    expect(logLevel({})).toBe('info');
  });

  it('is pretty in development, JSON in production, as LOG_FORMAT says otherwise', () => {
    expect(prettyLogs({ NODE_ENV: 'development' })).toBe(true);
    expect(prettyLogs({ NODE_ENV: 'production' })).toBe(false);
    expect(prettyLogs({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' })).toBe(true);
    expect(prettyLogs({ NODE_ENV: 'development', LOG_FORMAT: 'json' })).toBe(false);
  });
});
