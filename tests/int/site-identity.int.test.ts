/**
 * « Réglages du site »: only an admin changes the site's identity; bad input (a name too short, an
 * unknown time zone, an SVG logo with a script, a photo too small) is refused in French and changes
 * nothing; a change is in the journal and purges every page; readers' pages, their head and their
 * structured data show it; it survives a backup and a restore.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { processBridge } from '../../lib/process-bridge';
import { applySiteIdentity, DEFAULT_IDENTITY } from '../../lib/site-settings';
import { createArticle, createRubrique, createUser } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

const stubs = vi.hoisted(() => ({
  session: { current: null as null | { user: { id: string; tv: number; sid?: string } } },
  purge: vi.fn<(keys: string[]) => void>(),
}));
vi.mock('next-auth', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getServerSession: vi.fn(async () => stubs.session.current),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, set: () => {} }),
  headers: async () => new Headers({ 'x-dakarinfo-client-ip': '203.0.113.9' }),
}));

const { prisma } = withScratchDatabase();
const dir = mkdtempSync(path.join(tmpdir(), 'dakarinfo-identity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(async () => {
  await prisma().siteSetting.deleteMany({ where: { key: 'identity' } });
  stubs.purge.mockClear();
  processBridge().purge = stubs.purge;
  applySiteIdentity(DEFAULT_IDENTITY);
});
afterEach(() => {
  processBridge().purge = null;
  applySiteIdentity(DEFAULT_IDENTITY);
});

async function signedIn(role: 'JOURNALIST' | 'EDITOR' | 'ADMIN') {
  const user = await createUser(prisma(), { role });
  const { startUserSession } = await import('../../lib/data/user-sessions');
  const sid = await startUserSession(user.id, 3_600);
  stubs.session.current = { user: { id: user.id, tv: user.tokenVersion, sid } };
  return user;
}

const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 80"><rect width="300" height="80" fill="#16181d"/><rect x="20" y="60" width="260" height="8" fill="#9f1820"/></svg>';

function form(fields: Record<string, string>, files: Record<string, Buffer> = {}) {
  const data = new FormData();
  const all = {
    name: 'Le Quotidien de Paris',
    tagline: 'Manchettes, politique et culture françaises',
    publicUrl: '',
    timeZone: 'Europe/Paris',
    legalPublisher: 'Quotidien SAS, 12 rue des Écoles, 75005 Paris',
    legalDirector: 'Claire Martin',
    legalHost: 'Hébergeur SA, 1 quai de Seine, 75019 Paris',
    socialImageAlt: '',
    ...fields,
  };
  for (const [k, v] of Object.entries(all)) data.set(k, v);
  for (const [k, bytes] of Object.entries(files)) data.set(k, new File([new Uint8Array(bytes)], `${k}.bin`));
  return data;
}

const save = async (data: FormData) =>
  (await import('../../lib/actions/site-identity-actions')).saveSiteIdentityAction({ ok: false }, data);

async function readers() {
  const { ReaderPages } = await import('../../lib/readers/render');
  const { NavigationCache } = await import('../../lib/readers/navigation');
  const { IdentityCache } = await import('../../lib/readers/identity');
  const { buildSiteAssets } = await import('../../lib/readers/assets');
  let generation = 0;
  const pages = new ReaderPages(
    buildSiteAssets(process.cwd()),
    new NavigationCache(() => generation),
    null,
    new IdentityCache(() => generation),
  );
  return {
    render: async (url: string) => {
      const rendered = await pages.render(url);
      return 'html' in rendered ? rendered.html : '';
    },
    purge: () => {
      generation += 1;
    },
  };
}

describe('« Réglages du site »', () => {
  it('is for admins only: an editor or a journalist changes nothing', async () => {
    for (const role of ['EDITOR', 'JOURNALIST'] as const) {
      await signedIn(role);
      const result = await save(form({}, { logo: Buffer.from(LOGO_SVG) }));
      expect(result.ok).toBe(false);
      expect(result.message).toContain('droits');
    }
    stubs.session.current = null;
    expect((await save(form({}))).ok).toBe(false);
    expect(await prisma().siteSetting.count({ where: { key: 'identity' } })).toBe(0);
    expect(stubs.purge).not.toHaveBeenCalled();
    // Nor may a data call made without the action: the data layer checks the role again.
    const { saveSiteIdentity } = await import('../../lib/data/site-identity');
    const editor = await createUser(prisma(), { role: 'EDITOR' });
    await expect(
      saveSiteIdentity(
        editor,
        {
          name: 'X',
          tagline: 'Y',
          publicUrl: '',
          timeZone: 'Europe/Paris',
          legalPublisher: '',
          legalDirector: '',
          legalHost: '',
          socialImageAlt: '',
          removeLogo: false,
          removeSocialImage: false,
        },
        {},
      ),
    ).rejects.toThrow('droits');
  });

  it('refuses bad input in French, field by field, and changes nothing', async () => {
    await signedIn('ADMIN');
    const images = await prisma().image.count();
    const cases: [FormData, string, string][] = [
      [form({ name: 'Q' }), 'name', 'au moins 2 caractères'],
      [form({ timeZone: 'Mars/Olympus' }), 'timeZone', 'Fuseau horaire inconnu'],
      [form({ publicUrl: 'https://exemple.fr/chemin' }), 'publicUrl', 'sans chemin'],
      [
        form({}, { logo: Buffer.from(LOGO_SVG.replace('<rect', '<script>fetch("https://x")</script><rect')) }),
        'logo',
        'Ce SVG est refusé\u00a0: il contient un script',
      ],
      [form({}, { logo: Buffer.from(LOGO_SVG.replace('<rect', '<rect onclick="alert(1)"')) }), 'logo', 'attribut d’événement'],
      [form({}, { logo: Buffer.from('<html><body>pas un logo</body></html>') }), 'logo', 'PNG ou SVG'],
      [
        form(
          { socialImageAlt: 'Une place' },
          {
            socialImage: await sharp({ create: { width: 300, height: 200, channels: 3, background: '#888' } })
              .jpeg()
              .toBuffer(),
          },
        ),
        'socialImage',
        '600',
      ],
    ];
    for (const [data, field, message] of cases) {
      const result = await save(data);
      expect(result.ok, field).toBe(false);
      expect(result.fieldErrors?.[field], field).toContain(message);
    }
    expect(await prisma().siteSetting.count({ where: { key: 'identity' } })).toBe(0);
    expect(await prisma().image.count()).toBe(images);
    expect(await prisma().auditLog.count({ where: { action: 'settings.identity' } })).toBe(0);
    expect(stubs.purge).not.toHaveBeenCalled();
  });

  it('saves, writes the journal, purges every page, and readers see it at once', async () => {
    const admin = await signedIn('ADMIN');
    const rubrique = await createRubrique(prisma(), { name: 'Culture' });
    const author = await createUser(prisma(), { name: 'Louise Girard' });
    const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title: 'Le Louvre rouvre ses salles' });
    const site = await readers();
    expect(await site.render('/')).toContain('Dakarinfo');

    const social = await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#9f1820' } })
      .jpeg()
      .toBuffer();
    const result = await save(
      form(
        { socialImageAlt: 'Le logo du Quotidien sur fond rouge', timeZone: 'Africa/Dakar' },
        { logo: Buffer.from(LOGO_SVG), socialImage: social },
      ),
    );
    expect(result).toMatchObject({ ok: true });
    expect(stubs.purge).toHaveBeenCalledWith(['layout', 'list:feeds']);
    const audit = await prisma().auditLog.findFirstOrThrow({ where: { action: 'settings.identity' } });
    expect(audit).toMatchObject({ actorId: admin.id, targetType: 'setting', targetId: 'identity', ip: '203.0.113.9' });
    expect((audit.details as { changed: string[] }).changed).toEqual(
      expect.arrayContaining(['name', 'logoId', 'socialImageId', 'socialImageAlt', 'timeZone', 'legal']),
    );
    // The logo is stored as a PNG only: no SVG ever reaches readers.
    const { getSiteIdentity } = await import('../../lib/data/site-identity');
    const identity = await getSiteIdentity();
    const variants = await prisma().imageVariant.findMany({ where: { imageId: identity.logo?.id }, select: { format: true, bytes: true } });
    expect(variants.map((v) => v.format)).toEqual(['png']);
    expect(Buffer.from(variants[0].bytes).subarray(1, 4).toString()).toBe('PNG');

    site.purge();
    const home = await site.render('/');
    expect(home).toContain('<title>Le Quotidien de Paris — Manchettes, politique et culture françaises</title>');
    expect(home).toContain(`<img class="brand-logo" src="/medias/${identity.logo?.id}-900.png" alt="Le Quotidien de Paris"`);
    expect(home).toContain('"@type":"NewsMediaOrganization"');
    expect(home).toContain('"@type":"SearchAction"');
    expect(home).toContain(`/medias/${identity.logo?.id}-900.png`);
    expect(home).toContain('Éditeur\u00a0: Quotidien SAS, 12 rue des Écoles, 75005 Paris');
    expect(home).toContain('href="/mentions-legales"');
    // A story without a picture is shared with the default one, as a large card.
    const page = await site.render(`/${rubrique.slug}/${story.slug}`);
    expect(page).toContain(`<meta property="og:image" content="http://localhost:3000/medias/${identity.socialImage?.id}-1200.jpg"/>`);
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image"/>');
    // …and its structured data names the default picture, in the three shapes.
    expect(page).toContain(
      `"image":[{"@type":"ImageObject","url":"http://localhost:3000/medias/${identity.socialImage?.id}-1120-16x9.jpg"`,
    );
    expect(page).toContain('"publisher":{"@type":"Organization","name":"Le Quotidien de Paris"');
    expect(page).toContain(
      `"logo":{"@type":"ImageObject","url":"http://localhost:3000/medias/${identity.logo?.id}-900.png","width":900,"height":240}`,
    );
    const legal = await site.render('/mentions-legales');
    expect(legal).toContain('Claire Martin');
    expect(legal).toContain('Hébergeur SA, 1 quai de Seine, 75019 Paris');
    expect(legal).toContain('Africa/Dakar');

    // The same form again: no new journal line (the pages are purged all the same: saving refreshes them).
    stubs.purge.mockClear();
    expect(await save(form({ socialImageAlt: 'Le logo du Quotidien sur fond rouge', timeZone: 'Africa/Dakar' }))).toMatchObject({
      ok: true,
    });
    expect(stubs.purge).toHaveBeenCalledWith(['layout', 'list:feeds']);
    expect(await prisma().auditLog.count({ where: { action: 'settings.identity' } })).toBe(1);

    // Removing the logo brings the name back in the header.
    const removed = form({ socialImageAlt: 'Le logo du Quotidien sur fond rouge', timeZone: 'Africa/Dakar' });
    removed.set('removeLogo', '1');
    expect((await save(removed)).ok).toBe(true);
    site.purge();
    const after = await site.render('/');
    expect(after).not.toContain('brand-logo');
    expect(after).toMatch(/<a href="\/" class="brand">Le Quotidien de Paris<\/a>/);
  });

  it('survives a backup and a restore', async () => {
    await signedIn('ADMIN');
    expect((await save(form({ name: 'Avant la panne' }, { logo: Buffer.from(LOGO_SVG) }))).ok).toBe(true);
    const { backupDatabase, restoreDatabase } = await import('../../lib/ops/backup');
    const file = path.join(dir, 'sauvegarde.json.gz');
    await backupDatabase(process.env.DATABASE_URL as string, file);
    await prisma().siteSetting.deleteMany({ where: { key: 'identity' } });
    await prisma().imageVariant.deleteMany({ where: { format: 'png' } });
    await restoreDatabase(process.env.DATABASE_URL as string, file);
    const { getSiteIdentity } = await import('../../lib/data/site-identity');
    const identity = await getSiteIdentity();
    expect(identity.name).toBe('Avant la panne');
    expect(await prisma().imageVariant.count({ where: { imageId: identity.logo?.id, format: 'png' } })).toBe(1);
  });
});
