import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime } from './french/dates';
import { applySiteIdentity, DEFAULT_IDENTITY, documentTitle, siteIdentity, TITLE_MAX, trimAtWord } from './site-settings';

afterEach(() => applySiteIdentity(DEFAULT_IDENTITY));

describe('documentTitle', () => {
  it('adds the site’s name when it fits', () => {
    expect(documentTitle('Politique')).toBe('Politique — Dakarinfo');
  });

  it('keeps a long headline within what search results show, cut at a word', () => {
    const headline = 'À l’Assemblée nationale, le budget de la culture adopté après trois nuits de débats sur les théâtres de province';
    const title = documentTitle(headline);
    expect(title.length).toBeLessThanOrEqual(TITLE_MAX);
    expect(title.endsWith('…')).toBe(true);
    expect(headline.startsWith(title.slice(0, -1))).toBe(true);
    expect(title).not.toMatch(/\s…$/);
  });

  it('uses the name the newsroom set', () => {
    applySiteIdentity({ ...DEFAULT_IDENTITY, name: 'Le Quotidien' }, 1);
    expect(documentTitle('Culture')).toBe('Culture — Le Quotidien');
  });
});

describe('trimAtWord', () => {
  it('leaves a short text alone', () => {
    expect(trimAtWord('Court', 10)).toBe('Court');
  });
});

describe('applySiteIdentity', () => {
  it('never lets an older read replace a newer one', () => {
    applySiteIdentity({ ...DEFAULT_IDENTITY, name: 'Nouveau' }, 5);
    applySiteIdentity({ ...DEFAULT_IDENTITY, name: 'Ancien' }, 4);
    expect(siteIdentity().name).toBe('Nouveau');
  });

  it('shows every date in the site’s time zone', () => {
    const date = new Date('2026-07-01T12:00:00Z');
    expect(formatDateTime(date)).toBe('1er\u00a0juillet\u00a02026 à 14\u00a0h\u00a000');
    applySiteIdentity({ ...DEFAULT_IDENTITY, timeZone: 'Africa/Dakar' }, 6);
    expect(formatDateTime(date)).toBe('1er\u00a0juillet\u00a02026 à 12\u00a0h\u00a000');
  });
});
