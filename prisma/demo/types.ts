/**
 * Shape of the demo newsroom's content. The seed (prisma/seed.ts) turns these plain objects into rows.
 * All text is original French written for Dakarinfo; people and events are fictional.
 */

export type TDemoRubriqueSlug = 'politique' | 'economie' | 'monde' | 'culture' | 'sport' | 'sciences';

export type TDemoAuthorKey = 'awa-ndiaye' | 'julien-marchand' | 'fatou-sarr' | 'claire-dubois' | 'moussa-diop' | 'helene-roux';

export type TDemoUpdateKind = 'MISE_A_JOUR' | 'CORRECTION' | 'PRECISION';

export type TDemoStory = {
  /** Stable key, unique across all demo files; also the slug source when `slug` is absent. */
  key: string;
  rubrique: TDemoRubriqueSlug;
  author: TDemoAuthorKey;
  title: string;
  /** The chapô: one or two sentences, 25 to 60 words. */
  chapo: string;
  /** Markdown: paragraphs separated by a blank line; `## ` intertitles allowed; no raw HTML. 300–1,200 words. */
  body: string;
  status: 'PUBLISHED' | 'DRAFT';
  /** Hours before the seed runs at which the story was first published (ignored for drafts). */
  publishedHoursAgo: number;
  /** Placement on Manchettes: at most one LEAD in the whole newsroom, a few TOP. */
  placement?: 'LEAD' | 'TOP';
  /** Keys of related stories (« À lire aussi »), in order; the first is shown inline in the body. */
  related?: string[];
  /** Public update log, oldest first. */
  updates?: { kind: TDemoUpdateKind; note: string; hoursAgo: number }[];
};

/** One entry of a demo live, dated relative to the seed's « now ». */
export type TDemoLiveEntry = {
  author: TDemoAuthorKey;
  /** Minutes before the seed runs at which it was posted. */
  minutesAgo: number;
  /** Markdown, a few sentences. */
  body: string;
  /** One of « L’essentiel ». */
  keyPoint?: boolean;
  /** The live's pinned entry (at most one per live). */
  pinned?: boolean;
  /** Edited after posting, that many minutes before the seed (« modifiée à … »). */
  editedMinutesAgo?: number;
  /** Withdrawn by an editor, that many minutes before the seed; not a duplicate: it leaves a public trace. */
  withdrawn?: { by: TDemoAuthorKey; minutesAgo: number };
};

/** A story opened as a live (« En direct »): running when `endedMinutesAgo` is absent. */
export type TDemoLive = {
  /** The published story it belongs to (TDemoStory.key). */
  story: string;
  startedMinutesAgo: number;
  endedMinutesAgo?: number;
  entries: TDemoLiveEntry[];
};
