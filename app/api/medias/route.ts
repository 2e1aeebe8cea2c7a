import { gateFailure } from '@/lib/auth/account-gate';
import { getCurrentUser } from '@/lib/auth/session';
import { storeImage } from '@/lib/data/images';
import { ImageRejected } from '@/lib/media/process-image';
import { IMAGE_MAX_BYTES } from '@/lib/media/sizes';
import { fallbackWidth, imageUrl } from '@/lib/media/urls';

export const dynamic = 'force-dynamic';

const NEWSROOM_ROLES = new Set(['JOURNALIST', 'EDITOR', 'ADMIN']);
const SESSION_EXPIRED =
  'Votre session a expiré\u00a0: reconnectez-vous dans un autre onglet, puis envoyez l’image à nouveau (votre texte est conservé).';

function answer(status: number, body: Record<string, unknown>) {
  return Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });
}

/** The request comes from a page of this site (as Next checks for server actions), not from another one. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The newsroom sends a story's picture here (the file itself as the body, as `fetch(url, { body: file })`
 * sends it). Answers `{ id, width, height, src }`, or `{ error }` in French; the story's form then names
 * the picture, and nothing else changes until the story is saved.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return answer(401, { error: SESSION_EXPIRED });
  if (!NEWSROOM_ROLES.has(user.role)) return answer(403, { error: 'Vous n’avez pas les droits nécessaires pour cette action.' });
  // A temporary password or a required two-step enrolment comes first, as for every action.
  const gated = await gateFailure(user);
  if (gated) return answer(403, { error: gated.message });
  if (!sameOrigin(request)) return answer(403, { error: 'Envoi refusé\u00a0: il doit venir de la rédaction de ce site.' });
  const declared = Number(request.headers.get('content-length'));
  if (!Number.isFinite(declared) || declared <= 0) return answer(411, { error: 'Aucune image reçue\u00a0: choisissez un fichier.' });
  const tooLarge = `L’image pèse plus de ${IMAGE_MAX_BYTES / (1024 * 1024)}\u00a0Mo, le maximum. Exportez-la en JPEG de qualité normale.`;
  if (declared > IMAGE_MAX_BYTES) return answer(413, { error: tooLarge });
  const file = Buffer.from(await request.arrayBuffer());
  if (file.length > IMAGE_MAX_BYTES) return answer(413, { error: tooLarge });
  try {
    const image = await storeImage(user, file);
    return answer(201, { ...image, src: imageUrl(image.id, fallbackWidth(image, 800)) });
  } catch (error) {
    if (error instanceof ImageRejected) return answer(error.status, { error: error.message });
    throw error;
  }
}
