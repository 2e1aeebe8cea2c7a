import { z } from 'zod';
import { gateFailure } from '@/lib/auth/account-gate';
import { FOREIGN_ORIGIN_MESSAGE, isForeignOrigin } from '@/lib/auth/request-origin';
import { getCurrentUser } from '@/lib/auth/session';
import { NewsroomError } from '@/lib/data/newsroom-errors';
import { dropWorkingCopy, keepWorkingCopy, ZWorkingFields } from '@/lib/data/working-copies';

export const dynamic = 'force-dynamic';

const NEWSROOM_ROLES = new Set(['JOURNALIST', 'EDITOR', 'ADMIN']);
const ZId = z.string().min(1).max(40);
const ZBody = z.object({ baseVersion: z.number().int().positive().max(2_147_483_647), fields: ZWorkingFields });
/** A working copy is at most a story and its words: 1 MB is far above any. */
const MAX_BYTES = 1024 * 1024;

function answer(status: number, body: Record<string, unknown>) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });
}

type TContext = { params: Promise<{ id: string }> };

/** Who may keep a working copy of this story: a signed-in member of the newsroom, from a page of this site. */
async function authorise(request: Request, context: TContext) {
  const user = await getCurrentUser();
  if (!user) return { failure: answer(401, { error: 'Session expirée\u00a0: vos modifications restent dans le formulaire.' }) };
  if (!NEWSROOM_ROLES.has(user.role))
    return { failure: answer(403, { error: 'Vous n’avez pas les droits nécessaires pour cette action.' }) };
  const gated = await gateFailure(user);
  if (gated) return { failure: answer(403, { error: gated.message }) };
  if (isForeignOrigin(request.headers, [process.env.NEXTAUTH_URL, process.env.SITE_URL]))
    return { failure: answer(403, { error: FOREIGN_ORIGIN_MESSAGE }) };
  const id = ZId.safeParse((await context.params).id);
  if (!id.success) return { failure: answer(404, { error: 'Article introuvable.' }) };
  return { user, id: id.data };
}

function failureOf(error: unknown) {
  if (error instanceof NewsroomError)
    return answer(error.code === 'not_found' ? 404 : error.code === 'forbidden' ? 403 : 400, { error: error.message });
  throw error;
}

/**
 * The story form's autosave: `{ baseVersion, fields }` as JSON, every few seconds while there are
 * unsaved changes and when the page is hidden (fetch with keepalive). Answers `{ savedAt }`.
 */
export async function PUT(request: Request, context: TContext) {
  const auth = await authorise(request, context);
  if ('failure' in auth) return auth.failure;
  const raw = await request.text();
  if (raw.length > MAX_BYTES) return answer(413, { error: 'Modifications trop volumineuses pour être gardées.' });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return answer(400, { error: 'Modifications illisibles.' });
  }
  const body = ZBody.safeParse(json);
  if (!body.success) return answer(400, { error: 'Modifications illisibles.' });
  try {
    const savedAt = await keepWorkingCopy(auth.user, auth.id, body.data.baseVersion, body.data.fields);
    return answer(200, { savedAt: savedAt.toISOString() });
  } catch (error) {
    return failureOf(error);
  }
}

/** « Ignorer »: the working copy is dropped. */
export async function DELETE(request: Request, context: TContext) {
  const auth = await authorise(request, context);
  if ('failure' in auth) return auth.failure;
  try {
    await dropWorkingCopy(auth.user, auth.id);
    return answer(200, { ok: true });
  } catch (error) {
    return failureOf(error);
  }
}
