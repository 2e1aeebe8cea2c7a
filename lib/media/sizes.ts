/** Sizes of stored pictures, shared by the processing (server) and the newsroom's form (browser). */

/** What the newsroom may send: phone and camera photos after export; larger files are refused. */
export const IMAGE_MAX_BYTES = 15 * 1024 * 1024;
/** Narrower than this, a picture would look blurred across an article's column. */
export const IMAGE_MIN_WIDTH = 600;
/** The widths stored (and listed in srcset): a phone, a tablet or a card, the article column, a wide screen. */
export const IMAGE_WIDTHS = [400, 800, 1200, 1600] as const;
/** og:image: the size Facebook, LinkedIn and WhatsApp show best. */
export const SHARE_WIDTH = 1200;

/** The widths stored for a picture this wide: those below it, and its own width when it is narrower than the largest. */
export function widthsFor(width: number): number[] {
  const widths: number[] = IMAGE_WIDTHS.filter((w) => w <= width);
  const largest = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1];
  if (width < largest && !widths.includes(width)) widths.push(width);
  return widths;
}

/** « 15,1 Mo »: rounded up to a tenth, so that a file just over the limit is never said to weigh the limit. */
export function megabytes(bytes: number): string {
  return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toLocaleString('fr-FR')}\u00a0Mo`;
}

/**
 * The default social image is sent with « Réglages du site »'s form, under the newsroom's limit for a
 * form (1 MB, next.config.js): a JPEG of 1200 pixels of good quality weighs far less.
 */
export const SOCIAL_IMAGE_FORM_MAX_BYTES = 700 * 1024;

/** A logo is a small file: more than this is a photo, or an SVG carrying a picture inside. */
export const LOGO_MAX_BYTES = 300 * 1024;
/** Google asks for 112 pixels at least on each side of a publisher's logo. */
export const LOGO_MIN_SIDE = 112;
