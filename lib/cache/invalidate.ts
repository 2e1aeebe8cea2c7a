import 'server-only';
import type { TPublicChange } from '../data/public-change';

type TGlobal = { __dakarinfoInvalidation?: { purge(keys: string[]): void } };

/**
 * Purges exactly the public pages a committed write changed, on every instance and at the CDN
 * (lib/server/invalidation-bus.ts). Call it after the transaction, never inside it.
 */
export function invalidatePublicChange(change: TPublicChange): void {
  (globalThis as TGlobal).__dakarinfoInvalidation?.purge(change.keys);
}
