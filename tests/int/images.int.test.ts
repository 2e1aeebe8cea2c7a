import sharp from 'sharp';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TArticleDraft } from '../../lib/validation/article';
import { createArticle, createRubrique, createSession, createUser, articleDraft } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

// Route handlers outside a Next request: the session comes from this stub, everything else is real.
const session = vi.hoisted(() => ({ current: null as null | { user: { id: string; tv: number; sid?: string } } }));
vi.mock('next-auth', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getServerSession: vi.fn(async () => session.current),
}));

const { prisma } = withScratchDatabase();
beforeEach(() => {
  session.current = null;
});

const photo = (width = 1000, height = 750, colour = '#2a6') =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

function upload(body: Buffer, origin = 'http://localhost:3000') {
  return new Request('http://localhost:3000/api/medias', {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { 'content-type': 'image/jpeg', 'content-length': String(body.length), host: 'localhost:3000', origin },
  });
}

async function signIn(role: 'JOURNALIST' | 'EDITOR' | 'ADMIN', active = true) {
  const user = await createUser(prisma(), { role, active });
  session.current = await createSession(prisma(), user.id);
  return user;
}

describe('pictures: /api/medias checks the session itself', () => {
  it('stores a photo for a signed-in member only, from the site’s own pages, and refuses what is not a photo', async () => {
    const { POST } = await import('../../app/api/medias/route');
    const file = await photo();

    expect((await POST(upload(file))).status).toBe(401);
    await signIn('JOURNALIST', false);
    expect((await POST(upload(file))).status).toBe(401);
    const journalist = await signIn('JOURNALIST');
    expect((await POST(upload(file, 'https://ailleurs.example'))).status).toBe(403);
    expect(await prisma().image.count()).toBe(0);
    // A temporary password not yet replaced: nothing is sent, like any action.
    await prisma().user.update({ where: { id: journalist.id }, data: { mustChangePassword: true } });
    const gated = await POST(upload(file));
    expect(gated.status).toBe(403);
    expect(await gated.json()).toEqual({ error: expect.stringContaining('mot de passe est provisoire') });
    expect(await prisma().image.count()).toBe(0);
    await prisma().user.update({ where: { id: journalist.id }, data: { mustChangePassword: false } });

    const refused = await POST(upload(Buffer.from('<html>pas une image</html>')));
    expect(refused.status).toBe(415);
    expect(await refused.json()).toEqual({ error: expect.stringContaining('n’est pas une image lisible') });
    expect(await prisma().image.count()).toBe(0);

    const stored = await POST(upload(file));
    expect(stored.status).toBe(201);
    const body = (await stored.json()) as { id: string; width: number; height: number; src: string };
    expect(body).toMatchObject({ width: 1000, height: 750, src: `/medias/${body.id}-800.webp` });
    const row = await prisma().image.findUniqueOrThrow({
      where: { id: body.id },
      select: { uploadedById: true, variants: { select: { format: true, width: true }, orderBy: [{ format: 'asc' }, { width: 'asc' }] } },
    });
    expect(row.uploadedById).toBe(journalist.id);
    expect(row.variants).toEqual([
      { format: 'jpeg', width: 1000 },
      { format: 'webp', width: 400 },
      { format: 'webp', width: 800 },
      { format: 'webp', width: 1000 },
    ]);

    // /medias/… serves them, a year in every cache; anything else is a 404.
    const { GET } = await import('../../app/medias/[file]/route');
    const served = await GET(new Request(`http://localhost:3000${body.src}`), {
      params: Promise.resolve({ file: body.src.slice('/medias/'.length) }),
    });
    expect(served.status).toBe(200);
    expect(served.headers.get('cache-control')).toContain('immutable');
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).width).toBe(800);
    const missing = await GET(new Request('http://localhost:3000/x'), { params: Promise.resolve({ file: `${body.id}-1600.webp` }) });
    expect(missing.status).toBe(404);
  });
});

