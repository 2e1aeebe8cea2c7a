import type { Metadata } from 'next';
import { deniedOrThrow } from '@/components/admin/ArticleAccessDenied';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ArticleDiscussion } from '@/components/admin/ArticleDiscussion';
import { ArticleForm } from '@/components/admin/ArticleForm';
import { EditPresence } from '@/components/admin/EditPresence';
import { LiveDeskLink } from '@/components/admin/live/LiveDeskLink';
import { ImageFocusPanel } from '@/components/admin/ImageFocusPanel';
import { getImageFocus } from '@/lib/data/image-focus';
import '../../_styles/settings.css';
import '@/components/admin/live/live-desk.css';
import { getLiveDeskStory } from '@/lib/data/find-live-entries';
import { findArticleComments } from '@/lib/data/article-comments';
import { findCurrentLead } from '@/lib/data/find-current-lead';
import { getRevision } from '@/lib/data/revisions';
import { findWorkingCopy } from '@/lib/data/working-copies';
import { LiveEditNotice } from '@/components/admin/LiveEditNotice';
import { UpdateEntryForm } from '@/components/admin/UpdateEntryForm';
import { canMarkUpdate, canPublish, STATUS_LABELS } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { queryRubriques as findRubriques } from '@/lib/data/query-rubriques';
import { getEditableArticle, type TEditableArticle } from '@/lib/data/get-editable-article';
import { formatDateTime } from '@/lib/french/dates';
import '@/components/admin/article-form.css';
import { applyFrenchTypography } from '@/lib/french/typography';

export const metadata: Metadata = { title: 'Modifier l’article' };

type TProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const ZId = z.string().min(1).max(40);
const ZNotices = z.object({
  cree: z.literal('1').optional().catch(undefined),
  restaure: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  v: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
});

