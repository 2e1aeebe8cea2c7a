/**
 * « Voir ce qui a changé »: which two versions of a story a public update entry (mise à jour,
 * correction, précision) is shown between. Pure: the data layer (lib/data/get-update-diff.ts) reads
 * the revisions and the journal's workflow lines, this decides.
 *
 * - A version is public when it was the story's current text while the story was online: the
 *   journal's `article.publish` lines open an online period, `article.unpublish` lines close it. A
 *   publish or unpublish line that names the version it wrote (`details.version`) settles that
 *   version (published: public; unpublished: not). Without any publish line (stories older than the
 *   journal, the demo), the story counts as online since its `publishedAt`.
 * - « After » is the public version current when the entry was written: what readers were shown.
 * - « Before » is the public version just before it, passing over versions whose shown text (title,
 *   chapô, body, picture) is the same as « after » (an address changed, a place on the front page):
 *   the change the entry speaks of. Silent fixes made earlier are in both texts, so they stay silent.
 * - An entry written while « after »'s text was already that of an earlier entry changed no text.
 */

export type TPublicDiffRevision = {
  version: number;
  createdAt: Date;
  /** What the public diff shows of the version, as one comparable value (title, chapô, body, picture). */
  shown: string;
};
export type TWorkflowLine = { action: string; createdAt: Date; details: unknown };

export type TDiffChoice =
  | { kind: 'diff'; before: number; after: number }
  /** The entry came with no change of text (a note only, or a second entry on the same version). */
  | { kind: 'no-change'; after: number }
  /** No public version before it (the entry speaks of the first one readers saw). */
  | { kind: 'first'; after: number }
  | { kind: 'unknown' };

const versionIn = (line: TWorkflowLine): number | null => {
  const details = line.details;
  if (!details || typeof details !== 'object') return null;
  const version = (details as Record<string, unknown>).version;
  return typeof version === 'number' && Number.isInteger(version) ? version : null;
};

/** Online periods [from, to) from the journal, in time order; `to` null: still online. */
export function onlinePeriods(lines: TWorkflowLine[], publishedAt: Date | null): { from: Date; to: Date | null }[] {
  const sorted = [...lines].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const periods: { from: Date; to: Date | null }[] = [];
  let open: Date | null = null;
  for (const line of sorted) {
    if (line.action === 'article.publish' && open === null) open = line.createdAt;
    else if (line.action === 'article.unpublish' && open !== null) {
      periods.push({ from: open, to: line.createdAt });
      open = null;
    }
  }
  if (open !== null) periods.push({ from: open, to: null });
  if (periods.length === 0 && publishedAt) periods.push({ from: publishedAt, to: null });
  return periods;
}

/** The versions readers could see, in ascending order. */
export function publicVersions(revisions: TPublicDiffRevision[], lines: TWorkflowLine[], publishedAt: Date | null): number[] {
  const sorted = [...revisions].sort((a, b) => a.version - b.version);
  const periods = onlinePeriods(lines, publishedAt);
  const published = new Set(
    lines
      .filter((l) => l.action === 'article.publish')
      .map(versionIn)
      .filter((v) => v !== null),
  );
  const unpublished = new Set(
    lines
      .filter((l) => l.action === 'article.unpublish')
      .map(versionIn)
      .filter((v) => v !== null),
  );
  return sorted
    .filter((revision, index) => {
      if (published.has(revision.version)) return true;
      if (unpublished.has(revision.version)) return false;
      const from = revision.createdAt.getTime();
      const next = sorted[index + 1];
      const to = next ? next.createdAt.getTime() : Infinity;
      // Current during [from, to): public when that overlaps an online period.
      return periods.some((period) => period.from.getTime() < to && (period.to === null || period.to.getTime() > from));
    })
    .map((revision) => revision.version);
}

/** The public version current at `at`: the newest public one created at or before it. */
function currentAt(revisions: TPublicDiffRevision[], publicSet: Set<number>, at: Date): TPublicDiffRevision | null {
  let found: TPublicDiffRevision | null = null;
  for (const revision of revisions)
    if (publicSet.has(revision.version) && revision.createdAt.getTime() <= at.getTime() && (!found || revision.version > found.version))
      found = revision;
  return found;
}

/** The two versions the entry written at `entryAt` is shown between; `earlierEntries`: the story's other entries before it. */
export function chooseDiff(
  revisions: TPublicDiffRevision[],
  lines: TWorkflowLine[],
  publishedAt: Date | null,
  entryAt: Date,
  earlierEntries: Date[],
): TDiffChoice {
  const sorted = [...revisions].sort((a, b) => a.version - b.version);
  const publicSet = new Set(publicVersions(sorted, lines, publishedAt));
  const after = currentAt(sorted, publicSet, entryAt);
  if (!after) return { kind: 'unknown' };
  // An earlier entry already spoke of this very text: this one came with no change of it.
  if (earlierEntries.some((at) => at.getTime() < entryAt.getTime() && currentAt(sorted, publicSet, at)?.shown === after.shown))
    return { kind: 'no-change', after: after.version };
  for (let index = sorted.length - 1; index >= 0; index--) {
    const candidate = sorted[index] as TPublicDiffRevision;
    if (candidate.version >= after.version || !publicSet.has(candidate.version)) continue;
    if (candidate.shown === after.shown) continue;
    return { kind: 'diff', before: candidate.version, after: after.version };
  }
  return { kind: 'first', after: after.version };
}
