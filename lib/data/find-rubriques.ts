import 'server-only';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';
import { keyFor, noteKeys } from '../cache/keys';
import { queryRubriques, type TRubrique } from './query-rubriques';

export type { TRubrique } from './query-rubriques';

/**
 * Every rubrique in the editors' order, kept in Next's cache (shared by all instances through Redis,
 * lib/server/next-cache-handler.mjs) under the `layout` key, which every rubrique change expires. The
 * five minutes only bound how long a change made outside the app (SQL by hand) can go unseen.
 */
const readRubriques = unstable_cache(queryRubriques, ['rubriques'], { tags: [keyFor.layout], revalidate: 300 });

/** The navigation bar: every rubrique in the editors' order. */
export const findRubriques = cache(async function findRubriques(): Promise<TRubrique[]> {
  noteKeys(keyFor.layout);
  return readRubriques();
});
