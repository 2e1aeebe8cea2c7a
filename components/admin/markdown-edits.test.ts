import { describe, expect, it } from 'vitest';
import {
  applyTextChange,
  checkLinkAddress,
  countWords,
  findLinkAt,
  findLinkByAddress,
  findLinks,
  insertImageBlock,
  insertLink,
  normaliseLinkUrl,
  readingMinutes,
  removeLink,
  replaceLink,
  tabAfterKey,
  toggleBlock,
  toggleInline,
  toolbarIndexAfterKey,
  type TTextChange,
} from './markdown-edits';

/** The text after the change, with the selection marked by [ and ] (a caret by one |). */
function shown(value: string, change: TTextChange): string {
  const next = applyTextChange(value, change);
  if (change.selectionStart === change.selectionEnd) return `${next.slice(0, change.selectionStart)}|${next.slice(change.selectionStart)}`;
  return `${next.slice(0, change.selectionStart)}[${next.slice(change.selectionStart, change.selectionEnd)}]${next.slice(change.selectionEnd)}`;
}

describe('bold and italic (toggleInline)', () => {
  it('wraps the selection and keeps it selected inside the markers', () => {
    const value = 'Le port de Dakar';
    expect(shown(value, toggleInline(value, 3, 7, '**', 'texte en gras'))).toBe('Le **[port]** de Dakar');
    expect(shown(value, toggleInline(value, 11, 16, '_', 'texte en italique'))).toBe('Le port de _[Dakar]_');
  });

  it('formats the word around a caret', () => {
    const value = 'Le port de Dakar';
    expect(shown(value, toggleInline(value, 5, 5, '**', 'texte en gras'))).toBe('Le **[port]** de Dakar');
  });

  it('inserts a selected placeholder on an empty selection, apart from a neighbouring word', () => {
    expect(shown('', toggleInline('', 0, 0, '**', 'texte en gras'))).toBe('**[texte en gras]**');
    const value = 'Dakar';
    expect(shown(value, toggleInline(value, 5, 5, '_', 'texte en italique'))).toBe('Dakar _[texte en italique]_');
  });

  it('unwraps markers just outside or just inside the selection', () => {
    const outside = 'Le **port** de';
    expect(shown(outside, toggleInline(outside, 5, 9, '**', 'x'))).toBe('Le [port] de');
    const inside = 'Le **port** de';
    expect(shown(inside, toggleInline(inside, 3, 11, '**', 'x'))).toBe('Le [port] de');
  });

  it('wraps each line apart, leaving spaces and block prefixes outside the markers', () => {
    const value = '- un\n> deux \n## trois';
    const change = toggleInline(value, 0, value.length, '**', 'x');
    expect(applyTextChange(value, change)).toBe('- **un**\n> **deux** \n## **trois**');
    expect([change.selectionStart, change.selectionEnd]).toEqual([0, change.insert.length]);
  });
});

describe('headings, quotes and lists (toggleBlock)', () => {
  it('prefixes every line the selection touches, and removes the prefix when they all have it', () => {
    const value = 'Un\nDeux\n\nTrois';
    const on = toggleBlock(value, 1, 5, 'list');
    expect(applyTextChange(value, on)).toBe('- Un\n- Deux\n\nTrois');
    const listed = applyTextChange(value, on);
    expect(applyTextChange(listed, toggleBlock(listed, 0, 10, 'list'))).toBe(value);
  });

  it('keeps a caret on the same character of its line', () => {
    const value = 'Titre';
    expect(shown(value, toggleBlock(value, 2, 2, 'heading'))).toBe('## Ti|tre');
    expect(shown('## Titre', toggleBlock('## Titre', 5, 5, 'heading'))).toBe('Ti|tre');
  });

  it('turns a level-3 heading into a level-2 one instead of removing it', () => {
    expect(applyTextChange('### Titre', toggleBlock('### Titre', 0, 0, 'heading'))).toBe('## Titre');
  });

  it('inserts a selected placeholder on an empty line, and a blank line before the text that follows a quote', () => {
    expect(shown('Avant\n\nSuite', toggleBlock('Avant\n\nSuite', 6, 6, 'quote'))).toBe('Avant\n> [Citation]\n\nSuite');
    expect(shown('', toggleBlock('', 0, 0, 'heading'))).toBe('## [Intertitre]');
  });

  it('works on an empty first line followed by text', () => {
    expect(shown('\nSuite', toggleBlock('\nSuite', 0, 0, 'quote'))).toBe('> [Citation]\n\nSuite');
    expect(shown('\nSuite', toggleBlock('\nSuite', 0, 0, 'heading'))).toBe('## [Intertitre]\nSuite');
  });

  it('does not touch the next line when the selection ends just after a line break', () => {
    const value = 'Un\nDeux';
    expect(applyTextChange(value, toggleBlock(value, 0, 3, 'quote'))).toBe('> Un\n\nDeux');
  });
});

