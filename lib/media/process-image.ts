/**
 * A picture sent from the newsroom becomes what readers' pages need: turned the right way up (the
 * camera's orientation tag applied), stripped of every metadata block (EXIF with the GPS position of a
 * source's home, the camera's serial number, XMP, IPTC), in sRGB, at the widths pages ask for.
 * WebP for pages (every browser readers use); one JPEG, for networks that fetch og:image.
 */
import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { IMAGE_MAX_BYTES, IMAGE_MIN_WIDTH, IMAGE_WIDTHS, megabytes, SHARE_WIDTH, widthsFor } from './sizes';

export { IMAGE_MAX_BYTES, IMAGE_MIN_WIDTH, widthsFor };

/** About a 50-megapixel camera: anything larger is refused before being decoded. */
const MAX_INPUT_PIXELS = 60_000_000;
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'avif', 'heif']);

export type TImageFormat = 'webp' | 'jpeg';
export type TImageVariant = { format: TImageFormat; width: number; height: number; bytes: Buffer };
export type TProcessedImage = { sha256: string; width: number; height: number; variants: TImageVariant[] };

/** A picture that cannot be used, with what to tell the person who sent it. */
export class ImageRejected extends Error {
  constructor(
    message: string,
    readonly status: 400 | 413 | 415,
  ) {
    super(message);
    this.name = 'ImageRejected';
  }
}

/**
 * A stored picture cut to a shape around its focus (lib/media/urls.ts `cropBox`, `shapeSize`), as a
 * JPEG for search engines and networks. Made from the largest stored WebP the first time it is asked for.
 */
export async function cropToShape(
  master: Buffer,
  box: { left: number; top: number; width: number; height: number },
  size: { width: number; height: number },
): Promise<Buffer> {
  return sharp(master)
    .extract(box)
    .resize({ width: size.width, height: size.height, fit: 'cover' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

export async function processImage(input: Buffer): Promise<TProcessedImage> {
  if (input.length === 0) throw new ImageRejected('Le fichier est vide.', 400);
  if (input.length > IMAGE_MAX_BYTES)
    throw new ImageRejected(
      `L’image pèse ${megabytes(input.length)}\u00a0: ${megabytes(IMAGE_MAX_BYTES)} au plus. Exportez-la en JPEG de qualité normale.`,
      413,
    );
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch {
    throw new ImageRejected('Ce fichier n’est pas une image lisible. Envoyez une photo en JPEG, PNG, WebP ou AVIF.', 415);
  }
  if (!metadata.format || !ACCEPTED.has(metadata.format)) {
    throw new ImageRejected('Format d’image non pris en charge. Envoyez une photo en JPEG, PNG, WebP ou AVIF.', 415);
  }
  if (metadata.format === 'heif' && metadata.compression !== 'av1') {
    throw new ImageRejected(
      'Les photos HEIC (iPhone) ne sont pas prises en charge\u00a0: exportez-les en JPEG, ou réglez l’appareil sur «\u00a0Le plus compatible\u00a0».',
      415,
    );
  }
  if ((metadata.pages ?? 1) > 1)
    throw new ImageRejected('Les images animées ne sont pas prises en charge\u00a0: envoyez une photo fixe.', 415);
  // Width and height as shown: an orientation tag of 5 to 8 turns the picture a quarter.
  const turned = (metadata.orientation ?? 1) >= 5;
  const width = turned ? metadata.height : metadata.width;
  const height = turned ? metadata.width : metadata.height;
  if (!width || !height) throw new ImageRejected('Ce fichier n’est pas une image lisible.', 415);
  if (width * height > MAX_INPUT_PIXELS)
    throw new ImageRejected('Cette image est trop grande (plus de 60 millions de pixels)\u00a0: réduisez-la avant de l’envoyer.', 413);
  if (width < IMAGE_MIN_WIDTH)
    throw new ImageRejected(
      `Cette image n’a que ${width}\u00a0pixels de large\u00a0: il en faut ${IMAGE_MIN_WIDTH} au moins pour qu’elle reste nette dans l’article.`,
      400,
    );
  if (width / height > 4 || height / width > 3)
    throw new ImageRejected('Cette image est trop étirée (panorama ou bandeau)\u00a0: recadrez-la avant de l’envoyer.', 400);

  const heightAt = (w: number) => Math.max(1, Math.round((height * w) / width));
  // Decoded once, turned upright, in sRGB, without any metadata (sharp keeps none unless asked), and
  // brought down to the largest width stored: a 50-megapixel photo is never held whole in memory
  // (JPEG is shrunk while it is decoded); every stored size is made from this one.
  const masterWidth = Math.min(width, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]);
  let upright: { data: Buffer; info: { width: number; height: number } };
  try {
    upright = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({ width: masterWidth })
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new ImageRejected('Cette image est abîmée ou incomplète\u00a0: exportez-la de nouveau.', 415);
  }
  const raw = { raw: { width: upright.info.width, height: upright.info.height, channels: 3 as const } };

  const variants: TImageVariant[] = [];
  for (const w of widthsFor(width)) {
    const bytes = await sharp(upright.data, raw).resize({ width: w }).webp({ quality: 78, effort: 4 }).toBuffer();
    variants.push({ format: 'webp', width: w, height: heightAt(w), bytes });
  }
  const shareWidth = Math.min(SHARE_WIDTH, width);
  const jpeg = await sharp(upright.data, raw).resize({ width: shareWidth }).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
  variants.push({ format: 'jpeg', width: shareWidth, height: heightAt(shareWidth), bytes: jpeg });

  return { sha256: createHash('sha256').update(input).digest('hex'), width, height, variants };
}
