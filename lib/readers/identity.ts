/**
 * The site's identity for readers' pages (lib/site-settings.ts, set in « Réglages du site »): read
 * once and kept between pages until a purge, like the navigation (a change purges `layout`, which
 * every page carries), then put in force for the pages rendered after it.
 */
import { getSiteIdentity } from '../data/site-identity';
import { applySiteIdentity, siteIdentity, type TSiteIdentity } from '../site-settings';

/** How long the identity is kept at most when no purge comes (a change made outside the app, by SQL). */
const IDENTITY_TTL_MS = 300_000;

export class IdentityCache {
  private kept: { generation: number; epoch: string | null; at: number } | null = null;

  constructor(
    private readonly generation: () => number,
    private readonly read: () => Promise<TSiteIdentity> = getSiteIdentity,
  ) {}

  /** The identity in force for a page rendered now (read again after every purge). */
  async get(epoch: string | null = null): Promise<TSiteIdentity> {
    const generation = this.generation();
    const kept = this.kept;
    if (kept && kept.generation === generation && kept.epoch === epoch && Date.now() - kept.at < IDENTITY_TTL_MS) return siteIdentity();
    const value = await this.read();
    // A read older than the one in force (a slow one, begun before a purge) does not replace it.
    applySiteIdentity(value, generation);
    this.kept = { generation, epoch, at: Date.now() };
    return siteIdentity();
  }
}
