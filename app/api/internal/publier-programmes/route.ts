import { INTERNAL_SECRET_HEADER, isInternalCall } from '@/lib/auth/internal-secret';
import { invalidatePublicChange } from '@/lib/cache/invalidate';
import { expireFrontPins } from '@/lib/data/front-page';
import { publishDueArticles } from '@/lib/data/publish-due-articles';

export const dynamic = 'force-dynamic';

/**
 * Publishes scheduled stories whose time has come, and takes off the front page the stories whose pin
 * has run out. Called every few seconds by the server's own timer
 * (lib/server/create-server.ts) with a per-process secret; anyone else gets a 404.
 */
export async function POST(request: Request) {
  if (!isInternalCall(request.headers.get(INTERNAL_SECRET_HEADER))) return new Response('Introuvable', { status: 404 });
  const change = await publishDueArticles();
  const expired = await expireFrontPins();
  const keys = [...new Set([...change.keys, ...expired.keys])];
  invalidatePublicChange({ keys });
  return Response.json({ purged: keys.length }, { headers: { 'Cache-Control': 'no-store' } });
}
