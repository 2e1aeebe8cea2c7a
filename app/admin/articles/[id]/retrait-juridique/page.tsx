import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ActionForm } from '@/components/admin/ActionForm';
import { addLegalRedactionAction } from '@/lib/actions/redaction-actions';
import { requirePageUser } from '@/lib/auth/session';
import { getEditableArticle } from '@/lib/data/get-editable-article';
import { findLegalRedactions, REDACTION_PASSAGE_MAX, REDACTION_REASON_MAX } from '@/lib/data/legal-redactions';
import { formatDateTime } from '@/lib/french/dates';

export const metadata: Metadata = { title: 'Retrait juridique' };

const ZId = z.string().min(1).max(40);

/**
 * Legal redaction (editors): a passage masked from everything public built from the story's past —
 * « Voir ce qui a changé », its update notes, /mises-a-jour and the feeds — with a visible mention.
 */
export default async function RedactionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/admin/articles/${id}/retrait-juridique`, ['EDITOR', 'ADMIN']);
  if (!ZId.safeParse(id).success) notFound();
  const [article, redactions] = await Promise.all([getEditableArticle(user, id).catch(() => null), findLegalRedactions(user, id)]);
  if (!article) notFound();
  return (
    <>
      <header className="article-edit-header">
        <h1>
          Retrait juridique{'\u00a0'}: {article.title}
        </h1>
        <p className="article-edit-links">
          <Link href={`/admin/articles/${id}`}>← Revenir à l’article</Link>
          <Link href={`/admin/articles/${id}/historique`}>Historique</Link>
        </p>
      </header>
      <p className="field-hint">
        Le passage est remplacé par «{'\u00a0'}[passage retiré pour raison juridique]{'\u00a0'}» dans toutes les comparaisons publiques («
        {'\u00a0'}Voir ce qui a changé{'\u00a0'}»), les notes de mise à jour, «{'\u00a0'}Mises à jour et corrections{'\u00a0'}» et les flux,
        et ces pages sont purgées de tous les caches. La raison reste dans le journal. Le texte actuel de l’article se corrige dans
        l’article.
      </p>
      <section className="panel" aria-labelledby="retrait-nouveau">
        <h2 id="retrait-nouveau">Retirer un passage</h2>
        <ActionForm
          action={addLegalRedactionAction}
          submitLabel="Retirer le passage"
          confirm={'Retirer ce passage de toutes les pages publiques\u00a0?'}
          resetOnSuccess
        >
          <input type="hidden" name="id" value={id} />
          <div className="field">
            <label htmlFor="retrait-passage">Passage à retirer (copié tel quel)</label>
            <textarea id="retrait-passage" name="passage" rows={3} maxLength={REDACTION_PASSAGE_MAX} required />
          </div>
          <div className="field">
            <label htmlFor="retrait-raison">Raison juridique (journal uniquement)</label>
            <textarea id="retrait-raison" name="reason" rows={2} maxLength={REDACTION_REASON_MAX} required />
          </div>
        </ActionForm>
      </section>
      <section className="panel" aria-labelledby="retrait-liste">
        <h2 id="retrait-liste">Passages retirés</h2>
        {redactions.length === 0 ? (
          <p>Aucun.</p>
        ) : (
          <ul>
            {redactions.map((redaction) => (
              <li key={redaction.id}>
                <q>{redaction.passage}</q> — le {formatDateTime(redaction.createdAt)}
                {redaction.authorName ? `, par ${redaction.authorName}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
