import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatRecentDateTime, formatTime } from './dates';

const NBSP = '\u00a0';
const plain = (s: string) => s.replaceAll(NBSP, ' ');

describe('French dates', () => {
  it('writes the day, month and time the way French newsrooms do, in Paris time', () => {
    // 19:47 UTC is 20:47 in Paris in November (UTC+1).
    expect(plain(formatDateTime(new Date('2026-11-27T19:47:00Z')))).toBe('27 novembre 2026 à 20 h 47');
  });

  it('writes « 1er » for the first of the month', () => {
    expect(plain(formatDate(new Date('2026-12-01T10:00:00Z')))).toBe('1er décembre 2026');
  });

  it('follows summer time', () => {
    // 06:05 UTC is 08:05 in Paris in July (UTC+2).
    expect(plain(formatTime(new Date('2026-07-14T06:05:00Z')))).toBe('8 h 05');
  });

  it('counts the day in Paris, not in UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(plain(formatDateTime(new Date('2026-12-31T23:30:00Z')))).toBe('1er janvier 2027 à 0 h 30');
  });

  it('keeps the day, month and year together with non-breaking spaces', () => {
    expect(formatDate(new Date('2026-11-27T12:00:00Z'))).toBe(`27${NBSP}novembre${NBSP}2026`);
  });
});

describe('recent acts in the newsroom', () => {
  it('leaves the year out within the current year, in Paris', () => {
    const now = new Date('2026-12-07T16:00:00Z');
    expect(plain(formatRecentDateTime(new Date('2026-12-07T13:02:00Z'), now))).toBe('7 décembre à 14 h 02');
    expect(plain(formatRecentDateTime(new Date('2026-03-01T08:00:00Z'), now))).toBe('1er mars à 9 h 00');
  });

  it('says the year of an older one, counted in Paris', () => {
    expect(plain(formatRecentDateTime(new Date('2025-12-07T13:02:00Z'), new Date('2026-01-02T12:00:00Z')))).toBe(
      '7 décembre 2025 à 14 h 02',
    );
    // 23:30 UTC on 31 December 2026 is already 2027 in Paris.
    expect(plain(formatRecentDateTime(new Date('2026-12-31T23:30:00Z'), new Date('2027-01-01T10:00:00Z')))).toBe('1er janvier à 0 h 30');
  });
});

describe('Paris times typed in forms', () => {
  it('reads a datetime-local value as Paris time, winter and summer', async () => {
    const { parseParisDateTime, toParisInputValue } = await import('./dates');
    expect(parseParisDateTime('2026-11-28T09:30')?.toISOString()).toBe('2026-11-28T08:30:00.000Z');
    expect(parseParisDateTime('2026-07-14T09:30')?.toISOString()).toBe('2026-07-14T07:30:00.000Z');
    expect(toParisInputValue(new Date('2026-07-14T07:30:00Z'))).toBe('2026-07-14T09:30');
  });

  it('refuses what is not a date', async () => {
    const { parseParisDateTime } = await import('./dates');
    for (const bad of ['', 'demain', '2026-02-30T10:00', '2026-11-28T25:00', '2026-11-28 09:30', "2026-11-28T09:30'; DROP"]) {
      expect(parseParisDateTime(bad)).toBeNull();
    }
  });
});
