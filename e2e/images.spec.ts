import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';
import { publishNow } from './support/stories';

const unique = () => Date.now().toString(36);

/**
 * A photo as a phone sends it: stored sideways with the tag « turn a quarter » (so 1200×900 on disk
 * shows 900×1200), and EXIF naming the camera and where it was taken.
 */
async function phonePhoto(width = 1200, height = 900): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i += 3) {
    const x = (i / 3) % width;
    pixels[i] = x < width / 2 ? 200 : 30;
    pixels[i + 1] = (i / 3 / width) % 255;
    pixels[i + 2] = 90;
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { Make: 'Appareil', Model: 'Téléphone du reporter' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '14/1 41/1 0/1', GPSLongitudeRef: 'W', GPSLongitude: '17/1 26/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .jpeg({ quality: 90 })
    .toBuffer();
}

async function newDraft(page: Page, title: string) {
  await page.goto('/admin/articles/nouveau');
  await page.getByLabel('Titre', { exact: true }).fill(title);
  await page.getByLabel('Chapô').fill('Un chapô qui résume l’essentiel en une phrase.');
  await page.locator('textarea[name="body"]').fill('Premier paragraphe du récit, assez long pour être publié.\n\nDeuxième paragraphe.');
  await page.getByLabel('Rubrique').selectOption({ label: 'Politique' });
  await page.getByRole('button', { name: 'Créer le brouillon' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[^/?]+\?cree=1/);
  return new URL(page.url()).pathname.split('/').at(-1) as string;
}

test('a journalist adds a photo: refused files say why and cost nothing, the photo is turned upright and stripped, described, and readers and networks see it', async ({
  browser,
}) => {
  const title = `Marché central ${unique()} : les étals rouvrent`;
  const journalistPage = await (await browser.newContext()).newPage();
  await signInAs(journalistPage, await createTestUser('JOURNALIST'));
  const id = await newDraft(journalistPage, title);
  const chooser = journalistPage.getByLabel('Choisir une image');

  // Not a picture, then a picture too narrow: refused in French, and the story's text is untouched.
  await chooser.setInputFiles({ name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('pas une image') });
  await expect(journalistPage.getByRole('alert').filter({ hasText: 'Ce fichier n’est pas une image lisible' })).toBeVisible();
  await chooser.setInputFiles({
    name: 'vignette.jpg',
    mimeType: 'image/jpeg',
    buffer: await sharp({ create: { width: 500, height: 400, channels: 3, background: '#0a0' } })
      .jpeg()
      .toBuffer(),
  });
  await expect(journalistPage.getByRole('alert').filter({ hasText: 'n’a que 500\u00a0pixels de large' })).toBeVisible();
  await expect(journalistPage.getByLabel('Titre', { exact: true })).toHaveValue(title);
  await expect(journalistPage.getByText('Tout est enregistré')).toBeVisible();

  await chooser.setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto() });
  await expect(journalistPage.getByRole('status').filter({ hasText: 'Image reçue' })).toBeVisible();
  await expect(journalistPage.locator('.image-field-preview figcaption')).toHaveText('900\u00a0×\u00a01200\u00a0pixels');
  await expect(journalistPage.getByText('Modifications non enregistrées')).toBeVisible();

  // A second picture, inside the text, from the editor's « Image » button: it lands as its own
  // paragraph with « Décrivez l’image » selected, so typing describes it.
  const chooserOpened = journalistPage.waitForEvent('filechooser');
  await journalistPage.locator('textarea[name="body"]').click();
  await journalistPage.getByRole('button', { name: 'Image', exact: true }).click();
  await (await chooserOpened).setFiles({ name: 'etal.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto(1000, 800) });
  await expect(journalistPage.getByRole('status').filter({ hasText: 'Image insérée' })).toBeVisible();
  await expect(journalistPage.locator('textarea[name="body"]')).toHaveValue(
    /\n\n!\[Décrivez l’image\]\(\/medias\/[a-z0-9]+-800\.webp#800x1000\)\n$/,
  );
  await journalistPage.keyboard.type('Un étal de mangues vu de près');

  // Submitted without saying what the main picture shows: refused beside the field.
  await journalistPage.getByRole('button', { name: 'Soumettre à la relecture' }).click();
  await expect(journalistPage.locator('.field-error').filter({ hasText: 'Décrivez l’image en quelques mots' })).toBeVisible();
  await journalistPage.getByLabel('Texte alternatif').fill('Une marchande dispose des mangues sur son étal au petit matin.');
  await journalistPage.getByLabel('Légende').fill('Au marché central, le premier jour de la réouverture.');
  await journalistPage.getByLabel('Crédit').fill('Photo : Test Reporter');
  await journalistPage.getByRole('button', { name: 'Soumettre à la relecture' }).click();
  await expect(journalistPage.getByRole('status').filter({ hasText: 'Soumis à la relecture.' })).toBeVisible();

  const editorPage = await (await browser.newContext()).newPage();
  await signInAs(editorPage, await createTestUser('EDITOR'));
  await editorPage.goto(`/admin/articles/${id}`);
  await expect(editorPage.getByLabel('Texte alternatif')).toHaveValue('Une marchande dispose des mangues sur son étal au petit matin.');
  await publishNow(editorPage);
  await expect(editorPage.getByRole('status').filter({ hasText: 'Publié' })).toBeVisible();

  const row = await e2eDb().article.findUniqueOrThrow({
    where: { id },
    select: { slug: true, imageId: true, revisions: { orderBy: { version: 'desc' }, take: 1, select: { imageId: true, imageAlt: true } } },
  });
  expect(row.imageId).toBeTruthy();
  expect(row.revisions[0]).toEqual({ imageId: row.imageId, imageAlt: 'Une marchande dispose des mangues sur son étal au petit matin.' });

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/politique/${row.slug}`);
  const figure = reader.locator('figure.article-figure');
  const picture = figure.getByRole('img', { name: 'Une marchande dispose des mangues sur son étal au petit matin.' });
  await expect(picture).toBeVisible();
  await expect(figure.locator('figcaption')).toContainText('Au marché central, le premier jour de la réouverture.');
  await expect(figure.locator('figcaption')).toContainText('Photo\u00a0: Test Reporter');
  // The picture in the text: the site's stored sizes, lazily, described.
  const inText = reader.locator('.article-body figure.body-figure img');
  await expect(inText).toHaveAttribute('alt', 'Un étal de mangues vu de près');
  await expect(inText).toHaveAttribute('loading', 'lazy');
  await inText.scrollIntoViewIfNeeded();
  await expect.poll(() => inText.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // Upright (taller than wide) and loaded, from a size listed in srcset.
  const natural = await picture.evaluate((img: HTMLImageElement) => ({ w: img.naturalWidth, h: img.naturalHeight, srcset: img.srcset }));
  expect(natural.h).toBeGreaterThan(natural.w);
  expect(natural.srcset).toContain(`/medias/${row.imageId}-400.webp 400w`);

  // The stored bytes: WebP, a year of caching, and nothing of the camera's metadata.
  const file = await reader.request.get(`/medias/${row.imageId}-800.webp`);
  expect(file.headers()['content-type']).toBe('image/webp');
  expect(file.headers()['cache-control']).toContain('immutable');
  const meta = await sharp(await file.body()).metadata();
  expect([meta.width, meta.height]).toEqual([800, Math.round((1200 * 800) / 900)]);
  expect(meta.exif).toBeUndefined();
  expect((await reader.request.get(`/medias/${row.imageId}-801.webp`)).status()).toBe(404);

  // Shared on a network: the JPEG, with its size and what it shows.
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`/medias/${row.imageId}-900\\.jpg$`));
  await expect(reader.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  expect((await reader.request.get(`/medias/${row.imageId}-900.jpg`)).headers()['content-type']).toBe('image/jpeg');

  // On its rubrique's page, its card shows it too.
  await reader.goto('/politique');
  await expect(reader.locator('article.card', { hasText: title.replace(' :', '\u00a0:') }).locator('.card-image img')).toHaveAttribute(
    'loading',
    'lazy',
  );

  // Removed, then saved: the story is shown without it, and without its words.
  await editorPage.getByRole('button', { name: 'Retirer l’image' }).click();
  await editorPage.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(editorPage.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();
  await reader.goto(`/politique/${row.slug}`);
  await expect(reader.locator('figure.article-figure')).toHaveCount(0);
  expect(await e2eDb().article.findUniqueOrThrow({ where: { id }, select: { imageId: true, imageAlt: true } })).toEqual({
    imageId: null,
    imageAlt: '',
  });

  // The history says so, beside the text's differences.
  const versions = await e2eDb().revision.findMany({
    where: { articleId: id },
    orderBy: { version: 'desc' },
    take: 2,
    select: { version: true },
  });
  await editorPage.goto(`/admin/articles/${id}/historique?de=${versions[1].version}&a=${versions[0].version}`);
  const changes = editorPage.locator('.history-diff');
  await expect(changes.getByRole('heading', { name: 'Image principale' })).toBeVisible();
  await expect(changes.getByText(/^Retirée/)).toBeVisible();
  await expect(changes.getByRole('img', { name: `Image de la version ${versions[1].version}` })).toBeVisible();
  await expect(
    changes.getByText('Texte alternatif\u00a0: «\u00a0Une marchande dispose des mangues sur son étal au petit matin.\u00a0» → (vide)'),
  ).toBeVisible();
});

test('only the newsroom may send pictures, from its own pages', async ({ page, baseURL }) => {
  const photo = await phonePhoto(800, 600);
  const origin = new URL(baseURL as string).origin;
  const post = (from: string) => page.request.post('/api/medias', { data: photo, headers: { 'content-type': 'image/jpeg', origin: from } });
  const anonymous = await post(origin);
  expect(anonymous.status()).toBe(401);
  expect(((await anonymous.json()) as { error: string }).error).toMatch(/session a expiré/);

  await signInAs(page, await createTestUser('JOURNALIST'));
  const elsewhere = await post('https://ailleurs.example');
  expect(elsewhere.status()).toBe(403);
  expect(((await elsewhere.json()) as { error: string }).error).toMatch(/rédaction de ce site/);
  const sent = await post(origin);
  expect(sent.status()).toBe(201);
  // The same file twice is one picture.
  const again = await post(origin);
  expect(((await again.json()) as { id: string }).id).toBe(((await sent.json()) as { id: string }).id);
});

test('a colleague’s new picture is merged with a title changed meanwhile: both are saved, the form shows the picture', async ({
  browser,
}) => {
  const editor = await createTestUser('EDITOR');
  const first = await (await browser.newContext()).newPage();
  await signInAs(first, editor);
  const id = await newDraft(first, `Conflit d’images ${unique()}`);
  const second = await (await browser.newContext()).newPage();
  await signInAs(second, await createTestUser('EDITOR'));
  await second.goto(`/admin/articles/${id}`);
  await first.reload();

  await first
    .getByLabel('Choisir une image')
    .setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: await phonePhoto(1000, 800) });
  await expect(first.getByRole('status').filter({ hasText: 'Image reçue' })).toBeVisible();
  // The focus goes to the next step: describing it.
  await expect(first.getByLabel('Texte alternatif')).toBeFocused();
  await first.keyboard.type('Une pirogue tirée sur le sable');
  await first.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(first.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();

  // The second editor changed only the title: nothing overlaps, the save merges and goes through.
  await second.getByLabel('Titre', { exact: true }).fill('Un autre titre');
  await second.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(second.getByRole('status').filter({ hasText: 'ne se chevauchaient pas' })).toBeVisible();
  await expect(second.getByRole('status').filter({ hasText: 'ne se chevauchaient pas' })).toContainText('l’image principale');
  await expect(second.getByLabel('Texte alternatif')).toHaveValue('Une pirogue tirée sur le sable');
  await expect(second.locator('.image-field-preview img')).toBeVisible();
  await expect(second.getByText('Tout est enregistré')).toBeVisible();
  const row = await e2eDb().article.findUniqueOrThrow({ where: { id }, select: { title: true, imageId: true, imageAlt: true } });
  expect(row).toMatchObject({ title: 'Un autre titre', imageAlt: 'Une pirogue tirée sur le sable' });
  expect(row.imageId).toBeTruthy();
});
