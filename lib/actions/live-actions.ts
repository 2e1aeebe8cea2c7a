'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireActionUser } from '../auth/session';
import { invalidatePublicChange } from '../cache/invalidate';
import { editLiveEntry, postLiveEntry } from '../data/live-entries';
import { pinLiveEntry, setLiveKeyPoint, unpinLiveEntry, withdrawLiveEntry } from '../data/live-entry-moderation';
import { closeLive, openLive, reopenLive } from '../data/live-state';
import type { TPublicChange } from '../data/public-change';
import { liveEntryProblem, ZLiveEntryContent } from '../validation/live-entry';
import { failureFrom, formText, type TActionState } from './action-result';

/**
 * « En direct »: each action checks the session and the role here (the data layer checks the rights
 * again), parses the form, acts, purges what changed once committed, and says what happened in French.
 * The newsroom's pages of the live are refreshed (revalidatePath); what is typed in other fields stays.
 */
const ZId = z.string().min(1).max(40);
const INCOMPLETE: TActionState = { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
const EDITORS = ['EDITOR', 'ADMIN'] as const;

function refreshDesk(articleId?: string) {
  if (articleId) {
    revalidatePath(`/admin/articles/${articleId}`);
    revalidatePath(`/admin/articles/${articleId}/direct`);
  } else revalidatePath('/admin/articles/[id]/direct', 'page');
}

async function run(work: () => Promise<TPublicChange>, message: string, articleId?: string): Promise<TActionState> {
  try {
    invalidatePublicChange(await work());
    refreshDesk(articleId);
    return { ok: true, message };
  } catch (error) {
    return failureFrom(error);
  }
}

function parseContent(form: FormData) {
  const parsed = ZLiveEntryContent.safeParse({
    body: formText(form, 'body'),
    imageId: formText(form, 'imageId'),
    imageAlt: formText(form, 'imageAlt'),
  });
  if (parsed.success) return { ok: true as const, content: parsed.data };
  const { message, field } = liveEntryProblem(parsed.error);
  return { ok: false as const, failure: { ok: false, message, fieldErrors: { [field]: message } } satisfies TActionState };
}

/** « Ouvrir en direct » (editors). */
export async function openLiveAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'articleId'));
  if (!id.success) return INCOMPLETE;
  return run(() => openLive(auth.user, id.data), 'Le direct est ouvert\u00a0: la rédaction peut y publier.', id.data);
}

/** « Clore le direct » (editors). */
export async function closeLiveAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'articleId'));
  if (!id.success) return INCOMPLETE;
  return run(
    () => closeLive(auth.user, id.data),
    'Le direct est clos\u00a0: les lecteurs voient «\u00a0Ce direct est terminé\u00a0».',
    id.data,
  );
}

/** « Rouvrir le direct » (editors). */
export async function reopenLiveAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'articleId'));
  if (!id.success) return INCOMPLETE;
  return run(() => reopenLive(auth.user, id.data), 'Le direct est rouvert.', id.data);
}

/** « Publier l’entrée »: any newsroom member, while the live runs. */
export async function postLiveEntryAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser();
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'articleId'));
  if (!id.success) return INCOMPLETE;
  const parsed = parseContent(form);
  if (!parsed.ok) return parsed.failure;
  const keyPoint = formText(form, 'keyPoint') === '1';
  return run(async () => (await postLiveEntry(auth.user, id.data, { ...parsed.content, keyPoint })).change, 'Entrée publiée.', id.data);
}

/** « Modifier » an entry: its author or an editor. */
export async function editLiveEntryAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser();
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'entryId'));
  if (!id.success) return INCOMPLETE;
  const parsed = parseContent(form);
  if (!parsed.ok) return parsed.failure;
  return run(
    () => editLiveEntry(auth.user, id.data, parsed.content),
    'Entrée modifiée\u00a0: les lecteurs voient «\u00a0modifiée à…\u00a0».',
  );
}

/** « Retirer » an entry (editors): as a duplicate, it leaves no public trace. */
export async function withdrawLiveEntryAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'entryId'));
  if (!id.success) return INCOMPLETE;
  const duplicate = formText(form, 'duplicate') === '1';
  return run(
    () => withdrawLiveEntry(auth.user, id.data, { duplicate }),
    duplicate ? 'Doublon retiré\u00a0: aucune trace publique.' : 'Entrée retirée\u00a0: les lecteurs voient «\u00a0entrée retirée\u00a0».',
  );
}

/** « Épingler » / « Désépingler » (editors): one pinned entry per live. */
export async function pinLiveEntryAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'entryId'));
  if (!id.success) return INCOMPLETE;
  return formText(form, 'pin') === '1'
    ? run(() => pinLiveEntry(auth.user, id.data), 'Entrée épinglée en tête du direct.')
    : run(() => unpinLiveEntry(auth.user, id.data), 'Entrée désépinglée.');
}

/** « Essentiel »: an editor or the entry's author. */
export async function setLiveKeyPointAction(_previous: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser();
  if (!auth.ok) return auth;
  const id = ZId.safeParse(formText(form, 'entryId'));
  if (!id.success) return INCOMPLETE;
  const keyPoint = formText(form, 'keyPoint') === '1';
  return run(
    () => setLiveKeyPoint(auth.user, id.data, keyPoint),
    keyPoint ? 'Entrée ajoutée à «\u00a0L’essentiel\u00a0».' : 'Entrée retirée de «\u00a0L’essentiel\u00a0».',
  );
}
