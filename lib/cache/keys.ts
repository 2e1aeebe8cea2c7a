/**
 * Surrogate keys: while a public page renders, the data functions it calls note what it shows
 * (`article:<id>` for every story on it, `list:home`, `list:rubrique:<id>`, `layout` for the navigation…).
 * The HTTP layer (lib/server) collects them per request, stores the page under them, sends them as
 * the `Surrogate-Key` header for a CDN, and purges exactly the pages carrying a key a write changed.
 *
 * The AsyncLocalStorage lives on globalThis because the HTTP layer and Next's bundled server code
 * load separate copies of this module in the same process.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

type TGlobal = { __dakarinfoRenderKeys?: AsyncLocalStorage<Set<string>> };
const holder = globalThis as TGlobal;
const storage = (holder.__dakarinfoRenderKeys ??= new AsyncLocalStorage<Set<string>>());

export function collectRenderKeys<T>(work: () => Promise<T>): Promise<{ result: T; keys: Set<string> }> {
  const keys = new Set<string>();
  return storage.run(keys, async () => ({ result: await work(), keys }));
}

/**
 * The same, with the set given at once: for a render whose end is seen elsewhere (the response's
 * last byte) while the work itself may never settle (a route handler waiting for a 'finish' event).
 */
export function startCollectingRenderKeys(work: () => Promise<unknown>): { keys: Set<string>; done: Promise<unknown> } {
  const keys = new Set<string>();
  return { keys, done: storage.run(keys, work) };
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
  layout: 'layout',
} as const;