describe('pictures in stories', () => {
  async function setup() {
    const { storeImage } = await import('../../lib/data/images');
    const rubrique = await createRubrique(prisma());
    const journalist = await createUser(prisma(), { role: 'JOURNALIST' });
    const editor = await createUser(prisma(), { role: 'EDITOR' });
    const image = await storeImage(journalist, await photo(1600, 900, '#a33'));
    const draft = (over: Partial<TArticleDraft> = {}): TArticleDraft =>
      articleDraft(rubrique.id, {
        title: 'Les pirogues rentrent au port',
        body: 'Premier paragraphe du texte, assez long.',
        imageId: image.id,
        ...over,
      });
    return { rubrique, journalist, editor, image, draft };
  }

  it('a story names a picture: unknown ones are refused, it goes to readers only described, and the history keeps it', async () => {
    const { createArticle: create, saveArticle } = await import('../../lib/data/save-article');
    const { restoreRevision } = await import('../../lib/data/revisions');
    const { journalist, editor, image, draft } = await setup();

    await expect(create(journalist, draft({ imageId: 'cinconnue00000000000000' }))).rejects.toMatchObject({ field: 'image' });
    const { id } = await create(journalist, draft());
    // Saved as a draft without alt text: fine. Submitted or published without it: refused, beside the field.
    await expect(saveArticle(journalist, id, 1, draft(), 'submit')).rejects.toMatchObject({
      fieldErrors: { imageAlt: expect.stringContaining('Décrivez l’image') },
    });
    await expect(saveArticle(editor, id, 1, draft(), 'publish')).rejects.toMatchObject({ field: 'imageAlt' });
    // A picture in the text still waiting for its description: refused too, on the text.
    const waiting = `Premier paragraphe du texte, assez long.\n\n![Décrivez l’image](/medias/${image.id}-1600.webp#1600x900)`;
    await expect(saveArticle(editor, id, 1, draft({ imageAlt: 'Une photo.', body: waiting }), 'publish')).rejects.toMatchObject({
      fieldErrors: { body: expect.stringContaining('Une image du texte n’est pas décrite pour publier') },
    });
    const described = draft({
      imageAlt: 'Des pirogues peintes sur la plage de Kayar.',
      imageCaption: 'Retour de pêche à Kayar.',
      imageCredit: 'Photo : A. Diallo',
    });
    const published = await saveArticle(editor, id, 1, described, 'publish');
    expect(published.status).toBe('PUBLISHED');
    expect(published.publicChange.keys).toContain(`article:${id}`);

    const { getPublishedArticle } = await import('../../lib/data/get-published-article');
    const slug = (await prisma().article.findUniqueOrThrow({ where: { id }, select: { slug: true } })).slug;
    const page = await getPublishedArticle(slug);
    expect(page?.image).toEqual({
      id: image.id,
      width: 1600,
      height: 900,
      // No focal point set: its crops keep the centre.
      focusX: null,
      focusY: null,
      alt: 'Des pirogues peintes sur la plage de Kayar.',
      caption: 'Retour de pêche à Kayar.',
      credit: 'Photo : A. Diallo',
    });
    // Cards carry it too, from every list's query (the home's sections are one raw statement).
    const { getHomepage } = await import('../../lib/data/get-homepage');
    const { queryRubriques } = await import('../../lib/data/query-rubriques');
    const home = await getHomepage(await queryRubriques());
    const cards = [home.lead, ...home.top, ...home.latest, ...home.sections.flatMap((s) => s.articles)].filter((card) => card?.id === id);
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards)
      expect(card?.image).toEqual({ id: image.id, width: 1600, height: 900, alt: 'Des pirogues peintes sur la plage de Kayar.' });

    // Removed: no words about it are kept; restoring the old version brings its text back, not its picture.
    const removed = await saveArticle(editor, id, 2, draft({ imageId: null, imageAlt: 'reste', imageCaption: 'reste' }), 'save');
    expect(
      await prisma().article.findUniqueOrThrow({
        where: { id },
        select: { imageId: true, imageAlt: true, imageCaption: true, imageCredit: true },
      }),
    ).toEqual({ imageId: null, imageAlt: '', imageCaption: '', imageCredit: '' });
    const history = await prisma().revision.findMany({
      where: { articleId: id },
      orderBy: { version: 'asc' },
      select: { version: true, imageId: true, imageAlt: true },
    });
    expect(history).toEqual([
      { version: 1, imageId: image.id, imageAlt: '' },
      { version: 2, imageId: image.id, imageAlt: 'Des pirogues peintes sur la plage de Kayar.' },
      { version: 3, imageId: null, imageAlt: '' },
    ]);
    const restored = await restoreRevision(editor, id, 2, removed.version);
    expect(restored.unchanged).toBe(true);
  });

  it('the same file sent twice is one picture', async () => {
    const { storeImage } = await import('../../lib/data/images');
    const journalist = await createUser(prisma(), { role: 'JOURNALIST' });
    const file = await photo(900, 900, '#345');
    const [a, b] = await Promise.all([storeImage(journalist, file), storeImage(journalist, file)]);
    expect(a.id).toBe(b.id);
    expect(await prisma().image.count({ where: { id: a.id } })).toBe(1);
    // A story created by the factories has none.
    const rubrique = await createRubrique(prisma());
    const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: journalist.id });
    expect((await prisma().article.findUniqueOrThrow({ where: { id: story.id }, select: { imageId: true } })).imageId).toBeNull();
  });
});

