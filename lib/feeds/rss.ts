/**
 * RSS 2.0 feeds (`/rss.xml`, `/{rubrique}/rss.xml`), rendered from plain objects. Pure.
 *
 * Namespaces: `atom` for the channel's `atom:link rel="self"` (RSS Advisory Board best practice)
 * and for each item's `atom:updated`; `dc` for `dc:creator` (the author's name: RSS's own `author`
 * element must be an e-mail address, which we do not publish).
 *
 * The modification date is `atom:updated`, not `dc:date`: Atom defines `updated` as « the most
 * recent instant in time when an entry was modified in a way the publisher considers significant »
 * — exactly our rule, where only an editor's « mise à jour » moves it and a silent fix does not —
 * whereas `dc:date` is any lifecycle date and several readers take it for the publication date.
 * It is written in RFC 3339 as Atom requires; `pubDate` and `lastBuildDate` are RFC 822 as RSS does.
 *
 * A story's picture is a Media RSS `media:content` (with its size and its alt text as `media:description`),
 * which feed readers show beside the item; RSS's own `enclosure` is meant for podcasts and wants a length.
 */
import { element, escapeXml, toW3cDateTime, XML_DECLARATION } from './xml';

export type TRssItem = {
  title: string;
  /** Absolute URL of the story; also its permanent guid. */
  link: string;
  /** The chapô, plain text. */
  description: string;
  /** The author's name (dc:creator). */
  creator: string;
  /** The rubrique's name. */
  category?: string;
  publishedAt: Date;
  /** lastUpdatedAt ?? publishedAt: moved only by a public « mise à jour ». */
  updatedAt: Date;
  /** The story's picture: absolute URL of its JPEG, its size and what it shows. */
  image?: { url: string; width: number; height: number; alt: string };
};

export type TRssChannel = {
  title: string;
  /** Absolute URL of the page the feed mirrors. */
  link: string;
  description: string;
  /** Absolute URL of the feed itself (atom:link rel="self"). */
  selfUrl: string;
  language: string;
  lastBuildDate: Date;
  /** The site's logo (« Réglages du site »), absolute: readers show it beside the feed's title. */
  image?: { url: string };
  items: TRssItem[];
};

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** RFC 822 (with a four-digit year, as RSS 2.0 recommends), in UTC: `Fri, 27 Nov 2026 19:47:00 +0000`. */
export function toRfc822(date: Date): string {
  return (
    `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} +0000`
  );
}

function renderItem(item: TRssItem): string {
  return [
    '    <item>',
    `      ${element('title', item.title)}`,
    `      ${element('link', item.link)}`,
    `      <guid isPermaLink="true">${escapeXml(item.link)}</guid>`,
    `      ${element('description', item.description)}`,
    `      ${element('dc:creator', item.creator)}`,
    ...(item.category ? [`      ${element('category', item.category)}`] : []),
    `      ${element('pubDate', toRfc822(item.publishedAt))}`,
    `      ${element('atom:updated', toW3cDateTime(item.updatedAt))}`,
    ...(item.image
      ? [
          `      <media:content url="${escapeXml(item.image.url)}" type="image/jpeg" medium="image" width="${item.image.width}" height="${item.image.height}">`,
          ...(item.image.alt ? [`        ${element('media:description', item.image.alt)}`] : []),
          '      </media:content>',
        ]
      : []),
    '    </item>',
  ].join('\n');
}

export function renderRss(channel: TRssChannel): string {
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">',
    '  <channel>',
    `    ${element('title', channel.title)}`,
    `    ${element('link', channel.link)}`,
    `    ${element('description', channel.description)}`,
    `    ${element('language', channel.language)}`,
    `    ${element('lastBuildDate', toRfc822(channel.lastBuildDate))}`,
    ...(channel.image
      ? [
          '    <image>',
          `      ${element('url', channel.image.url)}`,
          `      ${element('title', channel.title)}`,
          `      ${element('link', channel.link)}`,
          '    </image>',
        ]
      : []),
    `    <atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...channel.items.map(renderItem),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