describe('links', () => {
  it('accept http(s) addresses and the site’s own paths only, with parentheses escaped', () => {
    expect(normaliseLinkUrl(' https://example.org/a(b) ')).toBe('https://example.org/a%28b%29');
    expect(normaliseLinkUrl('/politique/un-article')).toBe('/politique/un-article');
    for (const refused of [
      'javascript:alert(1)',
      '//ailleurs.example',
      '/\\ailleurs.example',
      'https://',
      'ftp://example.org',
      'example.org',
    ]) {
      expect(normaliseLinkUrl(refused)).toBeNull();
    }
  });

  it('wrap the selected text and put the caret after the link', () => {
    const value = 'Lire  la suite ';
    expect(shown(value, insertLink(value, 4, 15, '/a'))).toBe('Lire  [la suite](/a)| ');
  });

  it('insert a selected placeholder without a selection, and escape brackets in the text', () => {
    expect(shown('', insertLink('', 0, 0, '/a'))).toBe('[[texte du lien]](/a)');
    expect(applyTextChange('[1]', insertLink('[1]', 0, 3, '/a'))).toBe('[\\[1\\]](/a)');
  });
});

describe('links made and changed in the link dialog', () => {
  const body =
    'Lire [le budget](/politique/budget) et [l’avis \\[PDF\\]](https://example.org/avis "Avis"), pas ![une image](/i.webp) ni \\[ceci](/non).';

  it('inserts the dialog’s words over the selection, spaces kept outside', () => {
    expect(shown('Voir  ici ', insertLink('Voir  ici ', 4, 10, '/a', 'le dossier'))).toBe('Voir  [le dossier](/a)| ');
    expect(shown('Voir', insertLink('Voir', 4, 4, '/a', '  '))).toBe('Voir[[texte du lien]](/a)');
  });

  it('finds the links of a body, not pictures nor escaped brackets, their words unescaped', () => {
    expect(findLinks(body)).toEqual([
      { from: 5, to: 35, text: 'le budget', url: '/politique/budget' },
      { from: 39, to: body.indexOf(', pas'), text: 'l’avis [PDF]', url: 'https://example.org/avis' },
    ]);
    expect(findLinks('[a](<https://example.org/x y>) [b](https://example.org/a_(b))')).toMatchObject([
      { text: 'a', url: 'https://example.org/x y' },
      { text: 'b', url: 'https://example.org/a_(b)' },
    ]);
    expect(findLinks('[pas fini](https://example.org\n)')).toEqual([]);
  });

  it('finds the link around a caret or a selection, and none beside it', () => {
    const at = (caret: number, end = caret) => findLinkAt(body, caret, end)?.text ?? null;
    expect(at(6)).toBe('le budget');
    expect(at(20)).toBe('le budget');
    expect(at(5, 35)).toBe('le budget');
    expect(at(5)).toBeNull(); // just before « [ »
    expect(at(35)).toBeNull(); // just after « ) »
    expect(at(30, 40)).toBeNull(); // over two things
    expect(at(60)).toBe('l’avis [PDF]');
    expect(at(body.indexOf('une image'))).toBeNull();
  });

  it('finds the link the preview’s n-th link to an address comes from, encoded or not', () => {
    const value = '[un](/vie/été) et [deux](/vie/été) puis [trois](/autre)';
    expect(findLinkByAddress(value, '/vie/%C3%A9t%C3%A9', 1)?.text).toBe('deux');
    expect(findLinkByAddress(value, '/autre', 0)?.text).toBe('trois');
    expect(findLinkByAddress(value, '/autre', 1)).toBeNull();
  });

  it('replaces a link’s words and address, and takes a link off keeping its words', () => {
    const [, avis] = findLinks(body);
    expect(applyTextChange(body, replaceLink(avis, 'l’avis [complet]', 'https://example.org/v2'))).toBe(
      'Lire [le budget](/politique/budget) et [l’avis \\[complet\\]](https://example.org/v2), pas ![une image](/i.webp) ni \\[ceci](/non).',
    );
    const [budget] = findLinks(body);
    expect(shown(body, replaceLink(budget, '', '/a')).slice(0, 30)).toBe('Lire [[texte du lien]](/a) et ');
    expect(applyTextChange(body, removeLink(avis))).toBe(
      body.replace('[l’avis \\[PDF\\]](https://example.org/avis "Avis")', 'l’avis \\[PDF\\]'),
    );
  });

  it('checks an address typed in the dialog, with a French reason when refused', () => {
    expect(checkLinkAddress(' https://example.org/a ')).toEqual({ ok: true, url: 'https://example.org/a' });
    expect(checkLinkAddress('/politique/budget')).toEqual({ ok: true, url: '/politique/budget' });
    expect(checkLinkAddress('')).toMatchObject({ ok: false, message: expect.stringContaining('Indiquez l’adresse') });
    for (const refused of ['javascript:alert(1)', 'www.example.org', 'ftp://example.org/f']) {
      expect(checkLinkAddress(refused)).toEqual({ ok: false, message: expect.stringContaining('https:// ou http://') });
    }
  });
});

