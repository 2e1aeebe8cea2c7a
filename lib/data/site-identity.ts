import 'server-only';
import { z } from 'zod';
import { canManageUsers, type TActor } from '../auth/permissions';
import { keyFor } from '../cache/keys';
import { db } from '../db';
import { isKnownTimeZone } from '../french/dates';
import { applySiteIdentity, DEFAULT_IDENTITY, type TIdentityImage, type TSiteIdentity } from '../site-settings';
import type { TSiteIdentityForm } from '../validation/site-identity';
import { recordAudit } from './audit';
import { FORBIDDEN, NewsroomError } from './newsroom-errors';
import type { TPublicChange } from './public-change';

/**
 * « Réglages du site »: the site's identity (lib/site-settings.ts), one `SiteSetting` row (`identity`)
 * holding what the admins set; pictures are named by id and their sizes read from `Image`. Kept in
 * PostgreSQL, so every instance agrees, and in every backup (lib/ops/backup.ts `TABLES`).
 */
const IDENTITY = 'identity';

/** What the row holds; anything missing or no longer valid falls back to the default. */
const ZStored = z.object({
  name: z.string().min(1).optional(),
  tagline: z.string().min(1).optional(),
  logoId: z.string().nullable().optional(),
  socialImageId: z.string().nullable().optional(),
  socialImageAlt: z.string().optional(),
  publicUrl: z.string().nullable().optional(),
  timeZone: z.string().optional(),
  legal: z.object({ publisher: z.string(), director: z.string(), host: z.string() }).partial().optional(),
});
type TStored = z.infer<typeof ZStored>;

async function readStored(): Promise<TStored> {
  const row = await db().siteSetting.findUnique({ where: { key: IDENTITY }, select: { value: true } });
  const parsed = ZStored.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : {};
}

async function imageSize(id: string | null | undefined): Promise<TIdentityImage | null> {
  if (!id) return null;
  return db().image.findUnique({ where: { id }, select: { id: true, width: true, height: true } });
}

/** The identity in force: the admins' choices over the defaults. Read by every instance after a purge. */
export async function getSiteIdentity(): Promise<TSiteIdentity> {
  const stored = await readStored();
  const [logo, social] = await Promise.all([imageSize(stored.logoId), imageSize(stored.socialImageId)]);
  return {
    name: stored.name ?? DEFAULT_IDENTITY.name,
    tagline: stored.tagline ?? DEFAULT_IDENTITY.tagline,
    logo,
    socialImage: social ? { ...social, alt: stored.socialImageAlt ?? '' } : null,
    publicUrl: stored.publicUrl || null,
    timeZone: stored.timeZone && isKnownTimeZone(stored.timeZone) ? stored.timeZone : DEFAULT_IDENTITY.timeZone,
    legal: { ...DEFAULT_IDENTITY.legal, ...stored.legal },
  };
}

/** How long Next's side (feeds, sitemaps, the newsroom) keeps the identity it read, when no purge reaches it. */
const LOADED_TTL_MS = 5_000;
let loaded: { at: number; identity: Promise<TSiteIdentity> } | null = null;

/**
 * Reads the identity and puts it in force in this copy of lib/ (Next's routes: feeds, sitemaps, the
 * newsroom), at most every few seconds. The readers' pages have their own reader (lib/readers/identity.ts).
 */
export async function loadSiteIdentity(): Promise<TSiteIdentity> {
  if (!loaded || Date.now() - loaded.at > LOADED_TTL_MS) {
    const identity = getSiteIdentity();
    loaded = { at: Date.now(), identity };
    identity.catch(() => {
      loaded = null;
    });
  }
  const identity = await loaded.identity;
  applySiteIdentity(identity);
  return identity;
}

/** The pictures of a change: a new one stored, kept as is (undefined), or removed (null). */
export type TIdentityPictures = { logoId?: string | null; socialImageId?: string | null };

/** Every readers' page shows the identity (`layout`), and the feeds name it (`list:feeds`). */
export const IDENTITY_CHANGE: TPublicChange = { keys: [keyFor.layout, keyFor.feeds] };

/**
 * An admin's change of the identity, with its line in the journal (what changed, before and after).
 * Returns what to purge: every page — also when nothing changed (no journal line then): saving is how
 * an admin makes sure every page shows the settings, after a change made outside the app.
 */
export async function saveSiteIdentity(
  actor: TActor,
  input: TSiteIdentityForm,
  pictures: TIdentityPictures,
  ip: string | null = null,
): Promise<TPublicChange> {
  if (!canManageUsers(actor)) throw new NewsroomError(FORBIDDEN, 'forbidden');
  return db().$transaction(async (tx) => {
    // One change at a time: two admins saving at once each see the other's change in the journal.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('site-identity'))`;
    const row = await tx.siteSetting.findUnique({ where: { key: IDENTITY }, select: { value: true } });
    const parsedBefore = ZStored.safeParse(row?.value ?? {});
    const before = parsedBefore.success ? parsedBefore.data : {};
    const logoId = pictures.logoId !== undefined ? pictures.logoId : input.removeLogo ? null : (before.logoId ?? null);
    const socialImageId =
      pictures.socialImageId !== undefined ? pictures.socialImageId : input.removeSocialImage ? null : (before.socialImageId ?? null);
    for (const id of [logoId, socialImageId]) {
      if (id && !(await tx.image.findUnique({ where: { id }, select: { id: true } })))
        throw new NewsroomError('Image introuvable\u00a0: envoyez-la de nouveau.', 'invalid');
    }
    if (socialImageId && input.socialImageAlt.length < 3)
      throw new NewsroomError('Décrivez ce que montre l’image de partage (texte alternatif).', 'invalid', 'socialImageAlt');
    const after: TStored = {
      name: input.name,
      tagline: input.tagline,
      logoId,
      socialImageId,
      socialImageAlt: socialImageId ? input.socialImageAlt : '',
      publicUrl: input.publicUrl || null,
      timeZone: input.timeZone,
      legal: { publisher: input.legalPublisher, director: input.legalDirector, host: input.legalHost },
    };
    const changed = changedFields(before, after);
    if (changed.length === 0) return IDENTITY_CHANGE;
    await tx.siteSetting.upsert({
      where: { key: IDENTITY },
      create: { key: IDENTITY, value: after, updatedById: actor.id },
      update: { value: after, updatedById: actor.id },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: 'settings.identity',
        targetType: 'setting',
        targetId: IDENTITY,
        details: { changed, before: pick(before, changed), after: pick(after, changed) },
        ip,
      },
      tx,
    );
    return IDENTITY_CHANGE;
  });
}

const FIELDS = ['name', 'tagline', 'logoId', 'socialImageId', 'socialImageAlt', 'publicUrl', 'timeZone', 'legal'] as const;

function changedFields(before: TStored, after: TStored): string[] {
  const defaults: TStored = {
    name: DEFAULT_IDENTITY.name,
    tagline: DEFAULT_IDENTITY.tagline,
    logoId: null,
    socialImageId: null,
    socialImageAlt: '',
    publicUrl: null,
    timeZone: DEFAULT_IDENTITY.timeZone,
    legal: DEFAULT_IDENTITY.legal,
  };
  return FIELDS.filter((field) => JSON.stringify(before[field] ?? defaults[field]) !== JSON.stringify(after[field] ?? defaults[field]));
}

function pick(value: TStored, fields: string[]): Record<string, string | null | Record<string, string>> {
  const out: Record<string, string | null | Record<string, string>> = {};
  for (const field of fields) out[field] = (value[field as keyof TStored] as string | Record<string, string> | undefined) ?? null;
  return out;
}
