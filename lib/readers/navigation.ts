/**
 * The navigation (the rubriques in the menu, in the editors' order: lib/data/query-rubriques.ts
 * `queryMenuRubriques`), read once per page and kept between pages
 * until a purge: every readers' page shows it in its header and footer, and the home, rubrique and
 * search pages use the same list. One reader, one cache, emptied by the page cache's purges.
 */
import { queryMenuRubriques, type TRubrique } from '../data/query-rubriques';

/** How long the rubriques are kept at most when no purge comes (a change made outside the app, by SQL). */
const RUBRIQUES_TTL_MS = 300_000;

export class NavigationCache {
  private kept: { value: TRubrique[]; generation: number; epoch: string | null; at: number } | null = null;

  /**
   * `generation` moves on every purge this instance hears of (lib/server/page-cache.ts). `epoch` is the
   * shared cache's purge epoch (Redis; null without): another instance's purge may not have reached
   * this one yet, and a page rendered from the old navigation must not be stored under the new epoch.
   */
  constructor(
    private readonly generation: () => number,
    private readonly read: () => Promise<TRubrique[]> = queryMenuRubriques,
  ) {}

  async get(epoch: string | null = null): Promise<TRubrique[]> {
    const generation = this.generation();
    const kept = this.kept;
    if (kept && kept.generation === generation && kept.epoch === epoch && Date.now() - kept.at < RUBRIQUES_TTL_MS) return kept.value;
    const value = await this.read();
    this.kept = { value, generation, epoch, at: Date.now() };
    return value;
  }

  /** The list last read, whatever its age: for the pages that must render without the database (503). */
  get last(): TRubrique[] {
    return this.kept?.value ?? [];
  }
}
