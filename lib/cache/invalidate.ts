import 'server-only';
import { revalidatePath } from 'next/cache';
import type { TPublicChange } from '../data/save-article';

/** Refreshes exactly the public pages a committed write changed (called after the transaction). */
export function invalidatePublicChange(change: TPublicChange): void {
  for (const path of change.paths) revalidatePath(path);
}
