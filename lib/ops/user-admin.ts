/**
 * Newsroom accounts, as managed from the command line (`npm run user`, scripts/user.ts): create,
 * list, change a role, deactivate, reset a password. A password set here is temporary
 * (`mustChangePassword`): its owner chooses their own at the next sign-in. Every change is written with its AuditLog row
 * in one transaction; a role change, a deactivation or a password reset increments `tokenVersion`,
 * so the person's open sessions end at once. Invalid input throws a UserAdminError with a French
 * message, before anything is written.
 */
import { z } from 'zod';
import { hashPassword } from '../auth/password';
import { checkPassword, PASSWORD_MAX_LENGTH, PASSWORD_MESSAGES, PASSWORD_MIN_LENGTH, type TPasswordOwner } from '../auth/password-policy';
import { SLUG_MAX_LENGTH, slugify } from '../french/slug';
import type { Prisma, PrismaClient, Role } from '../generated/prisma/client';

/** Invalid input or unknown account: the message is French and meant for the person at the keyboard. */
export class UserAdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserAdminError';
  }
}

export const ROLES = ['ADMIN', 'EDITOR', 'JOURNALIST'] as const satisfies readonly Role[];
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH };
export const NAME_MAX_LENGTH = 120;

export const MESSAGES = {
  emailRequired: 'L’adresse e-mail est obligatoire.',
  emailInvalid: 'Adresse e-mail invalide.',
  nameRequired: 'Le nom est obligatoire.',
  nameTooLong: `Le nom ne doit pas dépasser ${NAME_MAX_LENGTH} caractères.`,
  roleInvalid: `Rôle inconnu : choisissez ${ROLES.join(', ')}.`,
  passwordRequired: PASSWORD_MESSAGES.required,
  passwordTooShort: PASSWORD_MESSAGES.tooShort,
  passwordTooLong: PASSWORD_MESSAGES.tooLong,
  duplicateEmail: 'Un compte existe déjà pour cette adresse.',
  unknownEmail: 'Aucun compte pour cette adresse.',
} as const;

const emailSchema = z
  .string({ error: MESSAGES.emailRequired })
  .trim()
  .toLowerCase()
  .min(1, { error: MESSAGES.emailRequired })
  .max(254, { error: MESSAGES.emailInvalid })
  .pipe(z.email({ error: MESSAGES.emailInvalid }));
const nameSchema = z
  .string({ error: MESSAGES.nameRequired })
  .trim()
  .min(1, { error: MESSAGES.nameRequired })
  .max(NAME_MAX_LENGTH, { error: MESSAGES.nameTooLong });
const roleSchema = z.enum(ROLES, { error: MESSAGES.roleInvalid });

function check<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UserAdminError(result.error.issues[0]?.message ?? 'Saisie invalide.');
  return result.data;
}

/** Lower-cased, trimmed, validated address. */
export const parseEmail = (value: unknown): string => check(emailSchema, value);
export const parseName = (value: unknown): string => check(nameSchema, value);
export const parseRole = (value: unknown): Role => check(roleSchema, value);
/** A new password that passes the policy (lib/auth/password-policy.ts) for this person. */
export function parsePassword(value: unknown, owner: TPasswordOwner = {}): string {
  const verdict = checkPassword(value, owner);
  if (!verdict.ok) throw new UserAdminError(verdict.message);
  return value as string;
}

/** Who made the change, for the audit log: nobody (the command line) unless told otherwise. */
export type TUserAdminContext = { actorId?: string | null; via?: string };

export type TUserSummary = {
  id: string;
  email: string;
  name: string;
  slug: string;
  role: Role;
  active: boolean;
  createdAt: Date;
  /** Still on a temporary password an admin gave. */
  mustChangePassword: boolean;
  /** When two-step sign-in was turned on, or null. */
  totpEnabledAt: Date | null;
};

const SUMMARY = {
  id: true,
  email: true,
  name: true,
  slug: true,
  role: true,
  active: true,
  createdAt: true,
  mustChangePassword: true,
  totpEnabledAt: true,
} as const;

