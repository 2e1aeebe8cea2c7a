/**
 * « Signaler une erreur »: what a reader's form may carry, as plain text. Pure.
 *
 * Every field must be one string (a file, or a field sent twice, is refused). Text is kept as plain
 * text: normalised (NFC), without control or direction-changing characters, without HTML tags (a
 * `<script>` loses its contents too), with at most one blank line in a row. Sizes are checked after
 * that; links are counted (a report is not a place for a list of addresses). A refusal says what is
 * wrong in French and gives back what the reader typed (cut to the field's size), for the form.
 */

export const REPORT_LIMITS = { passage: 1000, problem: 3000, source: 500, email: 254 } as const;
const MIN = { passage: 3, problem: 10 } as const;
/** Links allowed in the passage and the explanation together (the source link is apart). */
export const REPORT_MAX_LINKS = 5;
/** The form's fields; `site` is the honeypot, hidden from people, that robots fill in. */
export const REPORT_FIELDS = {
  article: 'article',
  passage: 'passage',
  problem: 'probleme',
  source: 'source',
  email: 'courriel',
  honeypot: 'site',
} as const;

export type TReportFields = { passage: string; problem: string; source: string; email: string };
export type TReportInput = TReportFields & { articleId: string };
export type TFieldErrors = Partial<Record<keyof TReportFields, string>>;
export type TReportParse =
  | { ok: true; report: TReportInput; honeypot: boolean }
  | { ok: false; message: string; fieldErrors: TFieldErrors; kept: TReportFields; articleId: string | null };

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Direction overrides and invisible marks that would make the newsroom read another text than the one stored. */
const INVISIBLE = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;
const EMAIL = /^[^\s@<>"'(),;:\\[\]]+@[^\s@<>"'(),;:\\[\]]+\.[^\s@<>"'(),;:\\[\]]+$/;
const ENTRY_ID = /^[a-z0-9]{20,40}$/;

/** Plain text out of anything typed or pasted. */
export function plainReportText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<\/?[a-z][^<>]*>?/gi, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const countLinks = (text: string) => (text.match(LINK) ?? []).length;

function sourceError(source: string): string | null {
  if (!source) return null;
  if (source.length > REPORT_LIMITS.source) return `Le lien de la source ne peut dépasser ${REPORT_LIMITS.source} caractères.`;
  try {
    const url = new URL(source);
    if (url.protocol === 'http:' || url.protocol === 'https:') return null;
  } catch {
    // Not an address: said below.
  }
  return 'Le lien de la source doit être une adresse web complète (https://…).';
}

type TFormLike = { getAll(name: string): unknown[] };

/** One field as text: undefined when absent, null when it is not a single string. */
function single(form: TFormLike, name: string): string | null | undefined {
  const values = form.getAll(name);
  if (values.length === 0) return undefined;
  if (values.length > 1 || typeof values[0] !== 'string') return null;
  return values[0];
}

export function parseErrorReport(form: TFormLike): TReportParse {
  const raw = {
    passage: single(form, REPORT_FIELDS.passage),
    problem: single(form, REPORT_FIELDS.problem),
    source: single(form, REPORT_FIELDS.source),
    email: single(form, REPORT_FIELDS.email),
  };
  const articleRaw = single(form, REPORT_FIELDS.article);
  const articleId = typeof articleRaw === 'string' && ENTRY_ID.test(articleRaw) ? articleRaw : null;
  const honeypot = single(form, REPORT_FIELDS.honeypot);
  // What is given back to the form: plain text, never more than the field holds.
  const kept: TReportFields = {
    passage: plainReportText((raw.passage ?? '').slice(0, REPORT_LIMITS.passage * 4)).slice(0, REPORT_LIMITS.passage),
    problem: plainReportText((raw.problem ?? '').slice(0, REPORT_LIMITS.problem * 4)).slice(0, REPORT_LIMITS.problem),
    source: plainReportText((raw.source ?? '').slice(0, REPORT_LIMITS.source * 4)).slice(0, REPORT_LIMITS.source),
    email: plainReportText((raw.email ?? '').slice(0, REPORT_LIMITS.email * 4)).slice(0, REPORT_LIMITS.email),
  };
  const refuse = (message: string, fieldErrors: TFieldErrors = {}): TReportParse => ({ ok: false, message, fieldErrors, kept, articleId });

  if (!articleId) return refuse('Cet article est introuvable\u00a0: revenez à l’article et réessayez.');
  const notText = (Object.keys(raw) as (keyof TReportFields)[]).filter((name) => raw[name] === null);
  if (notText.length > 0 || honeypot === null)
    return refuse(
      'Le formulaire reçu n’est pas celui du site (un champ envoyé deux fois, ou un fichier)\u00a0: renvoyez-le depuis la page de l’article.',
      Object.fromEntries(notText.map((name) => [name, 'Ce champ doit être un texte.'])),
    );
  const text = {
    passage: plainReportText(raw.passage ?? ''),
    problem: plainReportText(raw.problem ?? ''),
    source: plainReportText(raw.source ?? ''),
    email: plainReportText(raw.email ?? ''),
  };
  const errors: TFieldErrors = {};
  if (text.passage.length < MIN.passage) errors.passage = 'Indiquez le passage en cause (quelques mots suffisent).';
  else if (text.passage.length > REPORT_LIMITS.passage)
    errors.passage = `Le passage ne peut dépasser ${REPORT_LIMITS.passage.toLocaleString('fr-FR')} caractères.`;
  if (text.problem.length < MIN.problem) errors.problem = 'Expliquez ce qui est inexact (10 caractères au moins).';
  else if (text.problem.length > REPORT_LIMITS.problem)
    errors.problem = `L’explication ne peut dépasser ${REPORT_LIMITS.problem.toLocaleString('fr-FR')} caractères.`;
  if (!errors.passage && !errors.problem && countLinks(`${text.passage}\n${text.problem}`) > REPORT_MAX_LINKS)
    errors.problem = `Pas plus de ${REPORT_MAX_LINKS} liens dans le signalement\u00a0: mettez la source principale dans le champ prévu.`;
  const source = sourceError(text.source);
  if (source) errors.source = source;
  if (text.email && (text.email.length > REPORT_LIMITS.email || !EMAIL.test(text.email)))
    errors.email = 'L’adresse électronique n’est pas valide (ou laissez ce champ vide).';
  if (Object.keys(errors).length > 0) return refuse('Le signalement n’a pas été envoyé\u00a0: corrigez les champs indiqués.', errors);
  return { ok: true, report: { articleId, ...text }, honeypot: typeof honeypot === 'string' && honeypot.trim() !== '' };
}
