import type { Metadata } from 'next';
import { deniedOrThrow } from '@/components/admin/ArticleAccessDenied';
import Link from 'next/link';
import { canMarkUpdate } from '@/lib/auth/permissions';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { RevisionDiff } from '@/components/admin/RevisionDiff';
import { requirePageUser } from '@/lib/auth/session';
import { diffFields, foldUnchanged } from '@/lib/content/diff';
import { findArticleComments } from '@/lib/data/article-comments';
import { findRevisions, getRevision, type TRevision, type TRevisionSummary } from '@/lib/data/revisions';
import { actLabel } from '@/lib/content/revision-history';
import { imageUrl } from '@/lib/media/urls';
import { formatDateTime, formatRecentDateTime } from '@/lib/french/dates';
import { RestoreButton } from './RestoreButton';
import '@/components/admin/article-form.css';
import { applyFrenchTypography } from '@/lib/french/typography';

export const metadata: Metadata = { title: 'Historique de l’article' };

type TProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const ZId = z.string().min(1).max(40);
/** `?de=3&a=5`: plain positive integers; anything else falls back to the defaults. */
const ZVersionParam = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/)
  .transform(Number)
  .pipe(z.number().int().positive().max(2_147_483_647));

function versionParam(value: string | string[] | undefined, known: Set<number>): number | null {
  const parsed = ZVersionParam.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success && known.has(parsed.data) ? parsed.data : null;
}

const FIELDS = [
  { name: 'title', label: 'Titre' },
  { name: 'chapo', label: 'Chapô' },
  { name: 'body', label: 'Texte' },
] as const;

const numberFormat = new Intl.NumberFormat('fr-FR');

function VersionSelect({
  id,
  label,
  revisions,
  value,
}: {
  id: 'de' | 'a';
  label: string;
  revisions: TRevisionSummary[];
  value: number | null | undefined;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} defaultValue={value ?? undefined}>
        {revisions.map((r) => (
          <option key={r.version} value={r.version}>
            {versionLabel(r)}
          </option>
        ))}
      </select>
    </div>
  );
}

const IMAGE_WORDS = [
  { name: 'imageAlt', label: 'Texte alternatif' },
  { name: 'imageCaption', label: 'Légende' },
  { name: 'imageCredit', label: 'Crédit' },
] as const;

const quoted = (text: string) => (text ? `«\u00a0${text}\u00a0»` : '(vide)');

