import { gateFailure } from '@/lib/auth/account-gate';
import { canPublish } from '@/lib/auth/permissions';
import { FOREIGN_ORIGIN_MESSAGE, isForeignOrigin } from '@/lib/auth/request-origin';
import { getCurrentUser } from '@/lib/auth/session';
import { parseArrangement, readFrontPage } from '@/lib/data/front-page';
import { NewsroomError } from '@/lib/data/newsroom-errors';
import { processBridge } from '@/lib/process-bridge';

export const dynamic = 'force-dynamic';

function plain(status: number, text: string) {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' } });
}

/**
 * « Aperçu » of « La une »: the screen posts its arrangement (form field `arrangement`, JSON) and gets
 * Manchettes as readers would with it — the readers' renderer's own page (lib/readers, reached through
 * lib/process-bridge.ts) — before anything is published. Editors and admins only, from this site.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.redirect(new URL('/connexion?callbackUrl=%2Fadmin%2Fune', request.url), 303);
  if (!canPublish(user)) return plain(403, 'Vous n’avez pas les droits nécessaires pour cette action.');
  const gated = await gateFailure(user);
  if (gated) return plain(403, gated.message);
  if (isForeignOrigin(request.headers, [process.env.NEXTAUTH_URL, process.env.SITE_URL])) return plain(403, FOREIGN_ORIGIN_MESSAGE);
  const form = await request.formData().catch(() => null);
  const raw = form?.get('arrangement');
  let arrangement;
  try {
    arrangement = parseArrangement(JSON.parse(typeof raw === 'string' ? raw : 'null'));
  } catch (error) {
    if (error instanceof NewsroomError || error instanceof SyntaxError)
      return plain(400, 'Cette une n’a pas pu être lue\u00a0: revenez à l’écran «\u00a0La une\u00a0» et réessayez.');
    throw error;
  }
  // What the arrangement takes off the front page (the placed stories readers see now that it leaves out).
  const now = await readFrontPage();
  const kept = new Set([...(arrangement.lead ? [arrangement.lead.articleId] : []), ...arrangement.top.map((slot) => slot.articleId)]);
  const cleared = [...(now.lead ? [now.lead] : []), ...now.top].map((story) => story.id).filter((id) => !kept.has(id));
  const render = processBridge().renderFrontPreview;
  if (!render) return plain(503, 'L’aperçu n’est pas disponible pour le moment.');
  const html = await render(
    { lead: arrangement.lead?.articleId ?? null, top: arrangement.top.map((slot) => slot.articleId), cleared },
    { text: 'Aperçu de la une — pas encore publiée', backHref: '/admin/une' },
  );
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-store, max-age=0',
      'x-robots-tag': 'noindex, nofollow',
    },
  });
}
