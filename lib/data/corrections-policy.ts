import 'server-only';
import { canMarkUpdate, type TActor } from '../auth/permissions';
import { keyFor, noteKeys } from '../cache/keys';
import { db, readDb } from '../db';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError } from './newsroom-errors';
import type { TPublicChange } from './public-change';

/** The SiteSetting row that holds the corrections policy (Markdown). */
const KEY = 'correctionsPolicy';
export const POLICY_MAX_LENGTH = 20_000;

/** What readers read until an editor writes the newsroom's own. */
export const DEFAULT_CORRECTIONS_POLICY = `Dakarinfo corrige ses erreurs, vite et ouvertement.

- **Correction**\u00a0: une erreur de fait (un chiffre, un nom, une date). Elle est signalée en tête de l’article et dans son encadré de mise à jour.
- **Mise à jour**\u00a0: un fait nouveau ajouté à l’article.
- **Précision**\u00a0: un passage complété ou éclairci.

Chaque mention est datée, et le lien «\u00a0Voir ce qui a changé\u00a0» montre le texte avant et après. Les fautes de frappe corrigées sans changer le sens ne font pas l’objet d’une mention.

Vous avez repéré une erreur\u00a0? Utilisez le formulaire «\u00a0Signaler une erreur\u00a0» au bas de chaque article.`;

export type TCorrectionsPolicy = { text: string; updatedAt: Date | null };

function textOf(value: unknown): string | null {
  return value && typeof value === 'object' && typeof (value as { text?: unknown }).text === 'string'
    ? (value as { text: string }).text
    : null;
}

/** The policy readers read at /mises-a-jour/politique (the default until an editor saves one). */
export async function getCorrectionsPolicy(): Promise<TCorrectionsPolicy> {
  noteKeys(keyFor.updates);
  const row = await (await readDb()).siteSetting.findUnique({ where: { key: KEY }, select: { value: true, updatedAt: true } });
  const text = row ? textOf(row.value) : null;
  return text ? { text, updatedAt: row?.updatedAt ?? null } : { text: DEFAULT_CORRECTIONS_POLICY, updatedAt: null };
}

/** An editor rewrites the policy; the journal keeps the wording it replaced. */
export async function saveCorrectionsPolicy(actor: TActor, raw: string): Promise<TPublicChange> {
  if (!canMarkUpdate(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (text.length < 20) throw new NewsroomError('Écrivez la politique de corrections (20 caractères au moins).', 'invalid', 'text');
  if (text.length > POLICY_MAX_LENGTH)
    throw new NewsroomError(`La politique ne peut dépasser ${POLICY_MAX_LENGTH.toLocaleString('fr-FR')} caractères.`, 'invalid', 'text');
  await db().$transaction(async (tx) => {
    const before = await tx.siteSetting.findUnique({ where: { key: KEY }, select: { value: true } });
    await tx.siteSetting.upsert({
      where: { key: KEY },
      create: { key: KEY, value: { text }, updatedById: actor.id },
      update: { value: { text }, updatedById: actor.id },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'settings.corrections-policy',
        targetType: 'setting',
        targetId: KEY,
        details: { before: before ? textOf(before.value) : null, after: text },
      },
      tx,
    );
  });
  return { keys: [keyFor.updates] };
}
