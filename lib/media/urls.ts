/**
 * The addresses of a stored picture: /medias/<id>-<width>.webp (pages) and /medias/<id>-<width>.jpg
 * (sharing). A picture never changes, so these are cached for a year everywhere.
 */
import { IMAGE_WIDTHS, SHARE_WIDTH, widthsFor } from './sizes';

/** A story's main picture as pages show it. */
export type TStoryImage = { id: string; width: number; height: number; alt: string; caption: string; credit: string };

export const MEDIA_PATH = /^\/medias\/([a-z0-9]{20,40})-(\d{2,4})\.(webp|jpg|png)$/;

export function imageUrl(id: string, width: number, format: 'webp' | 'jpg' | 'png' = 'webp'): string {
  return `/medias/${id}-${width}.${format}`;
}

/** The `srcset` of a picture: every width stored for it. */
export function imageSrcSet(image: Pick<TStoryImage, 'id' | 'width'>): string {
  return widthsFor(image.width)
    .map((w) => `${imageUrl(image.id, w)} ${w}w`)
    .join(', ');
}

/** The width to name in `src` (browsers without srcset, and the preview): the stored width nearest to `wanted`. */
export function fallbackWidth(image: Pick<TStoryImage, 'width'>, wanted: number): number {
  const widths = widthsFor(image.width);
  return widths.find((w) => w >= wanted) ?? widths[widths.length - 1] ?? IMAGE_WIDTHS[0];
}

/** The site's logo (a PNG, lib/media/process-logo.ts). */
export function logoUrl(logo: { id: string; width: number }): string {
  return imageUrl(logo.id, logo.width, 'png');
}

/** The JPEG networks fetch for a shared link, with its size. */
export function shareImage(image: Pick<TStoryImage, 'id' | 'width' | 'height'>): { url: string; width: number; height: number } {
  const width = Math.min(SHARE_WIDTH, image.width);
  return { url: imageUrl(image.id, width, 'jpg'), width, height: Math.round((image.height * width) / image.width) };
}
