/**
 * The browser's side of sending a picture to /api/medias (the story's main picture, a picture in its
 * text): the file as the body, and every refusal as one French sentence to show.
 */
import { IMAGE_MAX_BYTES, megabytes } from './sizes';

export type TSentImage = { id: string; width: number; height: number };

const MAX_MB = IMAGE_MAX_BYTES / (1024 * 1024);

export async function sendImage(file: File): Promise<TSentImage> {
  if (file.size > IMAGE_MAX_BYTES)
    throw new Error(
      `L’image pèse ${megabytes(file.size)}\u00a0: ${megabytes(IMAGE_MAX_BYTES)} au plus. Exportez-la en JPEG de qualité normale.`,
    );
  let response: Response;
  try {
    response = await fetch('/api/medias', {
      method: 'POST',
      body: file,
      headers: { 'Content-Type': file.type || 'application/octet-stream' },
    });
  } catch {
    throw new Error('Le serveur ne répond pas\u00a0: l’image n’a pas été envoyée. Réessayez dans un instant.');
  }
  const answer = (await response.json().catch(() => null)) as (TSentImage & { error?: string }) | null;
  if (response.ok && answer?.id) return { id: answer.id, width: answer.width, height: answer.height };
  if (answer?.error) throw new Error(answer.error);
  if (response.status === 413)
    throw new Error(`L’image pèse plus de ${MAX_MB}\u00a0Mo, le maximum. Exportez-la en JPEG de qualité normale.`);
  throw new Error('L’image n’a pas pu être envoyée. Réessayez dans un instant.');
}
