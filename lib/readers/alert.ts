/**
 * « Alerte info » for readers' pages: read once and kept between pages until a purge, like the
 * navigation (raising or ending an alert purges `layout`, which every page carries). Its end needs no
 * request from the newsroom: a page rendered after `endsAt` shows no band, and `endedSince` tells the
 * server's timer (lib/server/create-server.ts) to purge the pages that showed it, everywhere.
 */
import { findCurrentAlert, type TPublicAlert } from '../data/alerts';

/** How long the alert is kept at most when no purge comes (a change made outside the app, by SQL). */
const ALERT_TTL_MS = 60_000;

export class AlertCache {
  private kept: { value: TPublicAlert | null; generation: number; epoch: string | null; at: number } | null = null;
  /** The last alert a page was rendered with, until its end has been purged. */
  private shown: TPublicAlert | null = null;

  constructor(
    private readonly generation: () => number,
    private readonly read: (now: Date) => Promise<TPublicAlert | null> = findCurrentAlert,
  ) {}

  /** The alert to show on a page rendered now, or null. */
  async get(epoch: string | null = null, now = new Date()): Promise<TPublicAlert | null> {
    const generation = this.generation();
    const kept = this.kept;
    let value: TPublicAlert | null;
    if (kept && kept.generation === generation && kept.epoch === epoch && now.getTime() - kept.at < ALERT_TTL_MS) value = kept.value;
    else {
      value = await this.read(now);
      this.kept = { value, generation, epoch, at: now.getTime() };
    }
    if (!value || value.endsAt.getTime() <= now.getTime()) return null;
    this.shown = value;
    return value;
  }

  /** The alert last read, if still running: for the pages rendered without the database (503). */
  last(now = new Date()): TPublicAlert | null {
    const value = this.kept?.value ?? null;
    return value && value.endsAt.getTime() > now.getTime() ? value : null;
  }

  /** True once, when an alert that pages showed has reached its end: those pages must go. */
  endedSince(now = new Date()): boolean {
    if (!this.shown || this.shown.endsAt.getTime() > now.getTime()) return false;
    this.shown = null;
    return true;
  }
}
