/**
 * The story's address (slug) as typed in « Adresse (slug) », and the public address it leads to.
 */
import { SLUG_PATTERN, slugify } from '@/lib/french/slug';

/**
 * What the field holds once left: words become an address (« L’été à Dakar » → l-ete-a-dakar);
 * an empty field, a valid address, or text without a letter or digit are left as typed.
 */
export function suggestSlug(typed: string): string {
  const trimmed = typed.trim();
  return trimmed === '' || SLUG_PATTERN.test(trimmed) || !/[\p{L}\p{N}]/u.test(typed) ? typed : slugify(typed);
}

/** The public address the story will have: `/<rubrique>/<slug>`, undefined until both are known. */
export function publicAddress(rubriqueSlug: string | undefined, slug: string): string | undefined {
  return rubriqueSlug && slug.trim() ? `/${rubriqueSlug}/${slug.trim()}` : undefined;
}
