/**
 * The site's logo, sent by an admin in « Réglages du site »: a PNG or an SVG, checked as strictly as
 * a story's picture (lib/media/process-image.ts) and stored as PNG only, with its transparency.
 * An SVG is never served as sent: its text is refused at the first sign of anything active (script,
 * event attribute, link or reference to anything outside the file, embedded document, entity), then
 * it is drawn (rasterised) by sharp into a PNG, so what readers get holds no SVG at all.
 */
import { createHash } from 'node:crypto';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { ImageRejected } from './process-image';
import { LOGO_MAX_BYTES, LOGO_MIN_SIDE } from './sizes';

/** The height the logo is stored at (the header shows it at 48 to 64 CSS pixels; twice that for sharp screens). */
export const LOGO_HEIGHT = 240;
/** And at most this wide (a banner-shaped logo). */
export const LOGO_MAX_WIDTH = 1200;

export type TProcessedLogo = { sha256: string; width: number; height: number; png: Buffer };

/** What makes an SVG more than a drawing: each is refused with the reason. */
const SVG_REFUSED: [RegExp, string][] = [
  [/<!DOCTYPE|<!ENTITY/i, 'une déclaration DOCTYPE ou ENTITY'],
  [/<\s*script\b/i, 'un script'],
  [
    /<\s*(foreignObject|iframe|embed|object|use|image|feImage|a|animate\w*|set|handler|listener)\b/i,
    'un élément qui charge ou anime autre chose',
  ],
  [/\son[a-z]+\s*=/i, 'un attribut d’événement (on…)'],
  [/(?:xlink:)?href\s*=/i, 'un lien (href)'],
  [/javascript:|data:|https?:|file:|\/\//i, 'une adresse'],
  [/url\s*\(\s*['"]?(?!#)/i, 'une référence url() vers l’extérieur'],
  [/@import/i, 'un @import'],
  [/<\?(?!xml\s)/i, 'une instruction de traitement'],
];

/** Why an SVG's text is refused, or null when it is a plain drawing. Pure: tested beside it. */
export function svgRefusal(text: string): string | null {
  // Drop the namespace declarations every SVG carries; they name addresses but load nothing.
  const body = text.replace(/\sxmlns(?::[a-z]+)?\s*=\s*(["'])[^"']*\1/gi, '');
  for (const [pattern, what] of SVG_REFUSED) if (pattern.test(body)) return what;
  if (!/<svg[\s>]/i.test(body)) return 'aucun élément <svg>';
  return null;
}

function looksLikeSvg(input: Buffer): boolean {
  const head = input
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('<?xml') || head.startsWith('<svg') || head.startsWith('<!--');
}

const NOT_A_LOGO = 'Le logo doit être un fichier PNG ou SVG.';

export async function processLogo(input: Buffer): Promise<TProcessedLogo> {
  if (input.length === 0) throw new ImageRejected('Le fichier est vide.', 400);
  if (input.length > LOGO_MAX_BYTES)
    throw new ImageRejected(
      `Le logo pèse plus de ${LOGO_MAX_BYTES / 1024}\u00a0Ko, le maximum\u00a0: exportez-le de nouveau, plus léger.`,
      413,
    );
  const svg = looksLikeSvg(input);
  if (svg) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw new ImageRejected('Ce SVG n’est pas un texte UTF-8 lisible.', 415);
    }
    const refusal = svgRefusal(text);
    if (refusal)
      throw new ImageRejected(
        `Ce SVG est refusé\u00a0: il contient ${refusal}. Enregistrez-le comme dessin simple, ou envoyez un PNG.`,
        415,
      );
  }
  let metadata: Metadata;
  try {
    // An SVG is drawn at 4× its declared size, so that a small viewBox still makes a sharp PNG.
    metadata = await sharp(input, { limitInputPixels: 25_000_000, ...(svg ? { density: 288 } : {}) }).metadata();
  } catch {
    throw new ImageRejected(`Ce fichier n’est pas une image lisible. ${NOT_A_LOGO}`, 415);
  }
  if (metadata.format !== (svg ? 'svg' : 'png')) throw new ImageRejected(`Format non pris en charge. ${NOT_A_LOGO}`, 415);
  if ((metadata.pages ?? 1) > 1) throw new ImageRejected('Les logos animés ne sont pas pris en charge.', 415);
  const { width, height } = metadata;
  if (!width || !height) throw new ImageRejected('Ce fichier n’est pas une image lisible.', 415);
  if (!svg && (width < LOGO_MIN_SIDE || height < LOGO_MIN_SIDE))
    throw new ImageRejected(
      `Ce logo mesure ${width}\u00a0×\u00a0${height}\u00a0pixels\u00a0: il en faut ${LOGO_MIN_SIDE} au moins de chaque côté (ou envoyez-le en SVG).`,
      400,
    );
  if (width / height > 10 || height / width > 2)
    throw new ImageRejected('Ce logo est trop étiré\u00a0: il doit tenir dans une bande au plus dix fois plus large que haute.', 400);
  let png: { data: Buffer; info: OutputInfo };
  try {
    png = await sharp(input, { limitInputPixels: 25_000_000, ...(svg ? { density: 288 } : {}) })
      .resize({ height: LOGO_HEIGHT, width: LOGO_MAX_WIDTH, fit: 'inside', withoutEnlargement: !svg })
      .toColourspace('srgb')
      .png({ compressionLevel: 9, palette: false })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw new ImageRejected('Ce logo est abîmé ou incomplet\u00a0: exportez-le de nouveau.', 415);
  }
  return { sha256: createHash('sha256').update(input).digest('hex'), width: png.info.width, height: png.info.height, png: png.data };
}
