import { readImageShape, readImageVariant } from '@/lib/data/images';
import { MEDIA_PATH, type TImageShape } from '@/lib/media/urls';

export const dynamic = 'force-dynamic';

/** A picture never changes (a new one is a new address): browsers, Varnish and CDNs keep it a year. */
const IMMUTABLE = 'public, max-age=31536000, s-maxage=31536000, immutable';
const TYPES = { webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' } as const;

/**
 * The pictures most asked for stay in this instance's memory (a story's picture is fetched by every
 * reader of the story and of the pages that list it): the database is asked once per picture and
 * width, not once per reader. Nothing needs purging: a stored picture never changes.
 */
const KEPT_MAX_BYTES = 48 * 1024 * 1024;
const kept = new Map<string, Buffer>();
let keptBytes = 0;

function keep(key: string, bytes: Buffer) {
  kept.set(key, bytes);
  keptBytes += bytes.length;
  for (const [oldKey, oldBytes] of kept) {
    if (keptBytes <= KEPT_MAX_BYTES) break;
    kept.delete(oldKey);
    keptBytes -= oldBytes.length;
  }
}

function notFound() {
  return new Response('Image introuvable.', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = MEDIA_PATH.exec(`/medias/${(await params).file}`);
  if (!match) return notFound();
  const [, id, widthText, shape, fx, fy, extension] = match as unknown as [
    string,
    string,
    string,
    TImageShape | undefined,
    string | undefined,
    string | undefined,
    'webp' | 'jpg' | 'png',
  ];
  if (shape && extension !== 'jpg') return notFound();
  const focus = fx !== undefined && fy !== undefined ? { focusX: Number(fx), focusY: Number(fy) } : null;
  const key = `${id}-${widthText}${shape ? `-${shape}` : ''}${focus ? `-${fx}-${fy}` : ''}.${extension}`;
  const etag = `"${key}"`;
  const headers = { 'Content-Type': TYPES[extension], 'Cache-Control': IMMUTABLE, ETag: etag };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  let bytes = kept.get(key);
  if (bytes) {
    // Most recently used last: what nobody asks for any more leaves first.
    kept.delete(key);
    kept.set(key, bytes);
  } else {
    bytes =
      (shape
        ? await readImageShape(id, shape, Number(widthText), focus)
        : await readImageVariant(id, extension === 'jpg' ? 'jpeg' : extension, Number(widthText))) ?? undefined;
    if (!bytes) return notFound();
    keep(key, bytes);
  }
  return new Response(new Uint8Array(bytes), { headers: { ...headers, 'Content-Length': String(bytes.length) } });
}
