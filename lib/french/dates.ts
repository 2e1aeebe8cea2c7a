/**
 * French dates for readers: Europe/Paris time, fr-FR words, « 1er » for the first of the month,
 * hours written « 20 h 47 » as French newsrooms do.
 */

const TIME_ZONE = 'Europe/Paris';

const partsFormatter = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

type TDateParts = { day: string; month: string; year: string; hour: string; minute: string };

function partsOf(date: Date): TDateParts {
  const parts: Partial<TDateParts> = {};
  for (const part of partsFormatter.formatToParts(date)) {
    if (part.type === 'day' || part.type === 'month' || part.type === 'year' || part.type === 'hour' || part.type === 'minute') {
      parts[part.type] = part.value;
    }
  }
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

/** ISO 8601 for `<time datetime>` and machine-readable metadata. */
export function toIsoString(date: Date): string {
  return date.toISOString();
}
