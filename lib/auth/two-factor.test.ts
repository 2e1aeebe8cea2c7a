import { describe, expect, it } from 'vitest';
import {
  groupSecret,
  hashRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  readSecondFactor,
  timeStep,
  totpCode,
  totpUri,
} from './two-factor';

const NOW = new Date('2026-12-07T10:00:10Z');

describe('TOTP', () => {
  it('accepts the code of now and of the steps just before and after, nothing further', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const step = timeStep(NOW);
    expect(matchTotp(secret, totpCode(secret, NOW), NOW)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, new Date(NOW.getTime() - 30_000)), NOW)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, new Date(NOW.getTime() + 30_000)), NOW)).toBe(step + 1);
    expect(matchTotp(secret, totpCode(secret, new Date(NOW.getTime() - 90_000)), NOW)).toBeNull();
    expect(matchTotp(newTotpSecret(), totpCode(secret, NOW), NOW)).toBeNull();
    expect(matchTotp(secret, 'abcdef', NOW)).toBeNull();
  });

  it('matches RFC 6238’s test vector (SHA-1, 6 digits)', () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits), last 6: 287082.
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(totpCode(secret, new Date(59_000))).toBe('287082');
  });

  it('builds the otpauth address apps read, and a secret to type by hand', () => {
    const uri = totpUri('JBSWY3DPEHPK3PXP', 'awa@dakarinfo.test');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Dakarinfo:awa%40dakarinfo\.test\?/);
    expect(uri).toContain('secret=JBSWY3DPEHPK3PXP');
    expect(uri).toContain('issuer=Dakarinfo');
    expect(groupSecret('JBSWY3DPEHPK3PXP')).toBe('JBSW Y3DP EHPK 3PXP');
  });
});

describe('recovery codes and the code field', () => {
  it('gives ten different codes of 16 unambiguous characters, hashed whatever their typing', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){3}$/);
    const code = codes[0] as string;
    expect(hashRecoveryCode(code.toLowerCase().replace(/-/g, ' '))).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(code)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads six digits or a recovery code, and nothing else', () => {
    expect(readSecondFactor(' 123 456 ')).toEqual({ kind: 'totp', code: '123456' });
    expect(readSecondFactor('abcd-efgh-jkmn-pqrs')).toEqual({ kind: 'recovery', code: 'ABCDEFGHJKMNPQRS' });
    for (const value of ['', '12345', '1234567', 'abcd-efgh-jkmn-pqr0', 42, undefined, 'x'.repeat(100)])
      expect(readSecondFactor(value)).toBeNull();
  });
});
