/**
 * URL slugs from French titles: « L’été à Dakar » → `l-ete-a-dakar`, « Œuvre » → `oeuvre`.
 * Lower case ASCII letters, digits and single hyphens; never empty.
 */

const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

export const SLUG_MAX_LENGTH = 80;

export function slugify(input: string, maxLength = SLUG_MAX_LENGTH): string {
  const ascii = input
    .replace(/[œŒæÆß]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const cut = ascii.length > maxLength ? ascii.slice(0, maxLength).replace(/-[^-]*$/, '') || ascii.slice(0, maxLength) : ascii;
  return cut.replace(/-+$/g, '') || 'article';
}

/** A slug as accepted in a URL or a form: what slugify would produce. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(value: string): boolean {
  return value.length > 0 && value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}
