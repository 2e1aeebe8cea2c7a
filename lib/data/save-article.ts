import 'server-only';
import type { ArticleStatus, Prisma } from '../generated/prisma/client';
import { canEditArticle, canPublish, canReturnToDraft, canSeeAllArticles, canSubmitForReview, type TActor } from '../auth/permissions';
import { db } from '../db';
import { slugify } from '../french/slug';
import { bodyImagesMalformed } from '../content/render-body';
import { BODY_IMAGE_ALT_PLACEHOLDER, bodyImagesWithoutAlt } from '../media/body-images';
import type { TArticleDraft, TIntent } from '../validation/article';
import { visibleArticleWhere } from './article-visibility';
import { displaceLead } from './displace-lead';
import { lockFrontPage, recordFrontPage } from './front-page';
import { recordAudit, type TAuditAction } from './audit';
import { FORBIDDEN, NewsroomError, NOT_FOUND } from './newsroom-errors';
import { NO_PUBLIC_CHANGE, storyChange, type TPublicChange } from './public-change';

type TTx = Prisma.TransactionClient;

export const RETURN_NOTE_REQUIRED = 'Indiquez le motif du renvoi\u00a0: son auteur le lira en ouvrant l’article.';

export type { TPublicChange };

/**
 * A journalist's change to a story online goes live at once (DESIGN.md): editors are told, not asked.
 * The story is marked « à relire » with the version they last saw online, until an editor marks it read
 * (lib/data/live-edit-review.ts) or saves it themselves; a story leaving the site is no longer online
 * news to review.
 */
function liveEditMark(
  actor: TActor,
  before: { status: ArticleStatus; version: number; liveEditAt: Date | null; liveEditFromVersion: number | null },
  targetStatus: ArticleStatus,
  now: Date,
): { liveEditAt: Date | null; liveEditById: string | null; liveEditFromVersion: number | null } | Record<string, never> {
  const clear = { liveEditAt: null, liveEditById: null, liveEditFromVersion: null };
  if (targetStatus !== 'PUBLISHED' || canPublish(actor)) return before.liveEditAt || before.liveEditFromVersion ? clear : {};
  if (before.status !== 'PUBLISHED') return {};
  return { liveEditAt: now, liveEditById: actor.id, liveEditFromVersion: before.liveEditFromVersion ?? before.version };
}

export type TSaveResult = {
  id: string;
  version: number;
  status: ArticleStatus;
  unchanged: boolean;
  publicChange: TPublicChange;
  /** Stories that were « Manchette principale » and went to « À la une » because this one took the lead. */
  displaced?: { id: string; title: string }[];
  /** The status before this save, when it wrote one (« unpublish » on a scheduled story cancels its schedule). */
  from?: ArticleStatus;
};

const TARGET_STATUS: Record<TIntent, ArticleStatus | null> = {
  save: null,
  submit: 'IN_REVIEW',
  return: 'DRAFT',
  publish: 'PUBLISHED',
  schedule: 'SCHEDULED',
  unpublish: 'DRAFT',
};

async function slugTaken(tx: TTx, slug: string, exceptArticleId?: string): Promise<boolean> {
  const [article, old] = await Promise.all([
    tx.article.findFirst({ where: { slug, ...(exceptArticleId ? { id: { not: exceptArticleId } } : {}) }, select: { id: true } }),
    tx.articleSlug.findFirst({
      where: { slug, ...(exceptArticleId ? { articleId: { not: exceptArticleId } } : {}) },
      select: { slug: true },
    }),
  ]);
  return Boolean(article || old);
}

