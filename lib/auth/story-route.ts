import 'server-only';
import { z } from 'zod';
import { NewsroomError } from '../data/newsroom-errors';
import { gateFailure } from './account-gate';
import { FOREIGN_ORIGIN_MESSAGE, isForeignOrigin } from './request-origin';
import { FORBIDDEN, getCurrentUser, type TSessionUser } from './session';

/**
 * The checks every route handler under /api/articles/{id}/… runs itself, in order: a live session,
 * a newsroom role, no pending account step, a request from a page of this site, a well-formed id.
 * The right to touch that story is the data layer's (a NewsroomError, answered by `storyRouteFailure`).
 */
const NEWSROOM_ROLES = new Set(['JOURNALIST', 'EDITOR', 'ADMIN']);
const ZId = z.string().min(1).max(40);

export type TStoryRouteContext = { params: Promise<{ id: string }> };

/** JSON, never cached: these answers are one person's. */
export function storyRouteAnswer(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });
}

/**
 * `expired`: what the page should say when the session is over. `activity: false` for requests the
 * page sends by itself (lib/auth/session.ts's getCurrentUser).
 */
export async function authoriseStoryRoute(
  request: Request,
  context: TStoryRouteContext,
  expired: string,
  { activity = true }: { activity?: boolean } = {},
): Promise<{ failure: Response } | { user: TSessionUser; id: string }> {
  const user = await getCurrentUser({ activity });
  if (!user) return { failure: storyRouteAnswer(401, { error: expired }) };
  if (!NEWSROOM_ROLES.has(user.role)) return { failure: storyRouteAnswer(403, { error: FORBIDDEN }) };
  const gated = await gateFailure(user);
  if (gated) return { failure: storyRouteAnswer(403, { error: gated.message }) };
  if (isForeignOrigin(request.headers, [process.env.NEXTAUTH_URL, process.env.SITE_URL]))
    return { failure: storyRouteAnswer(403, { error: FOREIGN_ORIGIN_MESSAGE }) };
  const id = ZId.safeParse((await context.params).id);
  if (!id.success) return { failure: storyRouteAnswer(404, { error: 'Article introuvable.' }) };
  return { user, id: id.data };
}

/** A refusal of the data layer as an answer (404, 403, 400); anything else is thrown on. */
export function storyRouteFailure(error: unknown): Response {
  if (error instanceof NewsroomError)
    return storyRouteAnswer(error.code === 'not_found' ? 404 : error.code === 'forbidden' ? 403 : 400, { error: error.message });
  throw error;
}
