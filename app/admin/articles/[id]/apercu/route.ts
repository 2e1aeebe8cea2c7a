import { z } from 'zod';
import { requirePageUser } from '@/lib/auth/session';
import { getEditableArticle } from '@/lib/data/get-editable-article';
import { NewsroomError } from '@/lib/data/newsroom-errors';
import { processBridge } from '@/lib/process-bridge';

export const dynamic = 'force-dynamic';

const ZId = z.string().min(1).max(40);

/**
 * « Aperçu »: the story exactly as readers will get it — the readers' renderer's own page
 * (lib/readers, reached through lib/process-bridge.ts), under a banner. Only someone who may edit the
 * story may preview it; the others are sent to the story's page, which says why (404, « Accès refusé »).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/admin/articles/${id}/apercu`);
  if (!ZId.safeParse(id).success) return Response.redirect(new URL('/admin', request.url), 303);
  const editPage = new URL(`/admin/articles/${encodeURIComponent(id)}`, request.url);
  let published: boolean;
  let neverPublished: boolean;
  try {
    const editable = await getEditableArticle(user, id);
    published = editable.status === 'PUBLISHED';
    neverPublished = editable.publishedAt === null;
  } catch (error) {
    if (error instanceof NewsroomError) return Response.redirect(editPage, 303);
    throw error;
  }
  const render = processBridge().renderPreview;
  const banner = {
    text: published ? 'Aperçu de la version en ligne' : 'Aperçu — cet article n’est pas public',
    backHref: `/admin/articles/${id}`,
  };
  const html = render ? await render(id, banner, neverPublished) : null;
  if (html === null) return Response.redirect(editPage, 303);
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'private, no-store, max-age=0',
      'x-robots-tag': 'noindex, nofollow',
    },
  });
}