/** The requested slug, or one made from the title, made unique with -2, -3… when generated. */
async function chooseSlug(tx: TTx, draft: TArticleDraft, articleId?: string): Promise<string> {
  if (draft.slug) {
    if (await slugTaken(tx, draft.slug, articleId))
      throw new NewsroomError('Cette adresse est déjà prise par un autre article.', 'invalid', 'slug');
    return draft.slug;
  }
  const base = slugify(draft.title);
  for (let n = 1; n < 1000; n += 1) {
    const candidate = n === 1 ? base : `${base.slice(0, 74)}-${n}`;
    if (!(await slugTaken(tx, candidate, articleId))) return candidate;
  }
  throw new NewsroomError('Impossible de trouver une adresse libre pour ce titre.', 'invalid', 'slug');
}

/** One message for an id that does not exist and one the actor may not see: no existence oracle. */
export const RELATED_UNAVAILABLE = 'Un des articles liés n’existe pas ou n’est pas disponible\u00a0: retirez-le.';

/**
 * The rubrique, the picture and the « À lire aussi » links the form names. A link goes to a story the
 * actor may see (lib/data/article-visibility.ts), or is one the story already has: an editor may have
 * linked a story since unpublished, and its author's next save must not drop it (their form shows it
 * as unavailable, without its title).
 */
async function checkReferences(
  tx: TTx,
  actor: TActor,
  draft: TArticleDraft,
  articleId?: string,
  alreadyLinked: string[] = [],
): Promise<string[]> {
  const rubrique = await tx.rubrique.findUnique({ where: { id: draft.rubriqueId }, select: { id: true } });
  if (!rubrique) throw new NewsroomError('Choisissez une rubrique.', 'invalid', 'rubriqueId');
  const related = [...new Set(draft.related)].filter((id) => id !== articleId);
  const found = await tx.article.findMany({
    where: {
      AND: [{ id: { in: related } }, canSeeAllArticles(actor) ? {} : { OR: [visibleArticleWhere(actor), { id: { in: alreadyLinked } }] }],
    },
    select: { id: true },
  });
  if (found.length !== related.length) throw new NewsroomError(RELATED_UNAVAILABLE, 'invalid', 'related');
  if (draft.imageId && !(await tx.image.findUnique({ where: { id: draft.imageId }, select: { id: true } }))) {
    throw new NewsroomError('Cette image n’existe pas ou plus\u00a0: envoyez-la de nouveau.', 'invalid', 'image');
  }
  return related;
}

/** The fields a save writes to the story and to its revision alike. */
function contentOf(draft: TArticleDraft, slug: string) {
  return { title: draft.title, chapo: draft.chapo, body: draft.body, slug, rubriqueId: draft.rubriqueId, ...imageOf(draft) };
}

/** The main picture and its words; without a picture, no words about it are kept. */
function imageOf(draft: TArticleDraft) {
  return draft.imageId
    ? { imageId: draft.imageId, imageAlt: draft.imageAlt, imageCaption: draft.imageCaption, imageCredit: draft.imageCredit }
    : { imageId: null, imageAlt: '', imageCaption: '', imageCredit: '' };
}

async function writeRelated(tx: TTx, articleId: string, related: string[], inline: boolean) {
  await tx.relatedLink.deleteMany({ where: { articleId } });
  if (related.length) {
    await tx.relatedLink.createMany({
      data: related.map((targetId, position) => ({ articleId, targetId, position, inline: inline && position === 0 })),
    });
  }
}

/** A new draft by the actor. Journalists cannot place a story on Manchettes. */
export async function createArticle(actor: TActor, draft: TArticleDraft): Promise<{ id: string; version: number }> {
  return db().$transaction(async (tx) => {
    const related = await checkReferences(tx, actor, draft);
    const slug = await chooseSlug(tx, draft);
    const article = await tx.article.create({
      data: {
        ...contentOf(draft, slug),
        authorId: actor.id,
        placement: canPublish(actor) ? draft.placement : 'NONE',
        status: 'DRAFT',
        revisions: { create: { version: 1, ...contentOf(draft, slug), authorId: actor.id } },
      },
      select: { id: true, version: true },
    });
    await writeRelated(tx, article.id, related, draft.relatedInline);
    await recordAudit(
      { actorId: actor.id, action: 'article.create', targetType: 'article', targetId: article.id, details: { title: draft.title } },
      tx,
    );
    return article;
  });
}

