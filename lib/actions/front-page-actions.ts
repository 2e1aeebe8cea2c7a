'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireActionUser } from '../auth/session';
import { invalidatePublicChange } from '../cache/invalidate';
import {
  FRONT_CONFLICT,
  findFrontCandidates,
  publishFrontPage,
  readFrontPage,
  restoreFrontPage,
  type TFrontPageState,
  type TFrontStory,
} from '../data/front-page';
import { NewsroomError } from '../data/newsroom-errors';
import { failureFrom, formText, type TActionState } from './action-result';

const EDITORS = ['EDITOR', 'ADMIN'] as const;

export type TFrontPublishState = TActionState & {
  version?: number;
  /** The front page as it is now: once published, or when it changed since the arrangement was started. */
  current?: TFrontPageState;
};

/** « Publier la une »: the arrangement, all or nothing, on the version the screen started from. */
export async function publishFrontPageAction(base: number, arrangement: unknown): Promise<TFrontPublishState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  if (!Number.isSafeInteger(base) || base < 0) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  try {
    const done = await publishFrontPage(auth.user, base, arrangement);
    invalidatePublicChange(done.change);
    revalidatePath('/admin/une');
    return { ok: true, message: 'La une est publiée.', version: done.version, current: await readFrontPage() };
  } catch (error) {
    if (error instanceof NewsroomError && error.message === FRONT_CONFLICT) {
      return { ok: false, message: FRONT_CONFLICT, current: await readFrontPage() };
    }
    return failureFrom(error);
  }
}

/** The stories an editor may add, newest first or by words of their title. */
export async function searchFrontCandidatesAction(query: string): Promise<{ ok: boolean; stories: TFrontStory[]; message?: string }> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return { ok: false, stories: [], message: auth.message };
  const words = z.string().max(200).safeParse(query);
  if (!words.success) return { ok: false, stories: [], message: 'Recherche trop longue.' };
  return { ok: true, stories: await findFrontCandidates(words.data) };
}

/** « Rétablir cette une » in the history: the kept arrangement again, as a new version. */
export async function restoreFrontPageAction(_state: TActionState, form: FormData): Promise<TActionState> {
  const auth = await requireActionUser([...EDITORS]);
  if (!auth.ok) return auth;
  const base = z.coerce.number().int().min(0).safeParse(formText(form, 'base'));
  const version = z.coerce.number().int().min(1).safeParse(formText(form, 'version'));
  if (!base.success || !version.success) return { ok: false, message: 'Formulaire incomplet\u00a0: rechargez la page.' };
  try {
    const done = await restoreFrontPage(auth.user, base.data, version.data);
    invalidatePublicChange(done.change);
    revalidatePath('/admin/une');
    revalidatePath('/admin/une/historique');
    const skipped = done.skipped.length
      ? ` Hors ligne depuis, ${done.skipped.length > 1 ? 'ces articles n’y sont pas' : 'cet article n’y est pas'}\u00a0: ${done.skipped.map((t) => `«\u00a0${t}\u00a0»`).join(', ')}.`
      : '';
    return { ok: true, message: `La une de la version ${version.data} est rétablie (version ${done.version}).${skipped}` };
  } catch (error) {
    if (error instanceof NewsroomError && error.message === FRONT_CONFLICT) {
      return { ok: false, message: `${FRONT_CONFLICT} Rechargez l’historique avant de rétablir une version.` };
    }
    return failureFrom(error);
  }
}
