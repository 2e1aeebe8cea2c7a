/**
 * The two things every XML document we write needs: text with only characters XML 1.0 allows, and
 * the five markup characters escaped. Pure; shared by the RSS feeds and the sitemaps.
 */

/**
 * Everything outside XML 1.0's Char production: C0 controls but tab, line feed and carriage return
 * (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), lone surrogates, U+FFFE and U+FFFF. A single
 * one makes a whole feed unreadable, so they are dropped rather than escaped (no escape exists).
 */
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(value: string): string {
  return value.replace(INVALID_XML_CHARS, '');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe both between tags and inside a quoted attribute. */
export function escapeXml(value: string): string {
  return stripInvalidXmlChars(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** `<name>text</name>`, the text cleaned and escaped. */
export function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

/** W3C Datetime (ISO 8601, UTC), as sitemaps and Atom want: `2026-11-27T19:47:00.000Z`. */
export function toW3cDateTime(date: Date): string {
  return date.toISOString();
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
