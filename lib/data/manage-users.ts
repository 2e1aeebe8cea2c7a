import 'server-only';
import { canManageUsers, type TActor } from '../auth/permissions';
import { db } from '../db';
import { addUser, deactivateUser, listUsers, resetPassword, setRole, UserAdminError, type TUserSummary } from '../ops/user-admin';
import { resetTwoFactor } from '../ops/two-factor-admin';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError } from './newsroom-errors';

/** The admin screens' side of user management; the rules live in lib/ops/user-admin.ts, shared with `npm run user`. */
function guard(actor: TActor) {
  if (!canManageUsers(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
}

async function wrap<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserAdminError) throw new NewsroomError(error.message, 'invalid');
    throw error;
  }
}

export async function findUsers(actor: TActor): Promise<TUserSummary[]> {
  guard(actor);
  return listUsers(db());
}

export async function createUserAccount(actor: TActor, input: { email: string; name: string; role: string; password: string }) {
  guard(actor);
  return wrap(() => addUser(db(), input, { actorId: actor.id, via: 'admin' }));
}

async function targetEmail(actor: TActor, userId: string): Promise<string> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) throw new NewsroomError('Ce compte n’existe plus.', 'not_found');
  // An admin cannot lock themselves out by mistake.
  if (userId === actor.id)
    throw new NewsroomError('Vous ne pouvez pas modifier votre propre rôle ni désactiver votre propre compte.', 'invalid');
  return user.email;
}

export async function changeUserRole(actor: TActor, userId: string, role: string) {
  guard(actor);
  const email = await targetEmail(actor, userId);
  return wrap(() => setRole(db(), email, role, { actorId: actor.id, via: 'admin' }));
}

export async function deactivateUserAccount(actor: TActor, userId: string) {
  guard(actor);
  const email = await targetEmail(actor, userId);
  return wrap(() => deactivateUser(db(), email, { actorId: actor.id, via: 'admin' }));
}

export async function reactivateUserAccount(actor: TActor, userId: string) {
  guard(actor);
  await targetEmail(actor, userId);
  await db().user.update({ where: { id: userId }, data: { active: true, tokenVersion: { increment: 1 } } });
  await recordAudit({ actorId: actor.id, action: 'user.reactivate', targetType: 'user', targetId: userId, details: { via: 'admin' } });
}

export async function resetUserPassword(actor: TActor, userId: string, password: string) {
  guard(actor);
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) throw new NewsroomError('Ce compte n’existe plus.', 'not_found');
  return wrap(() => resetPassword(db(), user.email, password, { actorId: actor.id, via: 'admin' }));
}

/** Turns a person's two-step sign-in off (lost phone): they enrol again; their sessions end. */
export async function resetUserTwoFactor(actor: TActor, userId: string) {
  guard(actor);
  const email = await targetEmail(actor, userId);
  return wrap(() => resetTwoFactor(db(), email, { actorId: actor.id, via: 'admin' }));
}
