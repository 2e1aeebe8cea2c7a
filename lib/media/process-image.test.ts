import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { IMAGE_MAX_BYTES, ImageRejected, processImage, widthsFor } from './process-image';

/** A photo-like JPEG: a gradient (so it compresses like a photo), with the metadata a phone writes. */
async function photo(width: number, height: number, options: { orientation?: number; gps?: boolean } = {}) {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 3;
      // Red on the left half, blue on the right: which way up it ends is visible in the pixels.
      pixels[i] = x < width / 2 ? 220 : 20;
      pixels[i + 1] = Math.round((255 * y) / height);
      pixels[i + 2] = x < width / 2 ? 20 : 220;
    }
  }
  let image = sharp(pixels, { raw: { width, height, channels: 3 } });
  if (options.gps || options.orientation) {
    image = image.withExif({
      IFD0: { Make: 'Appareil', Model: 'Téléphone du reporter' },
      ...(options.gps
        ? { IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '14/1 41/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '17/1 26/1 0/1' } }
        : {}),
    });
  }
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  const bytes = await image.jpeg({ quality: 90 }).toBuffer();
  const meta = await sharp(bytes).metadata();
  if (options.orientation) expect(meta.orientation).toBe(options.orientation);
  if (options.gps) expect(meta.exif?.length).toBeGreaterThan(100);
  return bytes;
}

async function rejection(input: Promise<unknown>): Promise<ImageRejected> {
  try {
    await input;
  } catch (error) {
    expect(error).toBeInstanceOf(ImageRejected);
    return error as ImageRejected;
  }
  throw new Error('accepted');
}

describe('processImage', () => {
  it('stores WebP at the widths pages ask for, never wider than the photo, and one JPEG to share', async () => {
    const result = await processImage(await photo(1000, 750));
    expect(result.width).toBe(1000);
    expect(result.height).toBe(750);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(result.variants.map((v) => `${v.format}:${v.width}x${v.height}`)).toEqual([
      'webp:400x300',
      'webp:800x600',
      'webp:1000x750',
      'jpeg:1000x750',
    ]);
    for (const variant of result.variants) {
      const meta = await sharp(variant.bytes).metadata();
      expect(meta.format).toBe(variant.format);
      expect([meta.width, meta.height]).toEqual([variant.width, variant.height]);
    }
  });

  it('leaves no metadata behind (a source’s GPS position, the camera) and turns the picture upright', async () => {
    // Stored 800×600 with the tag « turn a quarter clockwise » (6), as phones held upright do.
    const result = await processImage(await photo(800, 600, { orientation: 6, gps: true }));
    expect([result.width, result.height]).toEqual([600, 800]);
    for (const variant of result.variants) {
      const meta = await sharp(variant.bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.iptc).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect(meta.width).toBeLessThan(meta.height ?? 0);
    }
  });

  it('refuses what is not a usable photo, in French', async () => {
    expect((await rejection(processImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')))).message).toMatch(
      /JPEG, PNG, WebP ou AVIF/,
    );
    expect(await rejection(processImage(Buffer.from('pas une image')))).toMatchObject({ status: 415 });
    expect((await rejection(processImage(Buffer.alloc(0)))).message).toBe('Le fichier est vide.');
    const small = await rejection(processImage(await photo(500, 400)));
    expect(small.message).toMatch(/n’a que 500\u00a0pixels de large\u00a0: il en faut 600 au moins/);
    expect((await rejection(processImage(await photo(2000, 300)))).message).toMatch(/trop étirée/);
    const big = await rejection(processImage(Buffer.alloc(IMAGE_MAX_BYTES + 1)));
    expect(big.status).toBe(413);
    // Rounded up: a file just over the limit is never said to weigh the limit.
    expect(big.message).toMatch(/pèse 15,1\u00a0Mo\u00a0: 15\u00a0Mo au plus/);
    const gif = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#c00' } })
      .gif()
      .toBuffer();
    expect((await rejection(processImage(gif))).status).toBe(415);
  });

  it('lists the widths a picture is stored at', () => {
    expect(widthsFor(600)).toEqual([400, 600]);
    expect(widthsFor(1200)).toEqual([400, 800, 1200]);
    expect(widthsFor(4000)).toEqual([400, 800, 1200, 1600]);
  });
});
