import { z } from 'zod';
import {
  authoriseStoryRoute,
  storyRouteAnswer as answer,
  storyRouteFailure as failureOf,
  type TStoryRouteContext,
} from '@/lib/auth/story-route';
import { dropWorkingCopy, keepWorkingCopy, ZWorkingFields } from '@/lib/data/working-copies';

export const dynamic = 'force-dynamic';

const ZBody = z.object({ baseVersion: z.number().int().positive().max(2_147_483_647), fields: ZWorkingFields });
/** A working copy is at most a story and its words: 1 MB is far above any. */
const MAX_BYTES = 1024 * 1024;

/** Who may keep a working copy of this story: a signed-in member of the newsroom, from a page of this site. */
const authorise = (request: Request, context: TStoryRouteContext) =>
  authoriseStoryRoute(request, context, 'Session expirée\u00a0: vos modifications restent dans le formulaire.');

/**
 * The story form's autosave: `{ baseVersion, fields }` as JSON, every few seconds while there are
 * unsaved changes and when the page is hidden (fetch with keepalive). Answers `{ savedAt }`.
 */
export async function PUT(request: Request, context: TStoryRouteContext) {
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
export async function DELETE(request: Request, context: TStoryRouteContext) {
  const auth = await authorise(request, context);
  if ('failure' in auth) return auth.failure;
  try {
    await dropWorkingCopy(auth.user, auth.id);
    return answer(200, { ok: true });
  } catch (error) {
    return failureOf(error);
  }
}
