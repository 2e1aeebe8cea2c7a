/**
 * Pictures inside a story's text, as Markdown: `![alt](/medias/<id>-<width>.webp#<width>x<height> "caption")`.
 * The address is the largest stored WebP; the fragment (never sent to the server) carries the picture's
 * size, so that the page reserves its place and lists every stored width without asking the database.
 * Shared by the renderer (server and the editor's preview) and the editor's « Image » button.
 */
import { applyFrenchTypography } from '../french/typography';
import { imageUrl } from './urls';
import { widthsFor } from './sizes';

export type TBodyImage = { id: string; src: string; width: number; height: number };

const BODY_IMAGE_SRC = /^\/medias\/([a-z0-9]{20,40})-(\d{2,4})\.webp#(\d{2,5})x(\d{2,5})$/;

/** The site's own stored picture named by a Markdown image address, or null for anything else. */
export function parseBodyImageSrc(src: string): TBodyImage | null {
  const match = BODY_IMAGE_SRC.exec(src);
  if (!match) return null;
  const [, id, stored, width, height] = match;
  const image = { id, src: imageUrl(id, Number(stored)), width: Number(width), height: Number(height) };
  // The address must be the largest width stored for a picture of that size, as the editor writes it.
  const widths = widthsFor(image.width);
  return widths[widths.length - 1] === Number(stored) ? image : null;
}

/** The Markdown the editor inserts for a picture just sent. */
export function bodyImageMarkdown(image: { id: string; width: number; height: number }, alt: string, caption = ''): string {
  const widths = widthsFor(image.width);
  const src = `${imageUrl(image.id, widths[widths.length - 1])}#${image.width}x${image.height}`;
  // Inside the title's own quotes: balanced quotes become « », any other one a closing ”.
  const title = caption ? ` "${applyFrenchTypography(caption).replace(/"/g, '”')}"` : '';
  return `![${alt.replace(/[[\]]/g, '')}](${src}${title})`;
}

/** What the « Image » button writes where the alt text goes, selected for the journalist to type over. */
export const BODY_IMAGE_ALT_PLACEHOLDER = 'Décrivez l’image';

/** What the text still lacks for readers who do not see its pictures: how many have no alt text. */
export function bodyImagesWithoutAlt(markdown: string, placeholder = BODY_IMAGE_ALT_PLACEHOLDER): number {
  let missing = 0;
  for (const match of markdown.matchAll(/!\[([^\]]*)\]\(\/medias\//g)) {
    const alt = match[1].trim();
    if (alt === '' || alt === placeholder) missing += 1;
  }
  return missing;
}
