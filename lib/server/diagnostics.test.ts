import { describe, expect, it } from 'vitest';
import { diagnosticsAllowed } from './diagnostics';

const TOKEN = 'un-jeton-de-diagnostic-assez-long';

describe('diagnosticsAllowed', () => {
  it('tells this machine, and only it, without a token', () => {
    expect(diagnosticsAllowed('127.0.0.1', undefined, undefined)).toBe(true);
    expect(diagnosticsAllowed('::1', undefined, undefined)).toBe(true);
    expect(diagnosticsAllowed('203.0.113.9', undefined, undefined)).toBe(false);
  });

  it('tells a remote client with the configured token, and no other', () => {
    expect(diagnosticsAllowed('203.0.113.9', `Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(diagnosticsAllowed('203.0.113.9', `Bearer ${TOKEN}x`, TOKEN)).toBe(false);
    expect(diagnosticsAllowed('203.0.113.9', TOKEN, TOKEN)).toBe(false);
    expect(diagnosticsAllowed('203.0.113.9', 'Bearer ', '')).toBe(false);
    // A token too short to be a secret is no token.
    expect(diagnosticsAllowed('203.0.113.9', 'Bearer court', 'court')).toBe(false);
  });
});
