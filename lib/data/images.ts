import 'server-only';
import { createHash } from 'node:crypto';
import { canManageUsers, type TActor } from '../auth/permissions';
import { db } from '../db';
import { processLogo } from '../media/process-logo';
import { cropToShape, processImage, type TImageFormat } from '../media/process-image';
import { cropBox, hasFocus, shapeSize, type TImageShape } from '../media/urls';
import { Semaphore } from '../server/semaphore';
import { FORBIDDEN, NewsroomError } from './newsroom-errors';

/**
 * One picture is processed at a time per instance: decoding a large photo takes tens of megabytes and
 * both cores for a moment, and readers' pages are rendered on the same machine.
 */
const processing = new Semaphore(1);

export type TStoredImage = { id: string; width: number; height: number };

/**
 * Stores a picture sent from the newsroom (any signed-in member: it is used only once a story that
 * they may edit names it). The same file sent twice is one picture. Throws ImageRejected, with a
 * French message, for anything that is not a usable photo; nothing is written then.
 */
export async function storeImage(actor: TActor, file: Buffer): Promise<TStoredImage> {
  const select = { id: true, width: true, height: true } as const;
  // Sent before (the same file again): nothing to process.
  const existing = await db().image.findUnique({ where: { sha256: createHash('sha256').update(file).digest('hex') }, select });
  if (existing) return existing;
  const release = await processing.acquire();
  let processed: Awaited<ReturnType<typeof processImage>>;
  try {
    processed = await processImage(file);
  } finally {
    release();
  }
  try {
    return await db().image.create({
      data: {
        sha256: processed.sha256,
        width: processed.width,
        height: processed.height,
        uploadedById: actor.id,
        variants: {
          create: processed.variants.map((v) => ({ format: v.format, width: v.width, height: v.height, bytes: new Uint8Array(v.bytes) })),
        },
      },
      select,
    });
  } catch (error) {
    // Sent twice at once: the other request stored it first.
    const raced = await db().image.findUnique({ where: { sha256: processed.sha256 }, select });
    if (raced) return raced;
    throw error;
  }
}

/**
 * Stores the site's logo (lib/media/process-logo.ts: PNG or SVG, drawn into one PNG), for an admin
 * (who alone changes the site's identity). Throws ImageRejected, with a French message.
 */
export async function storeLogo(actor: TActor, file: Buffer): Promise<TStoredImage> {
  if (!canManageUsers(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  const select = { id: true, width: true, height: true } as const;
  const sha256 = createHash('sha256').update(file).digest('hex');
  const existing = await db().image.findUnique({ where: { sha256 }, select: { ...select, variants: { select: { format: true } } } });
  if (existing?.variants.some((v) => v.format === 'png')) return { id: existing.id, width: existing.width, height: existing.height };
  const release = await processing.acquire();
  let logo: Awaited<ReturnType<typeof processLogo>>;
  try {
    logo = await processLogo(file);
  } finally {
    release();
  }
  // The same file sent before as a story's picture: a logo is another rendering of it, under its own hash.
  const key = existing ? createHash('sha256').update(`logo:${sha256}`).digest('hex') : sha256;
  const found = await db().image.findUnique({ where: { sha256: key }, select });
  if (found) return found;
  return db().image.create({
    data: {
      sha256: key,
      width: logo.width,
      height: logo.height,
      uploadedById: actor.id,
      variants: { create: [{ format: 'png', width: logo.width, height: logo.height, bytes: new Uint8Array(logo.png) }] },
    },
    select,
  });
}

/**
 * A picture cut to a shape (16:9, 4:3, 1:1) at its one size, for /medias/<id>-<width>-<shape>.jpg:
 * made from the largest stored WebP the first time it is asked for, then stored like any width (so
 * pictures stored before the shapes existed get them too). Null when there is no such picture or the
 * width is not that shape's.
 */
export async function readImageShape(
  imageId: string,
  shape: TImageShape,
  width: number,
  focus: { focusX: number; focusY: number } | null = null,
): Promise<Buffer | null> {
  const format = `jpeg-${shape}${focus ? `-${focus.focusX}-${focus.focusY}` : ''}`;
  const stored = await db().imageVariant.findUnique({
    where: { imageId_format_width: { imageId, format, width } },
    select: { bytes: true },
  });
  if (stored) return Buffer.from(stored.bytes);
  const image = await db().image.findUnique({ where: { id: imageId }, select: { width: true, height: true, focusX: true, focusY: true } });
  if (!image) return null;
  // Only the picture's own focus (or none): no crop is made for a point someone makes up.
  if (focus ? !hasFocus(image) || image.focusX !== focus.focusX || image.focusY !== focus.focusY : hasFocus(image)) return null;
  const size = shapeSize(image, shape);
  if (size.width !== width) return null;
  const master = await db().imageVariant.findFirst({
    where: { imageId, format: 'webp' },
    orderBy: { width: 'desc' },
    select: { bytes: true },
  });
  if (!master) return null;
  const release = await processing.acquire();
  let bytes: Buffer;
  try {
    bytes = await cropToShape(Buffer.from(master.bytes), cropBox(image, shape), size);
  } finally {
    release();
  }
  await db().imageVariant.createMany({
    data: [{ imageId, format, width: size.width, height: size.height, bytes: new Uint8Array(bytes) }],
    skipDuplicates: true,
  });
  return bytes;
}

/** One stored encoding of a picture, for /medias/…; null when there is none at that width. */
export async function readImageVariant(imageId: string, format: TImageFormat | 'png', width: number): Promise<Buffer | null> {
  const row = await db().imageVariant.findUnique({ where: { imageId_format_width: { imageId, format, width } }, select: { bytes: true } });
  return row ? Buffer.from(row.bytes) : null;
}

/** A picture's size, for the form that names it; null when there is no such picture. */
export async function findImage(imageId: string): Promise<TStoredImage | null> {
  return db().image.findUnique({ where: { id: imageId }, select: { id: true, width: true, height: true } });
}
