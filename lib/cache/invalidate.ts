import 'server-only';
import type { TPublicChange } from '../data/public-change';
import { processBridge } from '../process-bridge';

/**
 * Purges exactly the public pages a committed write changed, on every instance and at the CDN
 * (lib/server/invalidation-bus.ts, registered on lib/process-bridge.ts: actions run in Next's copy of
 * lib/). Call it after the transaction, never inside it.
 */
export function invalidatePublicChange(change: TPublicChange): void {
  processBridge().purge?.(change.keys);
}
