/**
 * The story's history as the desk reads it: each version named by its act (soumis, renvoyé, publié…),
 * taken from the workflow entries of the audit log, and the comparison the history opens on. Pure.
 */

export type TRevisionAct =
  | 'created'
  | 'saved'
  | 'submitted'
  | 'returned'
  | 'withdrawn'
  | 'published'
  | 'scheduled'
  | 'unpublished'
  | 'unscheduled'
  | 'updated'
  | 'restored'
  | 'placement';

export const ACT_LABELS: Record<TRevisionAct, string> = {
  created: 'créé',
  saved: 'enregistré',
  submitted: 'soumis',
  returned: 'renvoyé',
  withdrawn: 'retiré de la relecture',
  published: 'publié',
  scheduled: 'programmé',
  unpublished: 'dépublié',
  unscheduled: 'programmation annulée',
  updated: 'mis à jour',
  restored: 'restauré',
  placement: 'place en une changée',
};

/** The audit actions that write a version, as lib/data/revisions.ts reads them. */
export const VERSION_ACTIONS = [
  'article.create',
  'article.submit',
  'article.return',
  'article.publish',
  'article.schedule',
  'article.unpublish',
  'article.edit-published',
  'article.restore',
  'article.placement',
] as const;

export type TVersionStamp = { version: number; createdAt: Date; authorId: string | null };
export type TVersionEntry = { action: string; actorId: string | null; createdAt: Date; details: unknown };
export type TVersionAct = { act: TRevisionAct; restoredFrom?: number };

/** How far apart a version and its journal line may be written, for lines that do not name their version. */
const SAME_ACT_MS = 5_000;

const detail = (entry: TVersionEntry, key: string): unknown =>
  entry.details && typeof entry.details === 'object' ? (entry.details as Record<string, unknown>)[key] : undefined;

function actOf(entry: TVersionEntry, storyAuthorId: string): TVersionAct {
  switch (entry.action) {
    case 'article.create':
      return { act: 'created' };
    case 'article.submit':
      return { act: 'submitted' };
    case 'article.return':
      // Its author taking it back is not an editor sending it back.
      return { act: entry.actorId === storyAuthorId ? 'withdrawn' : 'returned' };
    case 'article.publish':
      return { act: 'published' };
    case 'article.schedule':
      return { act: 'scheduled' };
    case 'article.unpublish':
      return { act: detail(entry, 'from') === 'SCHEDULED' ? 'unscheduled' : 'unpublished' };
    case 'article.edit-published':
      return { act: 'updated' };
    case 'article.restore': {
      const from = detail(entry, 'restoredVersion');
      return typeof from === 'number' ? { act: 'restored', restoredFrom: from } : { act: 'restored' };
    }
    case 'article.placement':
      return { act: 'placement' };
    default:
      return { act: 'saved' };
  }
}

/** A restore names the version it wrote (`newVersion`), a save its own (`version`); a creation writes the first. */
function versionNamed(entry: TVersionEntry): number | null {
  if (entry.action === 'article.create') return 1;
  const named = entry.action === 'article.restore' ? detail(entry, 'newVersion') : detail(entry, 'version');
  return typeof named === 'number' ? named : null;
}

/** The ranks of the acts when two lines name one version: a restore says more than the save it made. */
const PRIORITY: Partial<Record<string, number>> = { 'article.restore': 2, 'article.placement': 0 };
const rank = (entry: TVersionEntry) => PRIORITY[entry.action] ?? 1;

/**
 * Each version's act: the journal line that names it, or else the one its author wrote at the same
 * moment (older lines, and the displacement of a lead, do not name their version). A version with no
 * line is a plain save (« enregistré »).
 */
export function revisionActs(revisions: TVersionStamp[], entries: TVersionEntry[], storyAuthorId: string): Map<number, TVersionAct> {
  const acts = new Map<number, TVersionAct>();
  const chosen = new Map<number, TVersionEntry>();
  const used = new Set<TVersionEntry>();
  const known = new Set(revisions.map((r) => r.version));
  for (const entry of entries) {
    const version = versionNamed(entry);
    if (version === null || !known.has(version)) continue;
    used.add(entry);
    const before = chosen.get(version);
    if (!before || rank(entry) > rank(before)) chosen.set(version, entry);
  }
  // The rest by author and time: the closest pairs first, each line and each version once.
  const pairs: { version: number; entry: TVersionEntry; gap: number }[] = [];
  for (const revision of revisions) {
    if (chosen.has(revision.version)) continue;
    for (const entry of entries) {
      if (used.has(entry) || versionNamed(entry) !== null || entry.actorId !== revision.authorId) continue;
      const gap = Math.abs(entry.createdAt.getTime() - revision.createdAt.getTime());
      if (gap <= SAME_ACT_MS) pairs.push({ version: revision.version, entry, gap });
    }
  }
  pairs.sort((a, b) => a.gap - b.gap);
  for (const { version, entry } of pairs) {
    if (chosen.has(version) || used.has(entry)) continue;
    used.add(entry);
    chosen.set(version, entry);
  }
  for (const revision of revisions) {
    const entry = chosen.get(revision.version);
    acts.set(revision.version, entry ? actOf(entry, storyAuthorId) : { act: 'saved' });
  }
  return acts;
}

/** « publié », « restauré (version 3) ». */
export function actLabel(act: TVersionAct): string {
  return act.restoredFrom ? `${ACT_LABELS[act.act]} (version ${act.restoredFrom})` : ACT_LABELS[act.act];
}

/**
 * The comparison the history opens on: the newest change, that is the newest version whose text
 * (`content`: whatever the comparison shows) differs from the version before it, against that one.
 * Versions that changed nothing shown (a publication, a lead displaced) are passed over. Newest first.
 */
export function defaultComparison(revisions: { version: number; content: string }[]): { from: number; to: number } | null {
  if (revisions.length === 0) return null;
  for (let i = 0; i + 1 < revisions.length; i += 1) {
    if (revisions[i].content !== revisions[i + 1].content) return { from: revisions[i + 1].version, to: revisions[i].version };
  }
  // Nothing ever changed: the two newest versions (or the only one, against itself).
  return { from: (revisions[1] ?? revisions[0]).version, to: revisions[0].version };
}
