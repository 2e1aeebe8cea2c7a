import { describe, expect, it } from 'vitest';
import { child, childrenNamed, parseXml } from '../../tests/support/mini-xml';
import { renderRss, toRfc822, type TRssChannel, type TRssItem } from './rss';
import { escapeXml, stripInvalidXmlChars } from './xml';

const item = (over: Partial<TRssItem> = {}): TRssItem => ({
  title: 'Le budget adopté',
  link: 'https://www.dakarinfo.sn/politique/le-budget-adopte',
  description: 'L’Assemblée a voté le texte.',
  creator: 'Awa Ndiaye',
  category: 'Politique',
  publishedAt: new Date('2026-11-27T19:47:00Z'),
  updatedAt: new Date('2026-11-27T19:47:00Z'),
  ...over,
});

const channel = (items: TRssItem[], over: Partial<TRssChannel> = {}): TRssChannel => ({
  title: 'Dakarinfo — Politique',
  link: 'https://www.dakarinfo.sn/politique',
  description: 'La vie politique.',
  selfUrl: 'https://www.dakarinfo.sn/politique/rss.xml',
  language: 'fr-FR',
  lastBuildDate: new Date('2026-11-28T08:00:00Z'),
  items,
  ...over,
});

describe('escapeXml', () => {
  it('escapes the five markup characters, & first so nothing is escaped twice', () => {
    expect(escapeXml(`Tom & Jerry <b>"gras"</b> l'été`)).toBe('Tom &amp; Jerry &lt;b&gt;&quot;gras&quot;&lt;/b&gt; l&apos;été');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('keeps French text, emoji and astral characters as they are', () => {
    expect(escapeXml('« Œuvre » à Dakar\u00a0: 🇸🇳 𝄞')).toBe('« Œuvre » à Dakar\u00a0: 🇸🇳 𝄞');
  });
});

describe('stripInvalidXmlChars', () => {
  it('drops what XML 1.0 forbids and keeps tab, line feed, carriage return', () => {
    const controls = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('');
    expect(stripInvalidXmlChars(`a${controls}b`)).toBe('a\t\n\rb');
    expect(stripInvalidXmlChars('a\u0000b\u0008c\u000bd\u000ce\u001ff')).toBe('abcdef');
    expect(stripInvalidXmlChars('x\ufffey\uffffz')).toBe('xyz');
  });

  it('drops lone surrogates but keeps surrogate pairs', () => {
    expect(stripInvalidXmlChars('a\ud800b\udc00c')).toBe('abc');
    expect(stripInvalidXmlChars('a\ud83d\ude00b')).toBe('a😀b');
  });
});

describe('toRfc822', () => {
  it('writes RFC 822 dates in UTC with a four-digit year', () => {
    expect(toRfc822(new Date('2026-11-27T19:47:00Z'))).toBe('Fri, 27 Nov 2026 19:47:00 +0000');
    expect(toRfc822(new Date('2027-03-01T04:05:06.789Z'))).toBe('Mon, 01 Mar 2027 04:05:06 +0000');
  });

  it('is independent of the server’s time zone (a Paris evening is the same instant)', () => {
    expect(toRfc822(new Date('2026-12-31T23:30:00+01:00'))).toBe('Thu, 31 Dec 2026 22:30:00 +0000');
  });
});

describe('renderRss', () => {
  it('renders a channel that parses, with its namespaces, self link and items in the given order', () => {
    const newer = item({
      title: 'Deuxième',
      link: 'https://www.dakarinfo.sn/politique/deuxieme',
      publishedAt: new Date('2026-11-28T07:00:00Z'),
      updatedAt: new Date('2026-11-28T07:30:00Z'),
    });
    const xml = renderRss(channel([newer, item()]));
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    const rss = parseXml(xml);
    expect(rss.name).toBe('rss');
    expect(rss.attrs.version).toBe('2.0');
    const ch = child(rss, 'channel');
    expect(child(ch, 'title').text).toBe('Dakarinfo — Politique');
    expect(child(ch, 'link').text).toBe('https://www.dakarinfo.sn/politique');
    expect(child(ch, 'language').text).toBe('fr-FR');
    expect(child(ch, 'lastBuildDate').text).toBe('Sat, 28 Nov 2026 08:00:00 +0000');
    expect(child(ch, 'atom:link').attrs).toEqual({
      href: 'https://www.dakarinfo.sn/politique/rss.xml',
      rel: 'self',
      type: 'application/rss+xml',
    });

    const items = childrenNamed(ch, 'item');
    expect(items.map((i) => child(i, 'title').text)).toEqual(['Deuxième', 'Le budget adopté']);
    const first = items[0];
    expect(child(first, 'link').text).toBe('https://www.dakarinfo.sn/politique/deuxieme');
    expect(child(first, 'guid').attrs.isPermaLink).toBe('true');
    expect(child(first, 'guid').text).toBe(child(first, 'link').text);
    expect(child(first, 'description').text).toBe('L’Assemblée a voté le texte.');
    expect(child(first, 'dc:creator').text).toBe('Awa Ndiaye');
    expect(child(first, 'category').text).toBe('Politique');
    expect(child(first, 'pubDate').text).toBe('Sat, 28 Nov 2026 07:00:00 +0000');
    expect(child(first, 'atom:updated').text).toBe('2026-11-28T07:30:00.000Z');
  });

  it('gives a story’s picture as Media RSS, with its size and what it shows', () => {
    const image = {
      url: 'https://www.dakarinfo.sn/medias/abc-1200.jpg',
      width: 1200,
      height: 675,
      alt: 'Des pirogues & leurs « couleurs »',
    };
    const xml = renderRss(channel([item({ image }), item({ title: 'Sans image' })]));
    expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
    const [withImage, without] = childrenNamed(child(parseXml(xml), 'channel'), 'item');
    const media = child(withImage, 'media:content');
    expect(media.attrs).toMatchObject({ url: image.url, type: 'image/jpeg', medium: 'image', width: '1200', height: '675' });
    expect(child(media, 'media:description').text).toBe(image.alt);
    expect(childrenNamed(without, 'media:content')).toHaveLength(0);
  });

  it('names the site’s logo as the channel’s image when the newsroom set one', () => {
    const xml = renderRss(channel([], { image: { url: 'https://example.org/medias/abc-900.png' } }));
    const image = child(child(parseXml(xml), 'channel'), 'image');
    expect(child(image, 'url').text).toBe('https://example.org/medias/abc-900.png');
    expect(child(image, 'link').text).toBeTruthy();
    expect(child(image, 'title').text).toBeTruthy();
    expect(childrenNamed(child(parseXml(renderRss(channel([]))), 'channel'), 'image')).toHaveLength(0);
  });

  it('keeps hostile titles as text: markup, entities, quotes and </rss> come back verbatim', () => {
    const title = `<script>alert("x")</script> & l'« été » </item></channel></rss> &amp;`;
    const ch = child(parseXml(renderRss(channel([item({ title, description: title, creator: `O'Neil & <Fils>` })]))), 'channel');
    const only = child(ch, 'item');
    expect(child(only, 'title').text).toBe(title);
    expect(child(only, 'description').text).toBe(title);
    expect(child(only, 'dc:creator').text).toBe(`O'Neil & <Fils>`);
  });

  it('escapes the feed’s own URLs, attribute included', () => {
    const xml = renderRss(channel([], { selfUrl: 'https://example.org/rss.xml?a=1&b="2"' }));
    expect(xml).toContain('href="https://example.org/rss.xml?a=1&amp;b=&quot;2&quot;"');
    expect(child(child(parseXml(xml), 'channel'), 'atom:link').attrs.href).toBe('https://example.org/rss.xml?a=1&b="2"');
  });

  it('strips characters XML 1.0 forbids, so a stray control character cannot break the feed', () => {
    const xml = renderRss(
      channel([item({ title: 'Un\u0000 titre\u0008 sale\u000b\ufffe', description: 'ok\u001f' })], { description: 'desc\u0001' }),
    );
    expect(() => parseXml(xml)).not.toThrow();
    const only = child(child(parseXml(xml), 'channel'), 'item');
    expect(child(only, 'title').text).toBe('Un titre sale');
    expect(child(only, 'description').text).toBe('ok');
  });

  it('renders an empty channel and omits an absent category', () => {
    const ch = child(parseXml(renderRss(channel([]))), 'channel');
    expect(childrenNamed(ch, 'item')).toHaveLength(0);
    const noCategory = child(parseXml(renderRss(channel([item({ category: undefined })]))), 'channel');
    expect(childrenNamed(child(noCategory, 'item'), 'category')).toHaveLength(0);
  });
});

describe('the test parser itself', () => {
  it('rejects what a real XML parser rejects', () => {
    for (const bad of [
      '<a>&</a>',
      '<a><b></a></b>',
      '<a x=1/>',
      '<a x="1" x="2"/>',
      '<a>\u0001</a>',
      '<p:a/>',
      '<a/><b/>',
      '<a>&nbsp;</a>',
      '<a x="<"/>',
    ]) {
      expect(() => parseXml(bad), bad).toThrow();
    }
  });
});
