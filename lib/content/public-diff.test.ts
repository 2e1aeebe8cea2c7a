import { describe, expect, it } from 'vitest';
import { chooseDiff, publicVersions, type TPublicDiffRevision, type TWorkflowLine } from './public-diff';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 8, 10, minute));
const rev = (version: number, minute: number, shown: string): TPublicDiffRevision => ({ version, createdAt: at(minute), shown });
const line = (action: string, minute: number, version?: number): TWorkflowLine => ({
  action,
  createdAt: at(minute),
  details: version === undefined ? { scheduled: true } : { version },
});

describe('publicVersions', () => {
  it('leaves out drafts before publication and the version an unpublish wrote', () => {
    const revisions = [rev(1, 0, 'a'), rev(2, 1, 'b'), rev(3, 2, 'c'), rev(4, 3, 'd'), rev(5, 4, 'e'), rev(6, 5, 'f')];
    const lines = [line('article.publish', 2, 3), line('article.unpublish', 4, 5), line('article.publish', 5, 6)];
    expect(publicVersions(revisions, lines, at(2))).toEqual([3, 4, 6]);
  });

  it('counts the version current when the scheduler published it', () => {
    const revisions = [rev(1, 0, 'a'), rev(2, 1, 'b'), rev(3, 9, 'c')];
    expect(publicVersions(revisions, [line('article.publish', 5)], at(5))).toEqual([2, 3]);
  });

  it('falls back on publishedAt without a journal', () => {
    expect(publicVersions([rev(1, 0, 'a'), rev(2, 3, 'b')], [], at(5))).toEqual([2]);
  });
});

describe('chooseDiff', () => {
  const published = [line('article.publish', 1, 2)];

  it('shows the change an entry covers, not the silent fix before it', () => {
    const revisions = [rev(1, 0, 'draft'), rev(2, 1, 'v2'), rev(3, 2, 'v2 typo fixed'), rev(4, 3, 'corrected')];
    expect(chooseDiff(revisions, published, at(1), at(4), [])).toEqual({ kind: 'diff', before: 3, after: 4 });
  });

  it('leaves out a silent fix made after the entry', () => {
    const revisions = [rev(1, 0, 'draft'), rev(2, 1, 'v2'), rev(3, 2, 'corrected'), rev(4, 5, 'typo fixed later')];
    expect(chooseDiff(revisions, published, at(1), at(3), [])).toEqual({ kind: 'diff', before: 2, after: 3 });
  });

  it('passes over a version that only changed the address', () => {
    const revisions = [rev(1, 0, 'draft'), rev(2, 1, 'v2'), rev(3, 2, 'corrected'), rev(4, 3, 'corrected')];
    expect(chooseDiff(revisions, published, at(1), at(4), [])).toEqual({ kind: 'diff', before: 2, after: 4 });
  });

  it('never shows a draft as the « before »', () => {
    expect(chooseDiff([rev(1, 0, 'draft'), rev(2, 1, 'v2')], published, at(1), at(2), [])).toEqual({ kind: 'first', after: 2 });
  });

  it('says an entry on a text an earlier entry already covered changed nothing', () => {
    const revisions = [rev(1, 0, 'draft'), rev(2, 1, 'v2'), rev(3, 2, 'corrected')];
    expect(chooseDiff(revisions, published, at(1), at(5), [at(3)])).toEqual({ kind: 'no-change', after: 3 });
  });

  it('is unknown when no public version existed at the entry’s time', () => {
    expect(chooseDiff([rev(1, 0, 'draft')], [], null, at(2), [])).toEqual({ kind: 'unknown' });
  });
});
