/**
 * The addresses of a stored picture: /medias/<id>-<width>.webp (pages) and /medias/<id>-<width>.jpg
 * (sharing). A picture never changes, so these are cached for a year everywhere.
 */
import { IMAGE_WIDTHS, SHARE_WIDTH, widthsFor } from './sizes';

/** A story's main picture as pages show it. */
export type TStoryImage = { id: string; width: number; height: number; alt: string; caption: string; credit: string };

export const MEDIA_PATH = /^\/medias\/([a-z0-9]{20,40})-(\d{2,4})(?:-(16x9|4x3|1x1))?\.(webp|jpg|png)$/;

/** The shapes search engines ask for beside a story (Google: 16:9, 4:3 and 1:1 in a NewsArticle's `image`). */
export const IMAGE_SHAPES = ['16x9', '4x3', '1x1'] as const;
export type TImageShape = (typeof IMAGE_SHAPES)[number];
const SHAPE_RATIO: Record<TImageShape, number> = { '16x9': 16 / 9, '4x3': 4 / 3, '1x1': 1 };

/**
 * The size of a picture's crop to `shape` (cut around its centre from the largest stored width, then
 * at most 1200 pixels wide): one size per picture and shape, so the address names it and nothing else
 * can be asked for.
 */
export function shapeSize(image: Pick<TStoryImage, 'width' | 'height'>, shape: TImageShape): { width: number; height: number } {
  const masterWidth = Math.min(image.width, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]);
  const masterHeight = Math.max(1, Math.round((image.height * masterWidth) / image.width));
  const ratio = SHAPE_RATIO[shape];
  const cropWidth = masterWidth / masterHeight > ratio ? Math.floor(masterHeight * ratio) : masterWidth;
  const width = Math.min(SHARE_WIDTH, cropWidth);
  return { width, height: Math.max(1, Math.round(width / ratio)) };
}

/** The JPEG of a picture cut to `shape`, with its size. */
export function shapeImage(
  image: Pick<TStoryImage, 'id' | 'width' | 'height'>,
  shape: TImageShape,
): { url: string; width: number; height: number } {
  const size = shapeSize(image, shape);
  return { url: `/medias/${image.id}-${size.width}-${shape}.jpg`, ...size };
}

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
