/**
 * The addresses of a stored picture: /medias/<id>-<width>.webp (pages) and /medias/<id>-<width>.jpg
 * (sharing). A picture never changes, so these are cached for a year everywhere.
 */
import { IMAGE_WIDTHS, SHARE_WIDTH, widthsFor } from './sizes';

/** A story's main picture as pages show it. */
export type TStoryImage = { id: string; width: number; height: number; alt: string; caption: string; credit: string } & TImageFocus;

/** The point a picture's crops keep in view, in percent from its top left (null: the centre). */
export type TImageFocus = { focusX?: number | null; focusY?: number | null };

export const MEDIA_PATH = /^\/medias\/([a-z0-9]{20,40})-(\d{2,4})(?:-(16x9|4x3|1x1)(?:-(\d{1,3})-(\d{1,3}))?)?\.(webp|jpg|png)$/;

/** The shapes search engines ask for beside a story (Google: 16:9, 4:3 and 1:1 in a NewsArticle's `image`). */
export const IMAGE_SHAPES = ['16x9', '4x3', '1x1'] as const;
export type TImageShape = (typeof IMAGE_SHAPES)[number];
const SHAPE_RATIO: Record<TImageShape, number> = { '16x9': 16 / 9, '4x3': 4 / 3, '1x1': 1 };

/** The largest stored WebP of a picture, which its crops are cut from. */
export function masterSize(image: Pick<TStoryImage, 'width' | 'height'>): { width: number; height: number } {
  const width = Math.min(image.width, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]);
  return { width, height: Math.max(1, Math.round((image.height * width) / image.width)) };
}

/** The part of the master a crop to `shape` keeps: its whole width or height, around its focus (the centre by default). */
export function cropBox(
  image: Pick<TStoryImage, 'width' | 'height'> & TImageFocus,
  shape: TImageShape,
): { left: number; top: number; width: number; height: number } {
  const master = masterSize(image);
  const ratio = SHAPE_RATIO[shape];
  const width = master.width / master.height > ratio ? Math.floor(master.height * ratio) : master.width;
  const height = Math.min(master.height, Math.round(width / ratio));
  const fx = ((image.focusX ?? 50) / 100) * master.width;
  const fy = ((image.focusY ?? 50) / 100) * master.height;
  const clamp = (value: number, max: number) => Math.max(0, Math.min(Math.round(value), max));
  return { left: clamp(fx - width / 2, master.width - width), top: clamp(fy - height / 2, master.height - height), width, height };
}

/**
 * The size of a picture's crop to `shape` (cut from the largest stored width around its focus, then
 * at most 1200 pixels wide): one size per picture and shape, so the address names it and nothing else
 * can be asked for.
 */
export function shapeSize(image: Pick<TStoryImage, 'width' | 'height'>, shape: TImageShape): { width: number; height: number } {
  const width = Math.min(SHARE_WIDTH, cropBox(image, shape).width);
  return { width, height: Math.max(1, Math.round(width / SHAPE_RATIO[shape])) };
}

/** Whether a picture has a focal point of its own (else its crops keep the centre). */
export function hasFocus(image: TImageFocus): image is { focusX: number; focusY: number } {
  return typeof image.focusX === 'number' && typeof image.focusY === 'number';
}

/** The JPEG of a picture cut to `shape` around its focus, with its size; the focus is in the address (a new focus, a new address). */
export function shapeImage(
  image: Pick<TStoryImage, 'id' | 'width' | 'height'> & TImageFocus,
  shape: TImageShape,
): { url: string; width: number; height: number } {
  const size = shapeSize(image, shape);
  const focus = hasFocus(image) ? `-${image.focusX}-${image.focusY}` : '';
  return { url: `/medias/${image.id}-${size.width}-${shape}${focus}.jpg`, ...size };
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
