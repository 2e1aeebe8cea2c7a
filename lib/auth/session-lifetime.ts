/**
 * How long a newsroom session lasts: at most SESSION_MAX_HOURS after signing in (1 to 12, default
 * 12), and SESSION_IDLE_MINUTES without activity (5 to 720, default 120, never more than the
 * maximum). A value out of bounds is brought back within them; one that is not a number is ignored.
 */
export const SESSION_MAX_HOURS = { default: 12, min: 1, max: 12 } as const;
export const SESSION_IDLE_MINUTES = { default: 120, min: 5, max: 720 } as const;

export type TSessionLifetime = { absoluteSeconds: number; idleSeconds: number };

function bounded(raw: string | undefined, limits: { default: number; min: number; max: number }): number {
  const value = raw === undefined || raw.trim() === '' ? Number.NaN : Number(raw);
  if (!Number.isFinite(value)) return limits.default;
  return Math.min(limits.max, Math.max(limits.min, value));
}

export function sessionLifetime(env: Record<string, string | undefined> = process.env): TSessionLifetime {
  const absoluteSeconds = Math.round(bounded(env.SESSION_MAX_HOURS, SESSION_MAX_HOURS) * 3600);
  const idleSeconds = Math.min(absoluteSeconds, Math.round(bounded(env.SESSION_IDLE_MINUTES, SESSION_IDLE_MINUTES) * 60));
  return { absoluteSeconds, idleSeconds };
}
