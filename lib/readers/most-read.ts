/**
 * « Les plus lus »: the 5 most read published stories of the last 24 hours, on Manchettes and at the
 * end of every story. The ranking is read again only every few minutes (`refresh`, run by the server's
 * timer, lib/server/create-server.ts), and only when its top 5 changed are the pages that show it
 * purged (`list:most-read`): reads never purge pages. Between two refreshes, the stories of the
 * ranking are read again after every purge (one query by primary key), so that a story taken offline
 * or retitled leaves the box with the pages that show it.
 */
import { keyFor, noteKeys } from '../cache/keys';
import { findCardsInOrder, findMostReadIds } from '../data/article-reads';
import type { TArticleCard } from '../data/published';

/** Stories shown in the box. */
export const MOST_READ_SHOWN = 5;
/** Ranked stories kept: a few more than shown, for those taken offline since the last refresh. */
const RANKED = MOST_READ_SHOWN * 2;
const DAY_MS = 24 * 60 * 60 * 1000;

export type TMostReadSource = {
  ranking: (since: Date, limit: number) => Promise<string[]>;
  cards: (ids: string[]) => Promise<TArticleCard[]>;
};

const fromDatabase: TMostReadSource = { ranking: findMostReadIds, cards: findCardsInOrder };

export class MostReadCache {
  private ranking: string[] | null = null;
  private kept: { value: TArticleCard[]; generation: number; epoch: string | null } | null = null;

  constructor(
    private readonly generation: () => number,
    private readonly source: TMostReadSource = fromDatabase,
  ) {}

  /**
   * Reads the ranking again; true when the stories shown would change (the caller then purges
   * `list:most-read` everywhere). The first call only loads it.
   */
  async refresh(now = new Date()): Promise<boolean> {
    const next = await this.source.ranking(new Date(now.getTime() - DAY_MS), RANKED);
    const before = this.ranking;
    this.ranking = next;
    if (before === null) return false;
    const shown = (ids: string[]) => ids.slice(0, MOST_READ_SHOWN).join(' ');
    if (shown(before) === shown(next)) return false;
    this.kept = null;
    return true;
  }

  /**
   * The box's stories for a page rendered now, one more than shown (a story's page leaves itself
   * out); notes the keys that page must carry.
   */
  async get(epoch: string | null = null): Promise<TArticleCard[]> {
    if (this.ranking === null) await this.refresh();
    const generation = this.generation();
    let value: TArticleCard[];
    if (this.kept && this.kept.generation === generation && this.kept.epoch === epoch) value = this.kept.value;
    else {
      value = (await this.source.cards(this.ranking ?? [])).slice(0, MOST_READ_SHOWN + 1);
      this.kept = { value, generation, epoch };
    }
    noteKeys(keyFor.mostRead, ...value.map((card) => keyFor.article(card.id)));
    return value;
  }
}
