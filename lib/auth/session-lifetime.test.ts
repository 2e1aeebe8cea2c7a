import { describe, expect, it } from 'vitest';
import { sessionLifetime } from './session-lifetime';

describe('sessionLifetime', () => {
  it('lasts 12 hours at most, and ends after 2 hours without activity, by default', () => {
    expect(sessionLifetime({})).toEqual({ absoluteSeconds: 12 * 3600, idleSeconds: 2 * 3600 });
  });

  it('reads both from the environment', () => {
    expect(sessionLifetime({ SESSION_MAX_HOURS: '8', SESSION_IDLE_MINUTES: '30' })).toEqual({
      absoluteSeconds: 8 * 3600,
      idleSeconds: 30 * 60,
    });
  });

  it('keeps both within safe bounds: never over 12 hours, never idle longer than the session lasts', () => {
    expect(sessionLifetime({ SESSION_MAX_HOURS: '72', SESSION_IDLE_MINUTES: '100000' })).toEqual({
      absoluteSeconds: 12 * 3600,
      idleSeconds: 12 * 3600,
    });
    expect(sessionLifetime({ SESSION_MAX_HOURS: '0', SESSION_IDLE_MINUTES: '1' })).toEqual({ absoluteSeconds: 3600, idleSeconds: 5 * 60 });
    expect(sessionLifetime({ SESSION_MAX_HOURS: '2', SESSION_IDLE_MINUTES: '600' })).toEqual({
      absoluteSeconds: 2 * 3600,
      idleSeconds: 2 * 3600,
    });
  });

  it('ignores a value that is not a number', () => {
    expect(sessionLifetime({ SESSION_MAX_HOURS: 'douze', SESSION_IDLE_MINUTES: ' ' })).toEqual({
      absoluteSeconds: 12 * 3600,
      idleSeconds: 2 * 3600,
    });
  });
});
