import type { Metadata } from 'next';
import { ActionForm } from '@/components/admin/ActionForm';
import { saveCorrectionsPolicyAction } from '@/lib/actions/corrections-policy-actions';
import { requirePageUser } from '@/lib/auth/session';
import { getCorrectionsPolicy, POLICY_MAX_LENGTH } from '@/lib/data/corrections-policy';
import { formatDateTime } from '@/lib/french/dates';

export const metadata: Metadata = { title: 'Politique de corrections' };

/** The corrections policy readers read at /mises-a-jour/politique, written by editors. */
export default async function CorrectionsPolicyPage() {
  await requirePageUser('/admin/corrections', ['EDITOR', 'ADMIN']);
  const policy = await getCorrectionsPolicy();
  return (
    <>
      <h1>Politique de corrections</h1>
      <p className="field-hint">
        Le texte de <a href="/mises-a-jour/politique">/mises-a-jour/politique</a>, lié depuis «{'\u00a0'}Mises à jour et corrections
        {'\u00a0'}» et le pied de page. Markdown{'\u00a0'}: **gras**, listes, liens.{' '}
        {policy.updatedAt ? `Dernière modification le ${formatDateTime(policy.updatedAt)}.` : 'Texte par défaut, jamais modifié.'}
      </p>
      <section className="panel" aria-labelledby="politique-texte">
        <h2 id="politique-texte">Texte</h2>
        <ActionForm action={saveCorrectionsPolicyAction} submitLabel="Enregistrer la politique" pendingLabel="Enregistrement…">
          <div className="field">
            <label htmlFor="politique">Politique de corrections</label>
            <textarea id="politique" name="text" rows={16} maxLength={POLICY_MAX_LENGTH} defaultValue={policy.text} required />
          </div>
        </ActionForm>
      </section>
    </>
  );
}
