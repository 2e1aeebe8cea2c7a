'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireActionUser } from '../auth/session';
import { invalidatePublicChange } from '../cache/invalidate';
import { addUpdateEntry, editUpdateEntry, removeUpdateEntry } from '../data/add-update-entry';
import { getEditableArticle, type TEditableArticle } from '../data/get-editable-article';
import { markLiveEditRead } from '../data/live-edit-review';
import { NewsroomError } from '../data/newsroom-errors';
import { restoreRevision, type TRestoreNotice } from '../data/revisions';
import { dropWorkingCopy } from '../data/working-copies';
import { createArticle, RETURN_NOTE_REQUIRED, saveArticle } from '../data/save-article';
import { searchRelatedCandidates, type TRelatedCandidate } from '../data/search-related-candidates';
import { parseParisDateTime } from '../french/dates';
import type { ArticleStatus } from '../generated/prisma/enums';
import { fieldErrors, parseArticleForm, ZIntent, ZUpdateEntry, ZVersion } from '../validation/article';
import { failureFrom, formText, type TActionState } from './action-result';

const ZId = z.string().min(1).max(40);
const ZReturnNote = z
  .string()
  .transform((text) => text.replace(/\r\n?/g, '\n').trim())
  .pipe(z.string().max(1_000, 'Le motif ne doit pas dépasser 1\u202f000 caractères.'));

export type TSaveState = TActionState & {
  version?: number;
  status?: ArticleStatus;
  /** On a conflict: the version saved in between, every field the form edits, to merge with the form's. */
  current?: Pick<
    TEditableArticle,
    | 'title'
    | 'chapo'
    | 'body'
    | 'version'
    | 'lastEditorName'
    | 'image'
    | 'imageAlt'
    | 'imageCaption'
    | 'imageCredit'
    | 'rubriqueId'
    | 'slug'
    | 'placement'
    | 'related'
  > & { updatedAt: string; scheduledAt: string | null };
};

const SAVED: Record<string, string> = {
  save: 'Enregistré.',
  submit: 'Soumis à la relecture.',
  return: 'Revenu au brouillon\u00a0: l’article peut être repris, puis soumis de nouveau.',
  publish: 'Publié\u00a0: l’article est en ligne.',
  schedule: 'Publication programmée.',
  unpublish: 'Dépublié\u00a0: l’article n’est plus visible des lecteurs.',
};

const SCHEDULE_CANCELLED = 'Programmation annulée\u00a0: l’article ne sera pas publié et redevient un brouillon.';

/** New story: a draft by the signed-in user, then its edit page. */
export async function createArticleAction(form: FormData): Promise<TSaveState> {
  const auth = await requireActionUser();
  if (!auth.ok) return auth;
  const parsed = parseArticleForm(form);
  if (!parsed.success) return { ok: false, message: 'Corrigez les champs signalés.', fieldErrors: fieldErrors(parsed.error) };
  let id: string;
  try {
    id = (await createArticle(auth.user, parsed.data)).id;
  } catch (error) {
    return failureFrom(error);
  }
  redirect(`/admin/articles/${id}?cree=1`);
}

