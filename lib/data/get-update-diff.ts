import 'server-only';
import { createHash } from 'node:crypto';
import { keyFor, noteKeys } from '../cache/keys';
import { chooseDiff, type TDiffChoice } from '../content/public-diff';
import { redact } from '../content/redact';
import type { UpdateKind } from '../generated/prisma/enums';
import { readDb } from '../db';
import { articleHref, publishedWhere } from './published';

/** A version of a story as the public diff shows it: its words and its picture, named. */
export type TShownVersion = {
  version: number;
  createdAt: Date;
  title: string;
  chapo: string;
  body: string;
  /** The main picture, named by its caption or its alternative text; null without one. */
  picture: { id: string; name: string } | null;
};

export type TUpdateDiff = {
  entry: { id: string; kind: UpdateKind; note: string; createdAt: Date };
  story: { id: string; title: string; href: string; rubrique: { slug: string; name: string } };
  choice: TDiffChoice['kind'];
  before: TShownVersion | null;
  after: TShownVersion | null;
  /** A passage was masked for a legal reason (lib/data/legal-redactions.ts): the page says so. */
  redacted: boolean;
};

/** The journal lines that open and close a story's time online (lib/content/public-diff.ts). */
const ONLINE_ACTIONS = ['article.publish', 'article.unpublish'];

/** Revisions read for one diff: a story rarely has more; older ones are not public diffs' business. */
const REVISIONS_READ = 500;

function shownKey(r: { title: string; chapo: string; body: string; imageId: string | null; imageAlt: string; imageCaption: string }) {
  const hash = createHash('sha256');
  for (const part of [r.title, r.chapo, r.body, r.imageId ?? '', r.imageAlt, r.imageCaption]) hash.update(`${part.length}:${part}`);
  return hash.digest('base64');
}

/**
 * « Voir ce qui a changé » for one public entry: the story's text just before and just after it
 * (chooseDiff). Null when the entry does not exist or its story is not online: no public page then.
 */
export async function getUpdateDiff(entryId: string): Promise<TUpdateDiff | null> {
  const client = await readDb();
  const entry = await client.articleUpdate.findFirst({
    where: { id: entryId, article: publishedWhere },
    select: {
      id: true,
      kind: true,
      note: true,
      createdAt: true,
      article: {
        select: { id: true, title: true, slug: true, publishedAt: true, rubrique: { select: { slug: true, name: true } } },
      },
    },
  });
  if (!entry) return null;
  const article = entry.article;
  // The page shows the story's title and its entries: it goes with the story's key.
  noteKeys(keyFor.article(article.id));
  const [revisions, lines, others, redactions] = await Promise.all([
    client.revision.findMany({
      where: { articleId: article.id },
      orderBy: { version: 'desc' },
      take: REVISIONS_READ,
      select: {
        version: true,
        createdAt: true,
        title: true,
        chapo: true,
        body: true,
        imageId: true,
        imageAlt: true,
        imageCaption: true,
      },
    }),
    client.auditLog.findMany({
      where: { targetType: 'article', targetId: article.id, action: { in: ONLINE_ACTIONS } },
      select: { action: true, createdAt: true, details: true },
    }),
    client.articleUpdate.findMany({ where: { articleId: article.id, id: { not: entry.id } }, select: { createdAt: true } }),
    client.legalRedaction.findMany({ where: { articleId: article.id }, select: { passage: true } }),
  ]);
  const passages = redactions.map((r) => r.passage);
  let redacted = false;
  // Masked before anything is compared or shown: the words never reach the page, whatever the version.
  const mask = (text: string) => {
    const out = redact(text, passages);
    if (out !== text) redacted = true;
    return out;
  };
  const choice = chooseDiff(
    revisions.map((r) => ({ version: r.version, createdAt: r.createdAt, shown: shownKey(r) })),
    lines,
    article.publishedAt,
    entry.createdAt,
    others.map((other) => other.createdAt),
  );
  const shown = (version: number | undefined): TShownVersion | null => {
    const r = revisions.find((revision) => revision.version === version);
    if (!r) return null;
    const name = (r.imageCaption || r.imageAlt).trim() || 'image sans légende';
    return {
      version: r.version,
      createdAt: r.createdAt,
      title: mask(r.title),
      chapo: mask(r.chapo),
      body: mask(r.body),
      picture: r.imageId ? { id: r.imageId, name: mask(name) } : null,
    };
  };
  const before = choice.kind === 'diff' ? shown(choice.before) : null;
  const after = choice.kind === 'unknown' ? null : shown(choice.after);
  const note = mask(entry.note);
  return {
    entry: { id: entry.id, kind: entry.kind, note, createdAt: entry.createdAt },
    story: {
      id: article.id,
      title: mask(article.title),
      href: articleHref(article.rubrique.slug, article.slug),
      rubrique: article.rubrique,
    },
    choice: choice.kind,
    before,
    after,
    redacted,
  };
}
