/**
 * Article bodies are Markdown, rendered on the server with raw HTML disabled (so a body can never
 * carry a script, an event handler or a javascript: link), French typography applied to text only.
 * The body is returned as two halves split at a block boundary near its middle, so that the inline
 * « À lire aussi » link can sit between them, as on the reference page.
 */
import MarkdownIt from 'markdown-it';
type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
import { applyFrenchTypography } from '../french/typography';
import { parseBodyImageSrc, type TBodyImage } from '../media/body-images';
import { imageSrcSet } from '../media/urls';

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });

// Text tokens only: markup, code and link targets are untouched.
md.core.ruler.push('french_typography', (state) => {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    for (const child of block.children) {
      if (child.type === 'text') child.content = applyFrenchTypography(child.content);
    }
  }
});

// Links leave the site safely; markdown-it's validateLink already refuses javascript:, vbscript:, data: (but images).
const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = String(tokens[idx].attrGet('href') ?? '');
  if (/^https?:\/\//i.test(href)) {
    tokens[idx].attrSet('rel', 'noopener noreferrer');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// Headings inside an article start at h2: the page's one h1 is the title.
md.renderer.rules.heading_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx];
  const level = Math.min(Math.max(Number(token.tag.slice(1)) + (token.tag === 'h1' ? 1 : 0), 2), 4);
  token.tag = `h${level}`;
  return self.renderToken(tokens, idx, options);
};
md.renderer.rules.heading_close = (tokens, idx, options, _env, self) => {
  const open = tokens
    .slice(0, idx)
    .reverse()
    .find((t) => t.type === 'heading_open');
  if (open) tokens[idx].tag = open.tag;
  return self.renderToken(tokens, idx, options);
};

/**
 * Pictures in the text: `![what it shows](/medias/<id>-<width>.webp#<width>x<height> "caption")`, as
 * the editor's « Image » button writes them after sending the file. Only the site's own stored pictures
 * are shown, with every stored size in srcset, their size (nothing jumps), lazily; a picture alone in
 * its paragraph is a figure, its title the caption. Any other address is a link, never an <img>: a
 * picture from elsewhere would be refused by the pages' policy, or would track readers.
 */
const escapeHtml = (text: string) => md.utils.escapeHtml(text);

function bodyImageHtml(image: TBodyImage, alt: string): string {
  return `<img src="${escapeHtml(image.src)}" srcset="${escapeHtml(imageSrcSet(image))}" sizes="(min-width: 44rem) 42rem, 100vw" width="${image.width}" height="${image.height}" alt="${escapeHtml(alt)}" loading="lazy" decoding="async">`;
}

const aloneInParagraph = (tokens: Token[], idx: number) => {
  const inline = tokens[idx + 1];
  return (
    tokens[idx].type === 'paragraph_open' &&
    inline?.type === 'inline' &&
    inline.children?.length === 1 &&
    inline.children[0].type === 'image' &&
    parseBodyImageSrc(String(inline.children[0].attrGet('src') ?? '')) !== null
  );
};

md.renderer.rules.image = (tokens, idx, _options, _env, self) => {
  const token = tokens[idx];
  const src = String(token.attrGet('src') ?? '');
  const alt = applyFrenchTypography(self.renderInlineAsText(token.children ?? [], md.options, {}));
  const image = parseBodyImageSrc(src);
  if (!image) return `<a href="${escapeHtml(src)}" rel="noopener noreferrer">${escapeHtml(alt || 'Image')}</a>`;
  const caption = String(token.attrGet('title') ?? '').trim();
  return (
    bodyImageHtml(image, alt) +
    (caption && token.meta?.figure ? `<figcaption>${escapeHtml(applyFrenchTypography(caption))}</figcaption>` : '')
  );
};

const defaultParagraphOpen =
  md.renderer.rules.paragraph_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
const defaultParagraphClose =
  md.renderer.rules.paragraph_close ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.paragraph_open = (tokens, idx, options, env, self) => {
  if (!aloneInParagraph(tokens, idx)) return defaultParagraphOpen(tokens, idx, options, env, self);
  const image = tokens[idx + 1].children?.[0];
  if (image) image.meta = { ...image.meta, figure: true };
  return '<figure class="body-figure">';
};
md.renderer.rules.paragraph_close = (tokens, idx, options, env, self) =>
  aloneInParagraph(tokens, idx - 2) ? '</figure>\n' : defaultParagraphClose(tokens, idx, options, env, self);

export type TRenderedBody = { before: string; after: string };

/** Indexes just after each top-level block ends. */
function topLevelBoundaries(tokens: ReturnType<typeof md.parse>): number[] {
  const ends: number[] = [];
  tokens.forEach((token, index) => {
    if (token.level === 0 && token.nesting !== 1) ends.push(index + 1);
  });
  return ends;
}

export function renderBody(markdown: string): TRenderedBody {
  const env = {};
  const tokens = md.parse(markdown, env);
  const ends = topLevelBoundaries(tokens);
  if (ends.length < 2) {
    return { before: md.renderer.render(tokens, md.options, env), after: '' };
  }
  // The boundary closest to the middle of the blocks, never after the last one.
  const split = ends[Math.max(0, Math.ceil(ends.length / 2) - 1)];
  return {
    before: md.renderer.render(tokens.slice(0, split), md.options, env),
    after: md.renderer.render(tokens.slice(split), md.options, env),
  };
}

/** Whole body as one HTML string (previews, feeds). */
export function renderBodyHtml(markdown: string): string {
  return md.render(markdown);
}

/** Plain text of a Markdown body, for descriptions and word counts. */
export function bodyToPlainText(markdown: string): string {
  return md
    .parse(markdown, {})
    .filter((t) => t.type === 'inline')
    .map((t) =>
      (t.children ?? [])
        .filter((c) => c.type === 'text' || c.type === 'code_inline')
        .map((c) => c.content)
        .join(''),
    )
    .join('\n');
}

/**
 * How many of the site's pictures named in a body would not show: an address of /medias/ that the
 * Markdown does not read as a picture of the site (a caption in « » after the address, a broken size),
 * which readers would see as raw text.
 */
export function bodyImagesMalformed(markdown: string): number {
  const named = markdown.match(/\]\(\/medias\//g)?.length ?? 0;
  if (named === 0) return 0;
  let shown = 0;
  const count = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (token.type === 'image' && parseBodyImageSrc(String(token.attrGet('src') ?? ''))) shown += 1;
      if (token.children) count(token.children);
    }
  };
  count(md.parse(markdown, {}));
  return Math.max(0, named - shown);
}