/** Save, and submit / publish / schedule / unpublish, in one write checked against the version the form was based on. */
export async function saveArticleAction(form: FormData): Promise<TSaveState> {
  const auth = await requireActionUser();
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  const version = ZVersion.safeParse(formText(form, 'version'));
  const intent = ZIntent.safeParse(formText(form, 'intent'));
  if (!id.success || !version.success || !intent.success)
    return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page (copiez d’abord votre texte).' };
  const parsed = parseArticleForm(form);
  if (!parsed.success) return { ok: false, message: 'Corrigez les champs signalés.', fieldErrors: fieldErrors(parsed.error) };
  const scheduledRaw = formText(form, 'scheduledAt');
  const scheduledAt = scheduledRaw ? parseParisDateTime(scheduledRaw) : null;
  if (intent.data === 'schedule' && !scheduledAt)
    return {
      ok: false,
      message: 'Indiquez une date et une heure valides.',
      fieldErrors: { scheduledAt: 'Indiquez une date et une heure valides.' },
    };
  // Why an editor sends the story back: for its author, shown on the story's page.
  const returnNote = ZReturnNote.safeParse(formText(form, 'returnNote'));
  if (intent.data === 'return' && !returnNote.success)
    return {
      ok: false,
      message: 'Corrigez les champs signalés.',
      fieldErrors: { returnNote: returnNote.error.issues[0]?.message ?? 'Motif invalide.' },
    };

  try {
    const result = await saveArticle(auth.user, id.data, version.data, parsed.data, intent.data, {
      scheduledAt,
      returnNote: returnNote.success ? returnNote.data : undefined,
    });
    invalidatePublicChange(result.publicChange);
    // Saved: the autosave's copy of these changes has served its purpose.
    await dropWorkingCopy(auth.user, id.data);
    const unchangedMessage = intent.data === 'save' ? 'Aucune modification à enregistrer.' : 'Déjà fait\u00a0: rien n’a changé.';
    // The lead it replaced is named, and where it went.
    const displaced = (result.displaced ?? []).map((story) => `«\u00a0${story.title}\u00a0»`).join(', ');
    const message = result.unchanged
      ? unchangedMessage
      : intent.data === 'unpublish' && result.from === 'SCHEDULED'
        ? SCHEDULE_CANCELLED
        : SAVED[intent.data];
    return {
      ok: true,
      message: displaced
        ? `${message} ${displaced} ${result.displaced && result.displaced.length > 1 ? 'passent' : 'passe'} de la manchette principale à la une, en tête des titres.`
        : message,
      version: result.version,
      status: result.status,
    };
  } catch (error) {
    if (error instanceof NewsroomError && error.message === RETURN_NOTE_REQUIRED)
      return { ok: false, message: 'Corrigez les champs signalés.', fieldErrors: { returnNote: RETURN_NOTE_REQUIRED } };
    if (error instanceof NewsroomError && error.code === 'conflict') {
      const current = await getEditableArticle(auth.user, id.data);
      return {
        ok: false,
        message: `${current.lastEditorName ?? 'Quelqu’un'} a enregistré une autre version de cet article pendant que vous écriviez. Rien n’a été écrasé\u00a0: votre texte est toujours dans le formulaire.`,
        current: {
          title: current.title,
          chapo: current.chapo,
          body: current.body,
          version: current.version,
          lastEditorName: current.lastEditorName,
          image: current.image,
          imageAlt: current.imageAlt,
          imageCaption: current.imageCaption,
          imageCredit: current.imageCredit,
          rubriqueId: current.rubriqueId,
          slug: current.slug,
          placement: current.placement,
          related: current.related,
          scheduledAt: current.scheduledAt?.toISOString() ?? null,
          updatedAt: current.updatedAt.toISOString(),
        },
      };
    }
    return failureFrom(error);
  }
}

export async function addUpdateEntryAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser(['EDITOR', 'ADMIN']);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  const entry = ZUpdateEntry.safeParse({ kind: formText(form, 'kind'), note: formText(form, 'note') });
  if (!id.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  if (!entry.success) return { ok: false, message: 'Corrigez les champs signalés.', fieldErrors: fieldErrors(entry.error) };
  try {
    invalidatePublicChange(await addUpdateEntry(auth.user, id.data, entry.data));
    return { ok: true, message: 'La mention «\u00a0Cette histoire a été mise à jour.\u00a0» est en ligne.' };
  } catch (error) {
    return failureFrom(error);
  }
}