type TTx = Prisma.TransactionClient;

async function audit(tx: TTx, context: TUserAdminContext, action: string, userId: string, details: Record<string, unknown> = {}) {
  await tx.auditLog.create({
    data: {
      actorId: context.actorId ?? null,
      action,
      targetType: 'user',
      targetId: userId,
      details: { via: context.via ?? 'cli', ...details } as Prisma.InputJsonObject,
    },
  });
}

/** The first free slug among slugify(name), slugify(name)-2, -3…, never longer than a URL accepts. */
async function freeSlug(tx: TTx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set((await tx.user.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((u) => u.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${slugify(name, SLUG_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate) && !(await tx.user.findUnique({ where: { slug: candidate }, select: { id: true } }))) return candidate;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

export async function addUser(
  prisma: PrismaClient,
  input: { email: unknown; name: unknown; role: unknown; password: unknown },
  context: TUserAdminContext = {},
): Promise<TUserSummary> {
  const email = parseEmail(input.email);
  const name = parseName(input.name);
  const role = parseRole(input.role);
  const password = parsePassword(input.password, { name, email });
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) throw new UserAdminError(MESSAGES.duplicateEmail);
  const passwordHash = await hashPassword(password);

  // Two creations at once may pick the same slug: the unique index refuses one, which tries again.
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await prisma.$transaction(async (tx) => {
        if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new UserAdminError(MESSAGES.duplicateEmail);
        const user = await tx.user.create({
          data: { email, name, role, passwordHash, mustChangePassword: true, slug: await freeSlug(tx, name) },
          select: SUMMARY,
        });
        await audit(tx, context, 'user.create', user.id, { role });
        return user;
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
      if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) throw new UserAdminError(MESSAGES.duplicateEmail);
    }
  }
}

export async function listUsers(prisma: PrismaClient): Promise<TUserSummary[]> {
  return prisma.user.findMany({ select: SUMMARY, orderBy: { email: 'asc' } });
}

/** Runs `change` on the account for `email` inside a transaction, or throws « Aucun compte… ». */
async function withAccount<T>(
  prisma: PrismaClient,
  email: string,
  change: (tx: TTx, user: { id: string; role: Role; active: boolean }) => Promise<T>,
): Promise<T> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, role: true, active: true } });
    if (!user) throw new UserAdminError(MESSAGES.unknownEmail);
    return change(tx, user);
  });
}

export async function setRole(prisma: PrismaClient, email: unknown, role: unknown, context: TUserAdminContext = {}): Promise<TUserSummary> {
  const address = parseEmail(email);
  const newRole = parseRole(role);
  return withAccount(prisma, address, async (tx, user) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { role: newRole, tokenVersion: { increment: 1 } },
      select: SUMMARY,
    });
    await audit(tx, context, 'user.role', user.id, { role: newRole, previousRole: user.role });
    return updated;
  });
}

export async function deactivateUser(prisma: PrismaClient, email: unknown, context: TUserAdminContext = {}): Promise<TUserSummary> {
  const address = parseEmail(email);
  return withAccount(prisma, address, async (tx, user) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { active: false, tokenVersion: { increment: 1 } },
      select: SUMMARY,
    });
    await audit(tx, context, 'user.deactivate', user.id, { wasActive: user.active });
    return updated;
  });
}

export async function resetPassword(
  prisma: PrismaClient,
  email: unknown,
  password: unknown,
  context: TUserAdminContext = {},
): Promise<TUserSummary> {
  const address = parseEmail(email);
  const owner = await prisma.user.findUnique({ where: { email: address }, select: { name: true } });
  if (!owner) throw new UserAdminError(MESSAGES.unknownEmail);
  const newPassword = parsePassword(password, { name: owner.name, email: address });
  const passwordHash = await hashPassword(newPassword);
  return withAccount(prisma, address, async (tx, user) => {
    // A password someone else chose is temporary: the person picks their own at the next sign-in.
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: true, tokenVersion: { increment: 1 } },
      select: SUMMARY,
    });
    await audit(tx, context, 'user.password', user.id);
    return updated;
  });
}
