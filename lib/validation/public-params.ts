import { z } from 'zod';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '../french/slug';

/** A slug from a URL: what slugify produces, nothing else (no dots, slashes, NUL or upper case). */
export const ZSlug = z.string().max(SLUG_MAX_LENGTH).regex(SLUG_PATTERN);

/** `?page=N`: absent means 1; anything else must be a plain positive integer within the bound. */
export function parsePage(value: string | string[] | undefined, maxPage: number): number | null {
  if (value === undefined) return 1;
  const parsed = z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(maxPage))
    .safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseSlug(value: string): string | null {
  const parsed = ZSlug.safeParse(value);
  return parsed.success ? parsed.data : null;
}