/** An editor rewords a public update note (its time and the story's date stay). */
export async function editUpdateEntryAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser(['EDITOR', 'ADMIN']);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'entryId'));
  const entry = ZUpdateEntry.safeParse({ kind: formText(form, 'kind'), note: formText(form, 'note') });
  if (!id.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  if (!entry.success) return { ok: false, message: 'Corrigez les champs signalés.', fieldErrors: fieldErrors(entry.error) };
  try {
    const previous = form.get('previousNote');
    invalidatePublicChange(
      await editUpdateEntry(auth.user, id.data, entry.data, typeof previous === 'string' ? previous.replace(/\r\n?/g, '\n') : undefined),
    );
    return { ok: true, message: 'Note modifiée\u00a0: les lecteurs voient la nouvelle version.' };
  } catch (error) {
    return failureFrom(error);
  }
}

/** An editor withdraws a public update entry published by mistake (the journal keeps it). */
export async function removeUpdateEntryAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser(['EDITOR', 'ADMIN']);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'entryId'));
  if (!id.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  try {
    invalidatePublicChange(await removeUpdateEntry(auth.user, id.data));
    return { ok: true, message: 'Mention retirée\u00a0: les lecteurs ne la voient plus.' };
  } catch (error) {
    return failureFrom(error);
  }
}

const ZSeenAt = z.iso.datetime().transform((value) => new Date(value));

/** An editor has read a journalist's change to a story online: it leaves the « à relire » list. */
export async function markLiveEditReadAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser(['EDITOR', 'ADMIN']);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  const seenAt = ZSeenAt.safeParse(formText(form, 'seenAt'));
  if (!id.success || !seenAt.success) return { ok: false, message: 'Formulaire incomplet : rechargez la page.' };
  try {
    const { message } = await markLiveEditRead(auth.user, id.data, seenAt.data);
    return { ok: true, message };
  } catch (error) {
    return failureFrom(error);
  }
}

export async function restoreRevisionAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser();
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'id'));
  const version = ZVersion.safeParse(formText(form, 'version'));
  const base = ZVersion.safeParse(formText(form, 'baseVersion'));
  if (!id.success || !version.success || !base.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  // A version older than a public entry: what readers will be told (restore/page.tsx asks).
  const told = formText(form, 'notice');
  let notice: TRestoreNotice | null = null;
  if (told === 'new' || told === 'reword') {
    const entry = ZUpdateEntry.safeParse({ kind: formText(form, 'kind'), note: formText(form, 'note') });
    if (!entry.success) return { ok: false, message: 'Corrigez les champs signalés.', fieldErrors: fieldErrors(entry.error) };
    const entryId = ZId.safeParse(formText(form, 'entryId'));
    if (told === 'reword' && !entryId.success)
      return { ok: false, message: 'Corrigez les champs signalés.', fieldErrors: { entryId: 'Choisissez la mention à corriger.' } };
    notice =
      told === 'new'
        ? { kind: 'new', entryKind: entry.data.kind, note: entry.data.note }
        : { kind: 'reword', entryId: entryId.data as string, entryKind: entry.data.kind, note: entry.data.note };
  }
  let restoredAs: number;
  try {
    const result = await restoreRevision(auth.user, id.data, version.data, base.data, notice);
    for (const change of result.changes) invalidatePublicChange(change);
    restoredAs = result.version;
  } catch (error) {
    if (error instanceof NewsroomError && error.code === 'conflict')
      return { ok: false, message: 'L’article a changé depuis l’ouverture de cette page\u00a0: rechargez-la avant de restaurer.' };
    return failureFrom(error);
  }
  // `v`: the notice shows only while that version is the current one (not after the next save).
  redirect(`/admin/articles/${id.data}?restaure=${version.data}&v=${restoredAs}`);
}

/** For the « À lire aussi » picker. */
export async function searchRelatedAction(query: string, excludeId: string | null): Promise<TRelatedCandidate[]> {
  const auth = await requireActionUser();
  if (!auth.ok) return [];
  const q = z.string().max(200).safeParse(query);
  if (!q.success || q.data.trim().length < 2) return [];
  return searchRelatedCandidates(q.data, excludeId ?? undefined);
}
