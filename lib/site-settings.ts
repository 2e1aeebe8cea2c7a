/**
 * The site's facts, in one place: its name, its line, its logo, its colour, how a page's title is
 * written, the time zone of every date shown. The newsroom's admins set the identity in « Réglages du
 * site » (/admin/reglages, lib/data/site-identity.ts); until they do, the defaults below hold. Every
 * renderer reads the identity in force from here — readers' pages (lib/readers, which load it once
 * per purge: lib/readers/identity.ts), the newsroom's root layout (app/layout.tsx), feeds and
 * structured data. The public address is read at run time (lib/site-url.ts), not here: one build
 * serves any host.
 */
import { setDisplayTimeZone } from './french/dates';
import { applyFrenchTypography } from './french/typography';

/** A stored picture the identity names (lib/data/images.ts): its id and its size. */
export type TIdentityImage = { id: string; width: number; height: number };

export type TSiteIdentity = {
  name: string;
  tagline: string;
  /** The logo (PNG, kept with its transparency: lib/media/process-logo.ts), shown in the header and given as the publisher's logo. */
  logo: TIdentityImage | null;
  /** The picture networks show for a page or story without one of its own, and what it shows. */
  socialImage: (TIdentityImage & { alt: string }) | null;
  /** The public address (`https://…`, no path), when the newsroom gives one; else the environment's (lib/site-url.ts). */
  publicUrl: string | null;
  /** The IANA time zone of every date shown (« Europe/Paris »). */
  timeZone: string;
  /** The « mentions légales »: each a few lines of plain text, shown on /mentions-legales, the first line in the footer. */
  legal: { publisher: string; director: string; host: string };
};

export const SITE_NAME = 'Dakarinfo';
export const DEFAULT_TAGLINE = applyFrenchTypography('Manchettes, politique et culture françaises');
export const DEFAULT_TIME_ZONE = 'Europe/Paris';
export const SITE_LOCALE = 'fr_FR';
export const THEME_COLOR = '#9f1820';
export const VIEWPORT_CONTENT = 'width=device-width, initial-scale=1';

export const DEFAULT_IDENTITY: TSiteIdentity = Object.freeze({
  name: SITE_NAME,
  tagline: DEFAULT_TAGLINE,
  logo: null,
  socialImage: null,
  publicUrl: null,
  timeZone: DEFAULT_TIME_ZONE,
  legal: Object.freeze({ publisher: '', director: '', host: '' }),
});

/**
 * The identity in force in this process. Written only by `applySiteIdentity`, which the readers'
 * renderer calls with what it read from PostgreSQL once per purge (lib/readers/identity.ts), and
 * the newsroom's and the feeds' routes with theirs (lib/data/site-identity.ts `loadSiteIdentity`).
 * Every page rendered after a purge reads the new one; one rendered before is refused by the caches.
 */
let current: { identity: TSiteIdentity; generation: number } = { identity: DEFAULT_IDENTITY, generation: -1 };

export function siteIdentity(): TSiteIdentity {
  return current.identity;
}

/**
 * Puts an identity in force. `generation`: when it was read (the page cache's purge counter); an older
 * read than the one in force is ignored, so a slow render can never put back what a change replaced.
 */
export function applySiteIdentity(identity: TSiteIdentity, generation?: number): void {
  if (generation !== undefined && generation < current.generation) return;
  current = { identity, generation: generation ?? current.generation };
  setDisplayTimeZone(identity.timeZone);
}

/** The site's name as the newsroom set it. */
export function siteName(): string {
  return current.identity.name;
}

/** « Dakarinfo — Manchettes, politique et culture françaises »: the home page's title. */
export function defaultTitle(): string {
  return `${siteName()} — ${current.identity.tagline}`;
}

/**
 * What search results show of a title: about 60 characters on a phone, 70 on a computer. A longer one
 * is cut at a word and ends with « … », before the site's name is added.
 */
export const TITLE_MAX = 70;

/** `text` within `max` characters, cut at a word (« … » added); as it is when it fits. */
export function trimAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.search(/[\s\u00a0\u202f][^\s\u00a0\u202f]*$/);
  const words = (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s\u00a0\u202f,;:—–-]+$/, '');
  return `${words}…`;
}

/**
 * A page's own title inside the site's template « %s — Dakarinfo » (a `{ absolute }` title stands
 * alone), kept within `TITLE_MAX` characters: the site's name is left out when the page's title
 * alone fills them, and a title still too long is cut at a word.
 */
export function documentTitle(title: string | { absolute: string }): string {
  if (typeof title !== 'string') return trimAtWord(title.absolute, TITLE_MAX);
  const suffix = ` — ${siteName()}`;
  if (title.length + suffix.length <= TITLE_MAX) return `${title}${suffix}`;
  return trimAtWord(title, TITLE_MAX);
}
