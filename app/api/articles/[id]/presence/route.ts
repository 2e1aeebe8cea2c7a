import { z } from 'zod';
import { authoriseStoryRoute, storyRouteAnswer as answer, storyRouteFailure, type TStoryRouteContext } from '@/lib/auth/story-route';
import { leavePresence, recordPresence } from '@/lib/data/presence';

export const dynamic = 'force-dynamic';

const ZBody = z.object({ typing: z.boolean() });
/** `{ "typing": false }` is 17 bytes: anything much longer is not a heartbeat. */
const MAX_BYTES = 1024;

/**
 * Who may say they are on this story's page: whoever may edit it (checked by lib/data/presence.ts).
 * Heartbeats come from the page, not the person: they do not keep an idle session alive.
 */
const authorise = (request: Request, context: TStoryRouteContext) =>
  authoriseStoryRoute(request, context, 'Session expirée\u00a0: reconnectez-vous pour voir qui travaille sur cet article.', {
    activity: false,
  });

/**
 * The edit page's heartbeat (components/admin/EditPresence.tsx), every few seconds: `{ typing }` as
 * JSON. Answers the others on the page, `{ others: [{ userId, name, openedAt, typingSince }] }`.
 */
export async function POST(request: Request, context: TStoryRouteContext) {
  const auth = await authorise(request, context);
  if ('failure' in auth) return auth.failure;
  const raw = await request.text();
  if (raw.length > MAX_BYTES) return answer(413, { error: 'Demande trop volumineuse.' });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return answer(400, { error: 'Demande illisible.' });
  }
  const body = ZBody.safeParse(json);
  if (!body.success) return answer(400, { error: 'Demande illisible.' });
  try {
    const others = await recordPresence(auth.user, auth.id, body.data.typing);
    return answer(200, {
      others: others.map((p) => ({
        userId: p.userId,
        name: p.name,
        openedAt: p.openedAt.toISOString(),
        typingSince: p.typingSince?.toISOString() ?? null,
      })),
    });
  } catch (error) {
    return storyRouteFailure(error);
  }
}

/** The page is closed or left: the person is no longer shown (fetch with keepalive). */
export async function DELETE(request: Request, context: TStoryRouteContext) {
  const auth = await authorise(request, context);
  if ('failure' in auth) return auth.failure;
  await leavePresence(auth.user, auth.id);
  return answer(200, { ok: true });
}
