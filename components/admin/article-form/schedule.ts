/**
 * The « Programmer la publication le » field: a `datetime-local` value in Paris time, read from and
 * back to the instant the server stores.
 */
import { parseParisDateTime, toParisInputValue } from '@/lib/french/dates';

/** The field's value for a stored instant (ISO string), empty when nothing is scheduled. */
export function scheduleInputValue(iso: string | null): string {
  return iso ? toParisInputValue(new Date(iso)) : '';
}

/** The instant a field's value means (Paris time), null when empty or not a date. */
export function scheduledDate(value: string): Date | null {
  return value ? parseParisDateTime(value) : null;
}
