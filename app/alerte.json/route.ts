import { findCurrentAlert } from '@/lib/data/alerts';
import { siteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/**
 * « Alerte info » for programs (an app, a chat bot): the alert running now, or `null`. Caches may keep
 * it one second, as the band on the pages is fresh within one second.
 */
export async function GET() {
  const alert = await findCurrentAlert();
  const body = {
    alerte: alert
      ? {
          id: alert.id,
          texte: alert.text,
          debut: alert.startsAt.toISOString(),
          fin: alert.endsAt.toISOString(),
          lien: alert.href ? new URL(alert.href, siteUrl()).toString() : null,
        }
      : null,
  };
  return Response.json(body, {
    headers: { 'Cache-Control': 'public, max-age=0, s-maxage=1', 'Access-Control-Allow-Origin': '*' },
  });
}
