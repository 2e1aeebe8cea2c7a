/**
 * French typography for text shown to readers: the apostrophe ’, non-breaking spaces inside « »
 * and before : ; ! ? (narrow for ; ! ?, as the Imprimerie nationale recommends), and none of the
 * doubled spaces that copy-paste brings. Pure: applied to text nodes only, never to markup or URLs.
 */

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/**
 * One pass can leave work for the next (a space it adds before one mark makes the mark before it end
 * a word: « !:: »), so passes repeat until the text is stable — in practice the second pass changes
 * nothing and only confirms. Stable output matters: text is shown, stored and typeset again.
 */
export function applyFrenchTypography(text: string): string {
  const kept = typeset.get(text);
  if (kept !== undefined) return kept;
  const result = typesetUntilStable(text);
  // Titles, chapôs and names come back on every page that lists them: each is typeset once.
  if (text.length <= TYPESET_CACHE_TEXT_MAX) {
    if (typeset.size >= TYPESET_CACHE_MAX) typeset.clear();
    typeset.set(text, result);
  }
  return result;
}

const TYPESET_CACHE_MAX = 10_000;
const TYPESET_CACHE_TEXT_MAX = 1_000;
const typeset = new Map<string, string>();

function typesetUntilStable(text: string): string {
  let current = typographyPass(text);
  for (let pass = 0; pass < 4; pass += 1) {
    const next = typographyPass(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

function typographyPass(text: string): string {
  return (
    text
      // Typewriter apostrophe between letters (l'été, aujourd'hui) becomes ’.
      .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
      // Straight double quotes around a phrase become « » (only balanced pairs on one line).
      .replace(/"([^"\n]+)"/g, '« $1 »')
      // Spaces inside guillemets become non-breaking; add one where it is missing.
      .replace(/«[ \u00a0\u202f]*/g, `«${NBSP}`)
      .replace(/[ \u00a0\u202f]*»/g, `${NBSP}»`)
      // Colon followed by a space or the end: a non-breaking space before it (times like 20:47 and
      // URLs like https:// have no space after the colon and are left alone).
      .replace(/(\S)[ \u00a0\u202f]*:(?=\s|$)/gu, `$1${NBSP}:`)
      // ; ! ? take a narrow non-breaking space, added where it is missing, when they end a word
      // (so "?!" runs, URLs like /a?b=1 and entities are left alone).
      .replace(/(\S)[ \u00a0\u202f]*([;!?])(?=[\s\u00a0\u202f»"’)!?]|$)/gu, (match, before: string, mark: string) =>
        /[;!?\u202f\u00a0(«]/.test(before) ? match : `${before}${NNBSP}${mark}`,
      )
      // Numbers keep to what they count: a narrow non-breaking space before % and between groups of
      // thousands (« 7 % », « 1 200 enfants »), a non-breaking one before a unit of time or money
      // (« 2 h 09 min 52 s », « 500 millions de francs CFA » keeps « 500 millions » together).
      .replace(/(\d)[ \u00a0](?=%)/g, `$1${NNBSP}`)
      .replace(/(\d)[ \u00a0](?=\d{3}(?!\d))/g, `$1${NNBSP}`)
      .replace(/(\d)[ \u202f](?=(?:h|min|s|ms|km|m|cm|kg|g|t|°C|€|F|FCFA|millions?|milliards?)(?![\p{L}\d]))/gu, `$1${NBSP}`)
      // Several spaces in a row collapse to one.
      .replace(/ {2,}/g, ' ')
  );
}
