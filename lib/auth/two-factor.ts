/**
 * Two-step sign-in, the pure part: TOTP (RFC 6238: SHA-1, 6 digits, 30 s, what every authenticator
 * app reads from a QR code) through the `otpauth` library, and single-use recovery codes. No database
 * here: lib/data/two-factor.ts stores secrets, last used time steps and hashed recovery codes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

export const TOTP_PERIOD = 30;
export const TOTP_DIGITS = 6;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'Dakarinfo';
/** No 0/O, 1/I/L: a code read from paper is typed right. 16 of these are 80 bits. */
const RECOVERY_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function totp(secret: string, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** A fresh 160-bit secret, in base32 as apps and people read it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` address the QR code carries: the app then shows « Dakarinfo (adresse) ». */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

/** The secret in groups of four, for typing it by hand when the camera cannot read the code. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The 30-second time step of `now`. */
export function timeStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD);
}

/** The code an app shows at `now` (tests and the e2e test compute codes with it). */
export function totpCode(secret: string, now = new Date()): string {
  return totp(secret).generate({ timestamp: now.getTime() });
}

/**
 * The time step `code` belongs to, if it is right for `now` or the step just before or after (a phone's
 * clock a little off, a code typed as it changes); null otherwise. The caller refuses a step already used.
 */
export function matchTotp(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : timeStep(now) + delta;
}

export type TSecondFactorInput = { kind: 'totp'; code: string } | { kind: 'recovery'; code: string };

/** What was typed in the code field: six digits (spaces allowed), or a recovery code (dashes, spaces and case ignored). */
export function readSecondFactor(input: unknown): TSecondFactorInput | null {
  if (typeof input !== 'string' || input.length > 64) return null;
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{6}$/.test(compact)) return { kind: 'totp', code: compact };
  if (compact.length === 16 && [...compact].every((c) => RECOVERY_ALPHABET.includes(c))) return { kind: 'recovery', code: compact };
  return null;
}

/** Ten recovery codes as shown once to their owner: « ABCD-EFGH-JKMN-PQRS ». */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const bytes = randomBytes(16);
    const chars = Array.from(bytes, (b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length]).join('');
    return chars.replace(/(.{4})(?=.)/g, '$1-');
  });
}

/** What is stored for a recovery code: SHA-256 of its compact form (80 random bits need no slow hash). */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');
}
