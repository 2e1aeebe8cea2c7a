/**
 * French dates for readers: the site's time zone (Europe/Paris unless the newsroom chose another in
 * « Réglages du site », lib/site-settings.ts), fr-FR words, « 1er » for the first of the month,
 * hours written « 20 h 47 » as French newsrooms do.
 */

const DEFAULT_TIME_ZONE = 'Europe/Paris';

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

let displayTimeZone = DEFAULT_TIME_ZONE;
let partsFormatter = formatterFor(DEFAULT_TIME_ZONE);

type TDateParts = { day: string; month: string; year: string; hour: string; minute: string };

/**
 * The parts of every minute already formatted: a page lists dozens of stories, each with its date,
 * and `formatToParts` is the costliest step of a card. Bounded: emptied when it grows past the limit.
 */
const PARTS_CACHE_MAX = 20_000;
const partsCache = new Map<number, TDateParts>();

/** Whether `timeZone` is an IANA zone this runtime knows (« Europe/Paris », « Africa/Dakar »). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('fr-FR', { timeZone });
    return timeZone.includes('/') || timeZone === 'UTC';
  } catch {
    return false;
  }
}

/** The time zone every date below is shown in: the site's (lib/site-settings.ts `applySiteIdentity`). */
export function setDisplayTimeZone(timeZone: string): void {
  if (timeZone === displayTimeZone || !isKnownTimeZone(timeZone)) return;
  displayTimeZone = timeZone;
  partsFormatter = formatterFor(timeZone);
  partsCache.clear();
}

export function getDisplayTimeZone(): string {
  return displayTimeZone;
}

function partsOf(date: Date): TDateParts {
  const minute = Math.floor(date.getTime() / 60_000);
  const kept = partsCache.get(minute);
  if (kept) return kept;
  const parts: Partial<TDateParts> = {};
  for (const part of partsFormatter.formatToParts(date)) {
    if (part.type === 'day' || part.type === 'month' || part.type === 'year' || part.type === 'hour' || part.type === 'minute') {
      parts[part.type] = part.value;
    }
  }
  if (partsCache.size >= PARTS_CACHE_MAX) partsCache.clear();
  partsCache.set(minute, parts as TDateParts);
  return parts as TDateParts;
}

const NBSP = '\u00a0';

/** « 1er décembre 2026 », « 27 novembre 2026 ». */
export function formatDate(date: Date): string {
  const { day, month, year } = partsOf(date);
  return `${day === '1' ? '1er' : day}${NBSP}${month}${NBSP}${year}`;
}

/** « 20 h 47 », « 9 h 05 ». */
export function formatTime(date: Date): string {
  const { hour, minute } = partsOf(date);
  return `${Number(hour)}${NBSP}h${NBSP}${minute}`;
}

/** « 27 novembre 2026 à 20 h 47 ». */
export function formatDateTime(date: Date): string {
  return `${formatDate(date)} à ${formatTime(date)}`;
}

/**
 * « 7 décembre à 14 h 02 » within the current year (in Paris), « 7 décembre 2025 à 14 h 02 » before:
 * the newsroom's recent acts (a story sent back, a comment), where the year would only be noise.
 */
export function formatRecentDateTime(date: Date, now: Date = new Date()): string {
  const { day, month, year } = partsOf(date);
  if (year !== partsOf(now).year) return formatDateTime(date);
  return `${day === '1' ? '1er' : day}${NBSP}${month} à ${formatTime(date)}`;
}

/** ISO 8601 for `<time datetime>` and machine-readable metadata. */
export function toIsoString(date: Date): string {
  return date.toISOString();
}

/** Offset of Paris from UTC at `date`, in minutes (60 in winter, 120 in summer). */
function parisOffsetMinutes(date: Date): number {
  const { day, month, year, hour, minute } = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: DEFAULT_TIME_ZONE,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>;
  return (Date.UTC(year, month - 1, day, hour, minute) - Math.floor(date.getTime() / 60_000) * 60_000) / 60_000;
}

/** « 2026-11-28T09:30 » typed in a form, read as Paris time; null when it is not a real date. */
export function parseParisDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // Two passes settle the offset across a daylight-saving change.
  let guess = new Date(asUtc - parisOffsetMinutes(new Date(asUtc)) * 60_000);
  guess = new Date(asUtc - parisOffsetMinutes(guess) * 60_000);
  return guess;
}

/** The value for an `<input type="datetime-local">` showing `date` in Paris time. */
export function toParisInputValue(date: Date): string {
  const shifted = new Date(date.getTime() + parisOffsetMinutes(date) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
