/**
 * How Manchettes fills its slots, in one place: the readers' page (lib/data/get-homepage.ts) and the
 * newsroom's « La une » screen (components/admin/front-page/) both call `fillFront`, so what an editor
 * arranges is what readers get. Pure: no database, no React.
 */

/** « À la une »: the titles beside the lead. */
export const FRONT_TOP_COUNT = 4;
/** « Dernières nouvelles ». */
export const FRONT_LATEST_COUNT = 6;

export type TFilledFront<T> = {
  lead: T | null;
  /** True when no story is placed as lead: the newest takes the slot. */
  leadIsAutomatic: boolean;
  top: T[];
  /** How many of `top` were placed by an editor; the rest are the newest stories. */
  placedTop: number;
  latest: T[];
};

/**
 * The lead (the placed one, else the newest story), then the top titles (the placed ones in their
 * order, then the newest), then the latest; a story appears once.
 */
export function fillFront<T extends { id: string }>(
  picks: { lead: T | null; top: T[]; latest: T[] },
  counts: { top: number; latest: number } = { top: FRONT_TOP_COUNT, latest: FRONT_LATEST_COUNT },
): TFilledFront<T> {
  const lead = picks.lead ?? picks.latest[0] ?? null;
  const shown = new Set(lead ? [lead.id] : []);
  const take = (list: T[], count: number) => {
    const picked: T[] = [];
    for (const item of list) {
      if (picked.length >= count) break;
      if (shown.has(item.id)) continue;
      shown.add(item.id);
      picked.push(item);
    }
    return picked;
  };
  const top = take(picks.top, counts.top);
  const placedTop = top.length;
  top.push(...take(picks.latest, counts.top - top.length));
  const latest = take(picks.latest, counts.latest);
  return { lead, leadIsAutomatic: picks.lead === null, top, placedTop, latest };
}

/** One place on the front page as an editor sets it. */
export type TFrontSlot = { articleId: string; pinnedUntil: string | null };
/** An arrangement: the lead (or none: the newest story) and the ordered top titles. */
export type TFrontArrangement = { lead: TFrontSlot | null; top: TFrontSlot[] };

/** Moves the item at `from` to `to` (both within the list), keeping the others' order. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** The changes from one arrangement to another, in words an editor reads (« X passe en manchette »). */
export function describeArrangementChange(before: TFrontArrangement, after: TFrontArrangement, titleOf: (id: string) => string): string[] {
  const lines: string[] = [];
  const q = (id: string) => `«\u00a0${titleOf(id)}\u00a0»`;
  const beforeTop = before.top.map((slot) => slot.articleId);
  const afterTop = after.top.map((slot) => slot.articleId);
  const beforeLead = before.lead?.articleId ?? null;
  const afterLead = after.lead?.articleId ?? null;
  if (beforeLead !== afterLead) {
    if (afterLead) lines.push(`${q(afterLead)} passe en manchette principale.`);
    else lines.push('La manchette principale revient au dernier article publié.');
  }
  const placed = new Set([...(afterLead ? [afterLead] : []), ...afterTop]);
  for (const id of [...(beforeLead ? [beforeLead] : []), ...beforeTop]) {
    if (!placed.has(id)) lines.push(`${q(id)} quitte la une.`);
  }
  afterTop.forEach((id, index) => {
    const was = beforeTop.indexOf(id);
    if (was === -1 && id !== beforeLead) lines.push(`${q(id)} entre à la une (titre ${index + 1}).`);
    else if (was === -1) lines.push(`${q(id)} passe de la manchette au titre ${index + 1}.`);
    else if (was !== index) lines.push(`${q(id)} passe du titre ${was + 1} au titre ${index + 1}.`);
  });
  const pinOf = (arrangement: TFrontArrangement, id: string) =>
    [...(arrangement.lead ? [arrangement.lead] : []), ...arrangement.top].find((slot) => slot.articleId === id)?.pinnedUntil ?? null;
  for (const id of placed) {
    const wasPlaced = beforeLead === id || beforeTop.includes(id);
    if (wasPlaced && pinOf(before, id) !== pinOf(after, id)) lines.push(`${q(id)}\u00a0: épinglage modifié.`);
  }
  return lines;
}

/** What made a version of the front page (`FrontPageRevision.cause`), as the newsroom says it. */
export const FRONT_CAUSE_LABELS: Record<string, string> = {
  arrange: 'publiée depuis «\u00a0La une\u00a0»',
  story: 'changée depuis la page d’un article',
  restore: 'version antérieure rétablie',
  expire: 'fin d’un épinglage',
};