describe('pictures in the shapes search engines ask for (16:9, 4:3, 1:1)', () => {
  it('cuts each shape around the centre the first time it is asked for, stores it, and refuses any other size', async () => {
    const { POST } = await import('../../app/api/medias/route');
    const { GET } = await import('../../app/medias/[file]/route');
    const { shapeImage, IMAGE_SHAPES } = await import('../../lib/media/urls');
    await signIn('JOURNALIST');
    const stored = (await (await POST(upload(await photo(2000, 1000, '#c33')))).json()) as { id: string; width: number; height: number };
    const got = async (file: string) => GET(new Request(`http://localhost:3000/medias/${file}`), { params: Promise.resolve({ file }) });
    const sizes: string[] = [];
    for (const shape of IMAGE_SHAPES) {
      const { url, width, height } = shapeImage(stored, shape);
      const response = await got(url.slice('/medias/'.length));
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect([meta.width, meta.height]).toEqual([width, height]);
      sizes.push(`${width}x${height}`);
    }
    // A 2:1 photo, 1600 pixels wide as stored: the narrower shapes keep its whole height.
    expect(sizes).toEqual(['1200x675', '1066x800', '800x800']);
    expect(await prisma().imageVariant.count({ where: { imageId: stored.id, format: { startsWith: 'jpeg-' } } })).toBe(3);
    // Only each shape's own size: no picture is made at a size someone makes up.
    expect((await got(`${stored.id}-400-1x1.jpg`)).status).toBe(404);
    expect((await got(`${stored.id}-1200-4x3.webp`)).status).toBe(404);
  });

  it('lists the three shapes in a story’s NewsArticle', async () => {
    const { articleJsonLd } = await import('../../lib/seo/article-seo');
    const data = articleJsonLd({
      href: '/culture/une-expo',
      title: 'Une exposition',
      chapo: 'Au Grand Palais.',
      publishedAt: new Date('2026-12-01T10:00:00Z'),
      lastUpdatedAt: null,
      rubrique: { name: 'Culture', slug: 'culture' },
      author: { name: 'Louise Girard', slug: 'louise-girard' },
      image: { id: 'cabcdefghijklmnopqrstu', width: 1600, height: 900, alt: 'Une salle', caption: '', credit: '' },
      updates: [],
    } as unknown as Parameters<typeof articleJsonLd>[0]);
    expect((data[0].image as { url: string }[]).map((i) => i.url)).toEqual([
      'http://localhost:3000/medias/cabcdefghijklmnopqrstu-1200-16x9.jpg',
      'http://localhost:3000/medias/cabcdefghijklmnopqrstu-1200-4x3.jpg',
      'http://localhost:3000/medias/cabcdefghijklmnopqrstu-900-1x1.jpg',
    ]);
  });
});

describe('« Cadrage de l’image »: the focal point the crops keep', () => {
  it('is set by who may edit the story, moves the crops’ addresses, purges the story, and makes no crop for another point', async () => {
    const { POST } = await import('../../app/api/medias/route');
    const { GET } = await import('../../app/medias/[file]/route');
    const { setImageFocus } = await import('../../lib/data/image-focus');
    const { shapeImage } = await import('../../lib/media/urls');
    const journalist = await signIn('JOURNALIST');
    const stored = (await (await POST(upload(await photo(2000, 1000, '#36c')))).json()) as { id: string; width: number; height: number };
    const rubrique = await createRubrique(prisma());
    const story = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: journalist.id, title: 'Le cadrage' });
    await prisma().article.update({ where: { id: story.id }, data: { imageId: stored.id, imageAlt: 'Un ciel bleu' } });
    const other = await createUser(prisma(), { role: 'JOURNALIST' });

    await expect(setImageFocus(other, story.id, { focusX: 80, focusY: 20 })).rejects.toThrow('droits');
    const editor = await createUser(prisma(), { role: 'EDITOR' });
    const change = await setImageFocus(editor, story.id, { focusX: 80, focusY: 20 });
    expect(change.keys).toEqual([`article:${story.id}`]);
    expect(await prisma().auditLog.count({ where: { action: 'article.image-focus', targetId: story.id } })).toBe(1);

    const image = await prisma().image.findUniqueOrThrow({ where: { id: stored.id } });
    expect([image.focusX, image.focusY]).toEqual([80, 20]);
    const square = shapeImage(image, '1x1');
    expect(square.url).toBe(`/medias/${stored.id}-800-1x1-80-20.jpg`);
    const got = async (file: string) => GET(new Request(`http://localhost:3000/medias/${file}`), { params: Promise.resolve({ file }) });
    const response = await got(square.url.slice('/medias/'.length));
    expect(response.status).toBe(200);
    // Another point, or the centre once a point is set: nothing is made.
    expect((await got(`${stored.id}-800-1x1-20-20.jpg`)).status).toBe(404);
    expect((await got(`${stored.id}-800-1x1.jpg`)).status).toBe(404);
    // Back to the centre: the plain address again.
    await setImageFocus(editor, story.id, { focusX: 50, focusY: 50 });
    const centred = await prisma().image.findUniqueOrThrow({ where: { id: stored.id } });
    expect(shapeImage(centred, '1x1').url).toBe(`/medias/${stored.id}-800-1x1.jpg`);
  });
});
