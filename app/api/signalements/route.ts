import { CLIENT_IP_HEADER } from '@/lib/auth/client-ip';
import { FOREIGN_ORIGIN_MESSAGE, isForeignOrigin } from '@/lib/auth/request-origin';
import { getReportStory, submitErrorReport, type TReportOutcome, type TReportStory } from '@/lib/data/error-reports';
import { processBridge } from '@/lib/process-bridge';
import { siteUrl } from '@/lib/site-url';
import { parseErrorReport, type TReportFields } from '@/lib/validation/error-report';

export const dynamic = 'force-dynamic';

const EMPTY: TReportFields = { passage: '', problem: '', source: '', email: '' };
const THROTTLED =
  'Vous avez envoyé plusieurs signalements en peu de temps\u00a0: réessayez dans quelques minutes. Votre texte est conservé ci-dessous.';

/** The answer, in the readers' own page (lib/readers/render.tsx `renderReport`); plain French text without the renderer. */
async function answer(outcome: TReportOutcome, status: number): Promise<Response> {
  const render = processBridge().renderReport;
  const html = render ? await render(outcome) : null;
  const headers = {
    'cache-control': 'private, no-store, max-age=0',
    'x-robots-tag': 'noindex, nofollow',
    // A readers' page: no script at all, as the others (lib/server/responses.ts).
    'content-security-policy':
      "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  };
  if (html !== null) return new Response(html, { status, headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } });
  const text = outcome.kind === 'sent' ? 'Merci\u00a0: votre signalement a été transmis à la rédaction.' : outcome.message;
  return new Response(`${text}\n`, { status, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } });
}

const refused = (story: TReportStory | null, message: string, status: number, kept = EMPTY, errors = {}) =>
  answer({ kind: 'refused', story, message, errors, kept }, status);

/**
 * « Signaler une erreur »: a reader's form, posted without JavaScript from the end of a story. No
 * account; from this site's pages only; plain text only (lib/validation/error-report.ts); a robot that
 * fills the hidden field is thanked and nothing is kept; an address that sent too many is told to wait.
 */
export async function POST(request: Request) {
  if (isForeignOrigin(request.headers, [process.env.NEXTAUTH_URL, process.env.SITE_URL, siteUrl()]))
    return refused(null, FOREIGN_ORIGIN_MESSAGE, 403);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refused(null, 'Le formulaire reçu est illisible\u00a0: renvoyez-le depuis la page de l’article.', 400);
  }
  const parsed = parseErrorReport(form);
  if (!parsed.ok) {
    const story = parsed.articleId ? await getReportStory(parsed.articleId) : null;
    return refused(story, parsed.message, 400, parsed.kept, parsed.fieldErrors);
  }
  const story = await getReportStory(parsed.report.articleId);
  if (!story) return refused(null, 'Cet article n’est plus en ligne\u00a0: le signalement n’a pas été envoyé.', 404);
  // A robot filled the hidden field: thanked like anyone, nothing kept.
  if (parsed.honeypot) return answer({ kind: 'sent', story }, 200);
  const outcome = await submitErrorReport(parsed.report, request.headers.get(CLIENT_IP_HEADER) ?? 'inconnue');
  if (outcome.kind === 'not-found') return refused(null, 'Cet article n’est plus en ligne\u00a0: le signalement n’a pas été envoyé.', 404);
  if (outcome.kind === 'throttled') {
    const { passage, problem, source, email } = parsed.report;
    return refused(outcome.story, THROTTLED, 429, { passage, problem, source, email });
  }
  return answer({ kind: 'sent', story: outcome.story }, 200);
}