function checkIntentAllowed(
  actor: TActor,
  article: { authorId: string; status: ArticleStatus },
  intent: TIntent,
  scheduledAt: Date | null,
  now: Date,
) {
  if (!canEditArticle(actor, article)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  switch (intent) {
    case 'save':
      return;
    case 'submit':
      if (!canSubmitForReview(actor, article)) throw new NewsroomError('Seul un brouillon peut être soumis à la relecture.', 'invalid');
      return;
    case 'return':
      if (!canReturnToDraft(actor, article)) throw new NewsroomError('Seul un article en relecture peut revenir au brouillon.', 'invalid');
      return;
    case 'publish':
    case 'unpublish':
      if (!canPublish(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
      if (intent === 'unpublish' && article.status !== 'PUBLISHED' && article.status !== 'SCHEDULED') {
        throw new NewsroomError('Cet article n’est ni publié ni programmé.', 'invalid');
      }
      return;
    case 'schedule':
      if (!canPublish(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
      if (!scheduledAt) throw new NewsroomError('Indiquez la date et l’heure de publication.', 'invalid', 'scheduledAt');
      if (scheduledAt.getTime() <= now.getTime())
        throw new NewsroomError('La date de publication programmée doit être dans le futur.', 'invalid', 'scheduledAt');
      return;
    default: {
      const never: never = intent;
      throw new Error(`intent inconnu ${String(never)}`);
    }
  }
}

/** The shortest body a story may be published (or sent to the editors) with. */
export const BODY_MIN_TO_PUBLISH = 20;

/**
 * What a story needs before it goes to the editors or to readers: a chapô and a real text. Every
 * missing piece is named at once, beside its field, so nobody learns them one refusal at a time.
 */
function requireContentToPublish(draft: TArticleDraft, intent: 'submit' | 'publish') {
  const goal = intent === 'submit' ? 'avant de soumettre l’article à la relecture' : 'pour publier';
  const problems: Record<string, string> = {};
  if (!draft.chapo) problems.chapo = `Le chapô est obligatoire ${goal}.`;
  // Readers who do not see the picture (screen readers, images off) are told what it shows.
  const undescribed = bodyImagesWithoutAlt(draft.body);
  if (undescribed > 0 && !problems.body) {
    problems.body =
      undescribed === 1
        ? `Une image du texte n’est pas décrite ${goal}\u00a0: écrivez entre ses crochets ce qu’elle montre, à la place de «\u00a0${BODY_IMAGE_ALT_PLACEHOLDER}\u00a0» s’il y est encore.`
        : `${undescribed} images du texte ne sont pas décrites ${goal}\u00a0: écrivez entre leurs crochets ce qu’elles montrent, à la place de «\u00a0${BODY_IMAGE_ALT_PLACEHOLDER}\u00a0» s’il y est encore.`;
  }
  const malformed = bodyImagesMalformed(draft.body);
  if (malformed > 0 && !problems.body) {
    problems.body = `${malformed === 1 ? 'Une image du texte est mal écrite' : `${malformed} images du texte sont mal écrites`} ${goal}\u00a0: gardez la forme ![description](adresse "légende"), la légende entre guillemets droits, avant la parenthèse fermante.`;
  }
  if (draft.imageId && !draft.imageAlt)
    problems.imageAlt = `Décrivez l’image en quelques mots (texte alternatif) ${goal}\u00a0: ce que verrait un lecteur, pour ceux qui ne la voient pas.`;
  const length = draft.body.trim().length;
  if (length < BODY_MIN_TO_PUBLISH) {
    problems.body = `Le texte doit compter ${BODY_MIN_TO_PUBLISH} caractères au moins ${goal} (il en compte ${length}).`;
  }
  const messages = Object.values(problems);
  if (messages.length === 0) return;
  const message =
    messages.length === 1 ? messages[0] : `Il manque encore ${messages.length} éléments ${goal}\u00a0: voyez les champs signalés.`;
  throw new NewsroomError(message, 'invalid', Object.keys(problems)[0], problems);
}

const AUDIT_FOR: Partial<Record<TIntent, TAuditAction>> = {
  submit: 'article.submit',
  return: 'article.return',
  publish: 'article.publish',
  schedule: 'article.schedule',
  unpublish: 'article.unpublish',
};

/**
 * Saves the form's text and applies the intent (save, submit, publish, schedule, unpublish) in one
 * transaction. The save carries the version it was based on, checked in the UPDATE itself: if
 * someone saved in between, nothing is written and a conflict is thrown (the form keeps its text).
 * Saving twice the same thing (a double click) succeeds once and then changes nothing.
 */
export async function saveArticle(
  actor: TActor,
  id: string,
  baseVersion: number,
  draft: TArticleDraft,
  intent: TIntent,
  options: {
    scheduledAt?: Date | null;
    now?: Date;
    /** Why an editor sends it back (intent `return`), for its author. */ returnNote?: string;
  } = {},
): Promise<TSaveResult> {
  const now = options.now ?? new Date();
  const scheduledAt = options.scheduledAt ?? null;
  return db().$transaction(async (tx) => {
    // An editor's save may move the front page: its lock comes first, as for every writer of it.
    if (canPublish(actor)) await lockFrontPage(tx);
    const before = await tx.article.findUnique({
      where: { id },
      select: {
        id: true,
        authorId: true,
        status: true,
        version: true,
        slug: true,
        title: true,
        chapo: true,
        body: true,
        rubriqueId: true,
        placement: true,
        publishedAt: true,
        liveEditAt: true,
        liveEditFromVersion: true,
        imageId: true,
        imageAlt: true,
        imageCaption: true,
        imageCredit: true,
        related: { orderBy: { position: 'asc' }, select: { targetId: true, inline: true } },
      },
    });
    if (!before) throw new NewsroomError(NOT_FOUND, 'not_found');
    checkIntentAllowed(actor, before, intent, scheduledAt, now);
    // An editor sending someone's story back says why (its author withdrawing it needs no reason).
    if (intent === 'return' && before.authorId !== actor.id && !options.returnNote?.trim())
      throw new NewsroomError(RETURN_NOTE_REQUIRED, 'invalid');

    const placement = canPublish(actor) ? draft.placement : before.placement;
    const targetStatus = TARGET_STATUS[intent] ?? before.status;
    const image = imageOf(draft);
    const sameContent =
      before.title === draft.title &&
      before.imageId === image.imageId &&
      before.imageAlt === image.imageAlt &&
      before.imageCaption === image.imageCaption &&
      before.imageCredit === image.imageCredit &&
      before.chapo === draft.chapo &&
      before.body === draft.body &&
      before.rubriqueId === draft.rubriqueId &&
      (draft.slug === '' || draft.slug === before.slug) &&
      before.placement === placement &&
      before.related.map((r) => r.targetId).join() === draft.related.join() &&
      (before.related[0]?.inline ?? false) === (draft.related.length > 0 && draft.relatedInline);

    if (before.version !== baseVersion) {
      // A repeated submission of what is already there (double click on « Publier »): done already.
      if (sameContent && targetStatus === before.status) {
        return { id, version: before.version, status: before.status, unchanged: true, publicChange: NO_PUBLIC_CHANGE };
      }
      throw new NewsroomError('Cet article a été modifié entre-temps.', 'conflict');
    }

    // « Enregistrer » with nothing changed writes nothing: the history only holds real versions.
    if (sameContent && intent === 'save') {
      return { id, version: before.version, status: before.status, unchanged: true, publicChange: NO_PUBLIC_CHANGE };
    }
    if (targetStatus === 'PUBLISHED' || targetStatus === 'SCHEDULED') requireContentToPublish(draft, 'publish');
    else if (intent === 'submit') requireContentToPublish(draft, 'submit');
    const related = await checkReferences(
      tx,
      actor,
      draft,
      id,
      before.related.map((r) => r.targetId),
    );
    const slug = draft.slug === '' || draft.slug === before.slug ? before.slug : await chooseSlug(tx, draft, id);

    const publishedAt = targetStatus === 'PUBLISHED' ? (before.publishedAt ?? now) : before.publishedAt;
    const updated = await tx.article.updateMany({
      where: { id, version: baseVersion },
      data: {
        ...contentOf(draft, slug),
        placement,
        // Placed from the story's own page: among the newest of its kind, not pinned, on « La une ».
        ...(placement !== before.placement ? { frontPosition: null, pinnedUntil: null } : {}),
        status: targetStatus,
        publishedAt,
        scheduledAt: targetStatus === 'SCHEDULED' ? scheduledAt : null,
        version: baseVersion + 1,
        ...liveEditMark(actor, before, targetStatus, now),
      },
    });
    if (updated.count !== 1) throw new NewsroomError('Cet article a été modifié entre-temps.', 'conflict');

    await tx.revision.create({
      data: { articleId: id, version: baseVersion + 1, ...contentOf(draft, slug), authorId: actor.id },
    });
    // Once a story has been public, its old address keeps working (301 to the new one).
    if (slug !== before.slug) {
      await tx.articleSlug.deleteMany({ where: { slug } });
      if (before.publishedAt) await tx.articleSlug.create({ data: { slug: before.slug, articleId: id } });
    }
    await writeRelated(tx, id, related, draft.relatedInline);

    const auditAction = AUDIT_FOR[intent] ?? (before.status === 'PUBLISHED' && !sameContent ? 'article.edit-published' : undefined);
    if (auditAction) {
      await recordAudit(
        {
          actorId: actor.id,
          action: auditAction,
          targetType: 'article',
          targetId: id,
          details: {
            title: draft.title,
            from: before.status,
            to: targetStatus,
            // The version it wrote: the history names each version by its act (lib/content/revision-history.ts).
            version: baseVersion + 1,
            ...(scheduledAt ? { scheduledAt: scheduledAt.toISOString() } : {}),
            // Why it was sent back: shown to its author on the story's page until it is submitted again.
            ...(intent === 'return' && options.returnNote ? { note: options.returnNote } : {}),
          },
        },
        tx,
      );
    }

    // One « Manchette principale » online at a time: the one it replaces goes to « À la une », saying so.
    const displaced = targetStatus === 'PUBLISHED' && placement === 'LEAD' ? await displaceLead(tx, actor.id, id) : [];
    // The front page changed (a story placed, unplaced, or placed and going online or offline): « La
    // une » gets a new version, so an editor arranging it meanwhile is told.
    const wasOnFront = before.status === 'PUBLISHED' && before.placement !== 'NONE';
    const isOnFront = targetStatus === 'PUBLISHED' && placement !== 'NONE';
    if (wasOnFront || isOnFront) {
      if (wasOnFront !== isOnFront || before.placement !== placement) await recordFrontPage(tx, actor.id, 'story');
    }

    // A draft's edits are nobody's business outside the newsroom; anything public, before or after, is.
    const touchesPublic = before.status === 'PUBLISHED' || targetStatus === 'PUBLISHED';
    const publicChange = touchesPublic
      ? await storyChange(tx, { id, authorId: before.authorId, rubriqueIds: [...new Set([before.rubriqueId, draft.rubriqueId])] })
      : NO_PUBLIC_CHANGE;
    return { id, version: baseVersion + 1, status: targetStatus, unchanged: false, publicChange, displaced, from: before.status };
  });
}