export default async function EditArticlePage({ params, searchParams }: TProps) {
  const { id } = await params;
  const user = await requirePageUser(`/admin/articles/${id}`);
  if (!ZId.safeParse(id).success) notFound();

  let article: TEditableArticle;
  try {
    article = await getEditableArticle(user, id);
  } catch (error) {
    return deniedOrThrow(error);
  }

  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const notices = ZNotices.parse(raw);
  const [rubriques, comments] = await Promise.all([findRubriques(), findArticleComments(user, article.id)]);
  const published = article.status === 'PUBLISHED';
  const publicUrl = published ? `/${article.rubriqueSlug}/${article.slug}` : undefined;

  const focusImage = article.image ? await getImageFocus(article.image.id) : null;
  return (
    <>
      <header className="article-edit-header">
        <h1>{applyFrenchTypography(article.title)}</h1>
        <p className="article-edit-meta">
          <span className={`status status-${article.status}`}>{STATUS_LABELS[article.status]}</span>
          <span>Par {article.author.name}</span>
          {article.publishedAt && published ? (
            <span>
              Publié le <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
            </span>
          ) : article.publishedAt ? (
            // Unpublished since (or scheduled again): not online, whatever its first date says.
            <span>
              Hors ligne · première publication le{' '}
              <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
            </span>
          ) : (
            <span>Jamais publié</span>
          )}
          {article.status === 'SCHEDULED' && article.scheduledAt ? (
            <span>
              Programmé pour le <time dateTime={article.scheduledAt.toISOString()}>{formatDateTime(article.scheduledAt)}</time>
            </span>
          ) : null}
          <span>Version {article.version}</span>
        </p>
        <p className="article-edit-links">
          <a href={`/admin/articles/${article.id}/apercu`} target="_blank" rel="noopener">
            Aperçu<span className="visually-hidden"> (nouvel onglet)</span> ↗
          </a>
          <Link href={`/admin/articles/${article.id}/historique`}>Historique</Link>
          {publicUrl ? (
            <a href={publicUrl} target="_blank" rel="noopener">
              Voir en ligne<span className="visually-hidden"> (nouvel onglet)</span> ↗
            </a>
          ) : null}
        </p>
      </header>
      <EditPresence articleId={article.id} version={article.version} />
      <LiveDeskLink articleId={article.id} state={(await getLiveDeskStory(user, article.id)).state} canOpen={canPublish(user)} />
      {focusImage ? <ImageFocusPanel articleId={article.id} image={focusImage} /> : null}

      {article.liveEdit && canPublish(user) ? (
        <LiveEditNotice
          articleId={article.id}
          at={article.liveEdit.at.toISOString()}
          atLabel={formatDateTime(article.liveEdit.at)}
          byName={article.liveEdit.byName}
          fromVersion={article.liveEdit.fromVersion}
          version={article.version}
        />
      ) : null}

      {article.sentBack ? (
        // Why an editor sent it back from review: kept in the audit log, shown until it is submitted again.
        <div className="notice notice-info sent-back" role="note" aria-label="Renvoyé en brouillon">
          <p>
            <strong>Renvoyé en brouillon</strong> par {article.sentBack.byName} le{' '}
            <time dateTime={article.sentBack.at.toISOString()}>{formatDateTime(article.sentBack.at)}</time>
            {article.sentBack.note ? '\u00a0:' : '.'}
          </p>
          {article.sentBack.note ? <blockquote className="sent-back-note">{article.sentBack.note}</blockquote> : null}
          <p>Reprenez l’article, puis soumettez-le de nouveau à la relecture.</p>
        </div>
      ) : null}

      {/* The form and, beside it (under it on a narrow screen), the desk's discussion of the story. */}
      <div className="article-edit-layout">
        <ArticleForm
          // What the page was opened after, said only while it is still true: a reload after the next save
          // (the address keeps its query) says nothing any more.
          initialNotice={
            notices.cree && article.version === 1
              ? 'Brouillon créé.'
              : notices.restaure && notices.v === article.version
                ? `Version ${notices.restaure} restaurée (enregistrée comme nouvelle version ${article.version}).`
                : undefined
          }
          mode="edit"
          article={{
            id: article.id,
            title: article.title,
            chapo: article.chapo,
            body: article.body,
            slug: article.slug,
            rubriqueId: article.rubriqueId,
            placement: article.placement,
            image: article.image,
            imageAlt: article.imageAlt,
            imageCaption: article.imageCaption,
            imageCredit: article.imageCredit,
            status: article.status,
            version: article.version,
            publishedAt: article.publishedAt?.toISOString() ?? null,
            scheduledAt: article.scheduledAt?.toISOString() ?? null,
            related: article.related.map((r) => ({ id: r.id, title: r.title, status: r.status, inline: r.inline })),
          }}
          rubriques={rubriques.map((r) => ({ id: r.id, name: r.name, slug: r.slug }))}
          canPublish={canPublish(user)}
          publicUrl={publicUrl}
          currentLead={canPublish(user) ? await findCurrentLead() : null}
          workingCopy={await workingCopyFor(user, article)}
        />
        <ArticleDiscussion
          articleId={article.id}
          comments={comments.map((c) => ({ id: c.id, authorName: c.authorName, at: c.createdAt.toISOString(), body: c.body }))}
        />
      </div>

      {canMarkUpdate(user) && published ? (
        <div className="article-edit-updates">
          <UpdateEntryForm
            articleId={article.id}
            updates={article.updates.map((u) => ({
              id: u.id,
              kind: u.kind,
              note: u.note,
              createdAt: u.createdAt.toISOString(),
              authorName: u.authorName,
            }))}
          />
        </div>
      ) : null}
    </>
  );
}

/**
 * The person's unsaved changes kept by the autosave, with the version they were made on as the form
 * would have had it (its text from the history, the rest as it is now): taken back, a save meets the
 * versions saved since and merges three ways.
 */
async function workingCopyFor(user: Parameters<typeof findWorkingCopy>[0], article: TEditableArticle) {
  const copy = await findWorkingCopy(user, article.id);
  if (!copy) return null;
  const base = copy.baseVersion === article.version ? article : await getRevision(user, article.id, copy.baseVersion).catch(() => null);
  if (!base) return null;
  return {
    savedAt: copy.savedAt.toISOString(),
    baseVersion: copy.baseVersion,
    fields: copy.fields,
    linked: copy.linked,
    image: copy.image,
    base: {
      title: base.title,
      chapo: base.chapo,
      body: base.body,
      imageId: 'image' in base ? (base.image?.id ?? '') : (base.imageId ?? ''),
      imageAlt: base.imageAlt,
      imageCaption: base.imageCaption,
      imageCredit: base.imageCredit,
    },
  };
}