describe('pictures in the text (insertImageBlock)', () => {
  it('go in as their own paragraph, the placeholder selected', () => {
    expect(shown('Un.', insertImageBlock('Un.', 3, 3, '![ALT](/i.webp)', 'ALT'))).toBe('Un.\n\n![[ALT]](/i.webp)\n');
    expect(shown('', insertImageBlock('', 0, 0, '![x](/i.webp)', 'ALT'))).toBe('![x](/i.webp)\n|');
  });
});

describe('counts and keys', () => {
  it('count the words readers see and at least one minute of reading', () => {
    expect(countWords('## L’été\n\nUn [lien](https://example.org/mots-caches) peut-être.')).toBe(4);
    expect(countWords('')).toBe(0);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(231)).toBe(2);
  });

  it('move through the toolbar with wrapping arrows, Home and End', () => {
    expect(toolbarIndexAfterKey('ArrowRight', 6, 7)).toBe(0);
    expect(toolbarIndexAfterKey('ArrowLeft', 0, 7)).toBe(6);
    expect(toolbarIndexAfterKey('Home', 4, 7)).toBe(0);
    expect(toolbarIndexAfterKey('End', 0, 7)).toBe(6);
    expect(toolbarIndexAfterKey('a', 0, 7)).toBeNull();
  });

  it('switch between « Écrire » and « Aperçu » with arrows, Home and End', () => {
    expect(tabAfterKey('ArrowRight', 'write')).toBe('preview');
    expect(tabAfterKey('ArrowLeft', 'preview')).toBe('write');
    expect(tabAfterKey('Home', 'preview')).toBe('write');
    expect(tabAfterKey('End', 'write')).toBe('preview');
    expect(tabAfterKey('Enter', 'write')).toBeNull();
  });
});
