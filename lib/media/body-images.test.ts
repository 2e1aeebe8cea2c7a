import { describe, expect, it } from 'vitest';
import { insertImageBlock } from '../../components/admin/markdown-edits';
import { bodyImagesMalformed, renderBodyHtml } from '../content/render-body';
import { BODY_IMAGE_ALT_PLACEHOLDER, bodyImageMarkdown, bodyImagesWithoutAlt, parseBodyImageSrc } from './body-images';

const ID = 'cmx6912q8000frn7dkdafs4jv';

describe('pictures in a story’s text', () => {
  it('are written with the largest stored width and their size, and read back only as the site’s own', () => {
    expect(bodyImageMarkdown({ id: ID, width: 1000, height: 750 }, 'Des pirogues', 'Au port de "Kayar"')).toBe(
      `![Des pirogues](/medias/${ID}-1000.webp#1000x750 "Au port de «\u00a0Kayar\u00a0»")`,
    );
    expect(bodyImageMarkdown({ id: ID, width: 3000, height: 2000 }, 'x')).toBe(`![x](/medias/${ID}-1600.webp#3000x2000)`);
    expect(parseBodyImageSrc(`/medias/${ID}-1600.webp#3000x2000`)).toEqual({
      id: ID,
      src: `/medias/${ID}-1600.webp`,
      width: 3000,
      height: 2000,
    });
    // Not the stored width for that size, another site, another format: not a picture of the site.
    expect(parseBodyImageSrc(`/medias/${ID}-800.webp#3000x2000`)).toBeNull();
    expect(parseBodyImageSrc(`https://ailleurs.example/medias/${ID}-1600.webp#3000x2000`)).toBeNull();
    expect(parseBodyImageSrc(`/medias/${ID}-1600.jpg#3000x2000`)).toBeNull();
  });

  it('render as sized, lazy pictures, a figure with its caption when alone in a paragraph; any other address is a link', () => {
    const picture = bodyImageMarkdown({ id: ID, width: 1000, height: 750 }, 'Des pirogues', 'Retour de pêche');
    const html = renderBodyHtml(`Avant.\n\n${picture}\n\nAprès ${picture}.\n\n![traceur](https://ailleurs.example/p.gif)`);
    expect(html).toContain(
      `<figure class="body-figure"><img src="/medias/${ID}-1000.webp" srcset="/medias/${ID}-400.webp 400w, /medias/${ID}-800.webp 800w, /medias/${ID}-1000.webp 1000w" sizes="(min-width: 44rem) 42rem, 100vw" width="1000" height="750" alt="Des pirogues" loading="lazy" decoding="async"><figcaption>Retour de pêche</figcaption></figure>`,
    );
    // Inside a sentence: the picture, no caption, no figure.
    expect(html).toMatch(/<p>Après <img [^>]*alt="Des pirogues"[^>]*>\.<\/p>/);
    expect(html).toContain('<p><a href="https://ailleurs.example/p.gif" rel="noopener noreferrer">traceur</a></p>');
    expect(html.match(/<img /g)).toHaveLength(2);
    // Quotes in alt text stay inside the attribute.
    expect(renderBodyHtml(bodyImageMarkdown({ id: ID, width: 800, height: 600 }, 'un "onerror=alert(1)'))).not.toMatch(/\sonerror=/);
  });

  it('counts pictures still waiting for their description', () => {
    const waiting = bodyImageMarkdown({ id: ID, width: 800, height: 600 }, BODY_IMAGE_ALT_PLACEHOLDER);
    const empty = bodyImageMarkdown({ id: ID, width: 800, height: 600 }, '');
    const described = bodyImageMarkdown({ id: ID, width: 800, height: 600 }, 'Un marché');
    expect(bodyImagesWithoutAlt(`${waiting}\n\n${empty}\n\n${described}`)).toBe(2);
    expect(bodyImagesWithoutAlt(described)).toBe(0);
  });

  it('counts pictures readers would see as raw text (a caption in « » after the address)', () => {
    const good = bodyImageMarkdown({ id: ID, width: 800, height: 600 }, 'Un marché', 'Le marché');
    const broken = `![Un marché](/medias/${ID}-800.webp#800x600 « Le marché »)`;
    expect(bodyImagesMalformed(`${good}\n\nTexte.`)).toBe(0);
    expect(bodyImagesMalformed(`${good}\n\n${broken}`)).toBe(1);
    expect(renderBodyHtml(broken)).not.toContain('<img');
    expect(bodyImagesMalformed('Aucune image.')).toBe(0);
  });

  it('go in as their own paragraph where the caret is, the placeholder selected', () => {
    const markdown = bodyImageMarkdown({ id: ID, width: 800, height: 600 }, BODY_IMAGE_ALT_PLACEHOLDER);
    const text = 'Premier paragraphe.';
    const change = insertImageBlock(text, text.length, text.length, markdown, BODY_IMAGE_ALT_PLACEHOLDER);
    const result = text.slice(0, change.from) + change.insert + text.slice(change.to);
    expect(result).toBe(`Premier paragraphe.\n\n${markdown}\n`);
    expect(result.slice(change.selectionStart, change.selectionEnd)).toBe(BODY_IMAGE_ALT_PLACEHOLDER);
    const middle = insertImageBlock('Un.\n\nDeux.', 3, 3, markdown, BODY_IMAGE_ALT_PLACEHOLDER);
    expect(`Un.${middle.insert}\n\nDeux.`).toBe(`Un.\n\n${markdown}\n\nDeux.`);
  });
});
