/**
 * Limits per client address (after TRUST_PROXY), so that one client cannot take what every reader
 * shares: the render slots, and the renders of searches nobody asked for before.
 * Both forget their oldest clients past `maxClients`: memory stays bounded under a spray of addresses.
 */

/** A token bucket per client: `burst` at once, then `perSecond`. */
export class ClientRate {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
    private readonly maxClients = 50_000,
  ) {}

  /** Takes one token: 0 when allowed, else the seconds to wait for the next one. */
  take(client: string, now = Date.now()): number {
    const bucket = this.buckets.get(client) ?? { tokens: this.burst, at: now };
    this.buckets.delete(client);
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.set(client, bucket);
    if (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.perSecond);
  }
}

/**
 * At most `perClient` requests of one client in the render queue or rendering at once, and at most
 * `maxWaiting` more of its requests waiting for those: one client's idle or slow requests can never
 * hold more than `perClient` of the server's render slots.
 */
export class ClientSlots {
  private readonly clients = new Map<string, { active: number; waiting: Array<() => void> }>();

  constructor(
    private readonly perClient: number,
    private readonly maxWaiting: number,
  ) {}

  /** A release function, or null when the client already has too many requests waiting. */
  async acquire(client: string): Promise<(() => void) | null> {
    let state = this.clients.get(client);
    if (!state) this.clients.set(client, (state = { active: 0, waiting: [] }));
    if (state.active >= this.perClient) {
      if (state.waiting.length >= this.maxWaiting) return null;
      const current = state;
      await new Promise<void>((resolve) => current.waiting.push(resolve));
    } else state.active += 1;
    let released = false;
    const owner = state;
    return () => {
      if (released) return;
      released = true;
      const next = owner.waiting.shift();
      if (next) next();
      else if (--owner.active === 0) this.clients.delete(client);
    };
  }

  /** Requests of `client` rendering or waiting (for tests and diagnostics). */
  held(client: string): number {
    const state = this.clients.get(client);
    return state ? state.active + state.waiting.length : 0;
  }
}