/** The main picture between two versions: added, removed or replaced (both shown), and its words. */
function ImageChanges({ before, after }: { before: TRevision; after: TRevision }) {
  const pictureChanged = before.imageId !== after.imageId;
  const words = IMAGE_WORDS.filter(({ name }) => before[name] !== after[name]);
  if (!pictureChanged && words.length === 0) return null;
  const thumbnail = (imageId: string, label: string) => (
    // eslint-disable-next-line @next/next/no-img-element -- a stored size, shown small
    <img src={imageUrl(imageId, 400)} alt={label} width={200} className="history-image" />
  );
  return (
    <div>
      <h3>Image principale</h3>
      {pictureChanged ? (
        <p className="history-images">
          {before.imageId === null ? 'Ajoutée\u00a0: ' : after.imageId === null ? 'Retirée\u00a0: ' : 'Remplacée\u00a0: '}
          {before.imageId ? thumbnail(before.imageId, `Image de la version ${before.version}`) : null}
          {before.imageId && after.imageId ? ' → ' : null}
          {after.imageId ? thumbnail(after.imageId, `Image de la version ${after.version}`) : null}
        </p>
      ) : null}
      {words.length ? (
        <ul>
          {words.map(({ name, label }) => (
            <li key={name}>
              {label}
              {'\u00a0'}: {quoted(before[name])} → {quoted(after[name])}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

const versionAct = (r: TRevisionSummary | undefined) => (r ? actLabel(r.act) : '—');

function versionLabel(r: TRevisionSummary) {
  return `Version ${r.version} (${actLabel(r.act)}) — ${formatDateTime(r.createdAt)}${r.authorName ? ` — ${r.authorName}` : ''}`;
}

export default async function ArticleHistoryPage({ params, searchParams }: TProps) {
  const { id } = await params;
  const user = await requirePageUser(`/admin/articles/${id}/historique`);
  if (!ZId.safeParse(id).success) notFound();

  let history: Awaited<ReturnType<typeof findRevisions>>;
  let comments: Awaited<ReturnType<typeof findArticleComments>>;
  try {
    [history, comments] = await Promise.all([findRevisions(user, id), findArticleComments(user, id)]);
  } catch (error) {
    return deniedOrThrow(error);
  }

  const { revisions } = history;
  const known = new Set(revisions.map((r) => r.version));
  const query = await searchParams;
  // Without a choice: the newest change (the last two versions whose text differs).
  const from = versionParam(query.de, known) ?? history.comparison?.from ?? null;
  const to = versionParam(query.a, known) ?? history.comparison?.to ?? null;
  const byVersion = new Map(revisions.map((r) => [r.version, r]));

  const [before, after] =
    from !== null && to !== null ? await Promise.all([getRevision(user, id, from), getRevision(user, id, to)]) : [null, null];
  const diff =
    before && after
      ? diffFields(
          { title: before.title, chapo: before.chapo, body: before.body },
          { title: after.title, chapo: after.chapo, body: after.body },
        )
      : null;

  return (
    <>
      <header className="article-edit-header">
        <h1>Historique : {applyFrenchTypography(history.title)}</h1>
        <p className="article-edit-links">
          <Link href={`/admin/articles/${id}`}>← Revenir à l’article</Link>
          <span>Version en cours : {history.version}</span>
          {canMarkUpdate(user) ? <Link href={`/admin/articles/${id}/retrait-juridique`}>Retrait juridique</Link> : null}
        </p>
      </header>

      {revisions.length === 0 ? (
        <p className="notice notice-info">Aucune version enregistrée pour cet article.</p>
      ) : (
        <>
          <section className="panel" aria-labelledby="comparer">
            <h2 id="comparer">Comparer deux versions</h2>
            <form method="get" className="history-compare">
              <VersionSelect id="de" label="De la version" revisions={revisions} value={from} />
              <VersionSelect id="a" label="À la version" revisions={revisions} value={to} />
              <button type="submit" className="button">
                Comparer
              </button>
            </form>

            {before && after && diff ? (
              <div className="history-diff">
                <p className="history-pair">
                  De la version {before.version} ({versionAct(byVersion.get(before.version))}, {formatDateTime(before.createdAt)}) à la
                  version {after.version} ({versionAct(byVersion.get(after.version))}, {formatDateTime(after.createdAt)}).
                </p>
                <p className="field-hint">
                  <del className="diff-removed">Barré</del> : retiré ; <ins className="diff-added">souligné</ins> : ajouté ; « […] » :
                  passage inchangé abrégé.
                </p>
                {before.version === after.version ? (
                  <p className="notice notice-info">Choisissez deux versions différentes pour voir ce qui a changé.</p>
                ) : null}
                {before.slug !== after.slug ? (
                  <p>
                    Adresse : <code>{before.slug}</code> → <code>{after.slug}</code>
                  </p>
                ) : null}
                <ImageChanges before={before} after={after} />
                {FIELDS.map(({ name, label }) => {
                  const { changed, parts } = diff[name];
                  return (
                    <div key={name}>
                      <h3>
                        {label}
                        {changed ? null : ' — inchangé'}
                      </h3>
                      {parts.length === 0 ? (
                        <p className="field-hint">(vide)</p>
                      ) : changed ? (
                        <RevisionDiff parts={name === 'body' ? foldUnchanged(parts) : parts} />
                      ) : name === 'body' ? null : (
                        <RevisionDiff parts={parts} />
                      )}
                    </div>
                  );
                })}
              </div>
            ) : null}
          </section>

          <section className="panel" aria-labelledby="versions">
            <h2 id="versions">Toutes les versions</h2>
            <div className="table-scroll" role="region" aria-label="Toutes les versions" tabIndex={0}>
              <table className="table">
                <caption className="visually-hidden">Versions de l’article, de la plus récente à la plus ancienne</caption>
                <thead>
                  <tr>
                    <th scope="col">Version</th>
                    <th scope="col">Acte</th>
                    <th scope="col">Date</th>
                    <th scope="col">Auteur</th>
                    <th scope="col">Titre</th>
                    <th scope="col">Mots</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {revisions.map((r, index) => {
                    const older = revisions[index + 1];
                    // Replaced before a public entry was written: restoring it takes back what readers were told.
                    const replacedAt = revisions[index - 1]?.createdAt;
                    const beforeAnEntry = replacedAt !== undefined && history.publicEntryDates.some((date) => date >= replacedAt);
                    return (
                      <tr key={r.version} aria-current={r.version === history.version ? 'true' : undefined}>
                        <td>
                          {r.version}
                          {r.version === history.version ? <span className="field-hint"> (en cours)</span> : null}
                        </td>
                        <td>{actLabel(r.act)}</td>
                        <td>{formatDateTime(r.createdAt)}</td>
                        <td>{r.authorName ?? '—'}</td>
                        <td>{applyFrenchTypography(r.title)}</td>
                        <td>{numberFormat.format(r.words)}</td>
                        <td className="history-actions">
                          {older ? (
                            <Link href={`/admin/articles/${id}/historique?de=${older.version}&a=${r.version}`}>
                              Voir les changements<span className="visually-hidden"> de la version {r.version}</span>
                            </Link>
                          ) : null}
                          {r.version === history.version ? null : beforeAnEntry ? (
                            <Link
                              href={`/admin/articles/${id}/historique/restaurer?version=${r.version}`}
                              className="button button-quiet button-small"
                            >
                              Restaurer cette version…
                              <span className="visually-hidden"> ({r.version}, antérieure à une mention publique)</span>
                            </Link>
                          ) : (
                            <RestoreButton articleId={id} version={r.version} baseVersion={history.version} />
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}

      <section className="panel history-discussion" aria-labelledby="discussion">
        <h2 id="discussion">Discussion</h2>
        {comments.length === 0 ? (
          <p className="field-hint">Aucun message dans la discussion de cet article.</p>
        ) : (
          <ol className="discussion-thread" aria-label="Messages, du plus ancien au plus récent">
            {comments.map((comment) => (
              <li key={comment.id}>
                <p className="discussion-meta">
                  <strong>{comment.authorName ?? 'Compte supprimé'}</strong> ·{' '}
                  <time dateTime={comment.createdAt.toISOString()}>{formatRecentDateTime(comment.createdAt)}</time>
                </p>
                <p className="discussion-body">{comment.body}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
