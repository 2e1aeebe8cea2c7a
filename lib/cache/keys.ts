/**
 * Surrogate keys: while a public page renders, the data functions it calls note what it shows
 * (`article:<id>` for every story on it, `list:home`, `list:rubrique:<id>`, `layout` for the navigation…).
 * The HTTP layer (lib/server) collects them per request, stores the page under them, sends them as
 * the `Surrogate-Key` header for a CDN, and purges exactly the pages carrying a key a write changed.
 *
 * Readers' pages render in the Node layer (lib/readers), so the collector and the data functions are
 * one copy of this module; in Next's copy (the newsroom) there is no collector and `noteKeys` does nothing.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<Set<string>>();

/**
 * While any render collects, the store is on; once none does, it is switched off. An enabled
 * AsyncLocalStorage makes Node run a hook for every promise and every async resource of every
 * request, cached pages included; renders are the exception, cache hits the rule.
 */
let collecting = 0;

export async function collectRenderKeys<T>(work: () => Promise<T>): Promise<{ result: T; keys: Set<string> }> {
  const keys = new Set<string>();
  collecting += 1;
  try {
    return await storage.run(keys, async () => ({ result: await work(), keys }));
  } finally {
    collecting -= 1;
    if (collecting === 0) storage.disable();
  }
}

export function noteKeys(...keys: string[]): void {
  const store = storage.getStore();
  if (store) for (const key of keys) store.add(key);
}

/** Keys of what a public change touches, for `purge`. */
export const keyFor = {
  article: (id: string) => `article:${id}`,
  rubriqueList: (id: string) => `list:rubrique:${id}`,
  authorList: (id: string) => `list:author:${id}`,
  /** « La rédaction » (/auteurs): who signs stories online, with their latest one. */
  authors: 'list:authors',
  home: 'list:home',
  feeds: 'list:feeds',
  search: 'list:search',
  /** « Les plus lus »: purged when the list changes, at most every few minutes (lib/readers/most-read.ts). */
  mostRead: 'list:most-read',
  /** « Mises à jour et corrections » (/mises-a-jour): every public update entry. */
  updates: 'list:updates',
  layout: 'layout',
} as const;
