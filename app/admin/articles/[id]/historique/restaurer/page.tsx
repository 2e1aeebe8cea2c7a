import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { deniedOrThrow } from '@/components/admin/ArticleAccessDenied';
import { RevisionDiff } from '@/components/admin/RevisionDiff';
import { requirePageUser } from '@/lib/auth/session';
import { diffFields, foldUnchanged } from '@/lib/content/diff';
import { entriesContradictedBy, findRevisions, getRevision } from '@/lib/data/revisions';
import { formatDateTime } from '@/lib/french/dates';
import { applyFrenchTypography } from '@/lib/french/typography';
import { RestoreNoticeForm } from './RestoreNoticeForm';
import '@/components/admin/article-form.css';

export const metadata: Metadata = { title: 'Restaurer une version' };

type TProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const ZId = z.string().min(1).max(40);
const ZVersion = z.coerce.number().int().positive().max(2_147_483_647);

const KIND_LABELS = { MISE_A_JOUR: 'Mise à jour', CORRECTION: 'Correction', PRECISION: 'Précision' } as const;

const FIELDS = [
  { name: 'title', label: 'Titre' },
  { name: 'chapo', label: 'Chapô' },
  { name: 'body', label: 'Texte' },
] as const;

/**
 * Restoring a version older than a public entry: the entries it would take back, the passages that
 * would change for readers, and what readers will be told (lib/data/revisions.ts restoreRevision).
 */
export default async function RestorePage({ params, searchParams }: TProps) {
  const { id } = await params;
  if (!ZId.safeParse(id).success) notFound();
  const query = await searchParams;
  const version = ZVersion.safeParse(Array.isArray(query.version) ? query.version[0] : query.version);
  if (!version.success) notFound();
  const user = await requirePageUser(`/admin/articles/${id}/historique/restaurer?version=${version.data}`);

  let data;
  try {
    const history = await findRevisions(user, id);
    const [restored, current, entries] = await Promise.all([
      getRevision(user, id, version.data),
      getRevision(user, id, history.version),
      entriesContradictedBy(user, id, version.data),
    ]);
    data = { history, restored, current, entries };
  } catch (error) {
    return deniedOrThrow(error);
  }
  const { history, restored, current, entries } = data;
  const diff = diffFields(
    { title: current.title, chapo: current.chapo, body: current.body },
    { title: restored.title, chapo: restored.chapo, body: restored.body },
  );

  return (
    <>
      <header className="article-edit-header">
        <h1>
          Restaurer la version {restored.version} : {applyFrenchTypography(history.title)}
        </h1>
        <p className="article-edit-meta">
          <Link href={`/admin/articles/${id}/historique`}>← Revenir à l’historique</Link>
          <span>Version en cours : {history.version}</span>
        </p>
      </header>

      {entries.length > 0 ? (
        <section className="panel restore-warning" aria-labelledby="mentions">
          <h2 id="mentions">
            {entries.length > 1 ? `${entries.length}\u00a0mentions publiques disent le contraire` : 'Une mention publique dit le contraire'}
          </h2>
          <p>
            La version {restored.version} a été remplacée le{' '}
            {formatDateTime(history.revisions.find((r) => r.version === restored.version + 1)?.createdAt ?? restored.createdAt)}. Depuis,
            les lecteurs ont lu {entries.length > 1 ? 'ces mentions' : 'cette mention'}, que la restauration contredirait :
          </p>
          <ul className="restore-entries">
            {entries.map((entry) => (
              <li key={entry.id}>
                <strong>{KIND_LABELS[entry.kind]}</strong>, {formatDateTime(entry.createdAt)} : « {entry.note} »
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="notice notice-info">Aucune mention publique n’a été écrite depuis cette version.</p>
      )}

      <section className="panel" aria-labelledby="passages">
        <h2 id="passages">Ce que les lecteurs verraient changer</h2>
        <p className="field-hint">
          <del className="diff-removed">Barré</del> : le texte en ligne, qui disparaîtrait ; <ins className="diff-added">souligné</ins> : le
          texte de la version {restored.version}, qui reviendrait ; « […] » : passage inchangé abrégé.
        </p>
        {FIELDS.filter(({ name }) => diff[name].changed).map(({ name, label }) => (
          <div key={name}>
            <h3>{label}</h3>
            <RevisionDiff parts={name === 'body' ? foldUnchanged(diff[name].parts) : diff[name].parts} />
          </div>
        ))}
        {FIELDS.every(({ name }) => !diff[name].changed) ? <p>Le titre, le chapô et le texte sont ceux de la version en cours.</p> : null}
      </section>

      <RestoreNoticeForm
        articleId={id}
        version={restored.version}
        baseVersion={history.version}
        entries={entries.map((entry) => ({
          id: entry.id,
          kind: entry.kind,
          note: entry.note,
          label: `${KIND_LABELS[entry.kind]} du ${formatDateTime(entry.createdAt)}`,
        }))}
      />
    </>
  );
}
