import { expect, test } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';
import { newDraft, publishNow } from './support/stories';

const unique = () => Date.now().toString(36);

test('a journalist writes and submits; an editor publishes and the story is on Manchettes at once', async ({ browser }) => {
  const title = `Conseil municipal ${unique()} : le budget adopté`;
  const journalistPage = await (await browser.newContext()).newPage();
  await signInAs(journalistPage, await createTestUser('JOURNALIST'));
  const id = await newDraft(journalistPage, title);
  await expect(journalistPage.getByRole('button', { name: 'Publier' })).toHaveCount(0);
  await journalistPage.getByRole('button', { name: 'Soumettre à la relecture' }).click();
  await expect(journalistPage.getByRole('status').filter({ hasText: 'Soumis à la relecture.' })).toBeVisible();

  // Warm the public cache first: the publish must purge it.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/');
  await reader.goto('/');
  await expect(reader.getByText(title)).toHaveCount(0);

  const editorPage = await (await browser.newContext()).newPage();
  await signInAs(editorPage, await createTestUser('EDITOR'));
  await editorPage.goto(`/admin/articles/${id}`);
  await publishNow(editorPage);
  await expect(editorPage.getByRole('status').filter({ hasText: 'Publié' })).toBeVisible();

  await reader.goto('/');
  await expect(reader.getByRole('link', { name: title.replace(' :', '\u00a0:') }).first()).toBeVisible();
  const row = await e2eDb().article.findUniqueOrThrow({ where: { id }, select: { slug: true, publishedAt: true, status: true } });
  expect(row.status).toBe('PUBLISHED');
  expect(row.publishedAt).not.toBeNull();
  const response = await reader.goto(`/politique/${row.slug}`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByText('Cette histoire a été mise à jour.')).toHaveCount(0);
});

test('an editor marks a story « mise à jour »: the notice and its note appear for readers', async ({ page, browser }) => {
  const editor = await createTestUser('EDITOR');
  await signInAs(page, editor);
  const title = `Port de pêche ${unique()} : les travaux commencent`;
  const id = await newDraft(page, title);
  await publishNow(page);
  await expect(page.getByRole('status').filter({ hasText: 'Publié' })).toBeVisible();
  const { slug } = await e2eDb().article.findUniqueOrThrow({ where: { id }, select: { slug: true } });

  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await reader.goto(`/politique/${slug}`);
  await reader.goto(`/politique/${slug}`); // cached now
  await expect(reader.getByText('Cette histoire a été mise à jour.')).toHaveCount(0);

  await page.reload();
  // The fix typed but not saved yet: the note must not go out above the old text.
  await page.locator('textarea[name="body"]').fill('Le chantier commence lundi 3 mars.');
  await page.getByLabel('Type').selectOption('CORRECTION');
  await page.getByLabel('Note publique').fill('Le chantier commence lundi, et non mardi.');
  await page.getByRole('button', { name: /^Publier la (mise à jour|correction|précision)$/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Enregistrez d’abord vos modifications du texte' })).toBeVisible();
  await expect(page.getByLabel('Note publique')).toHaveValue('Le chantier commence lundi, et non mardi.');
  expect(await e2eDb().articleUpdate.count({ where: { articleId: id } })).toBe(0);
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText('Tout est enregistré')).toBeVisible();
  await page.getByRole('button', { name: /^Publier la (mise à jour|correction|précision)$/ }).click();
  // The action's own confirmation: the note is in the form's field before the save is done.
  await expect(page.getByRole('status').filter({ hasText: 'est en ligne' })).toBeVisible();
  await expect(page.getByText('Le chantier commence lundi, et non mardi.').first()).toBeVisible();

  await reader.goto(`/politique/${slug}`);
  await expect(reader.getByText('Cette histoire a été mise à jour.')).toBeVisible();
  await expect(reader.locator('.update-notice')).toContainText('Correction');
  await expect(reader.locator('.update-notice')).toContainText('Le chantier commence lundi, et non mardi.');
  // The date at the top leads to the notice that says what changed.
  await expect(reader.locator('.byline a[href="#maj-titre"]')).toContainText('Mis à jour le');
});

test('a public note over the limit is refused, never cut; an entry can be reworded, then withdrawn', async ({ page, browser }) => {
  await signInAs(page, await createTestUser('EDITOR'));
  const id = await newDraft(page, `Marché central ${unique()} : les étals rouvrent`);
  await publishNow(page);
  await expect(page.getByRole('status').filter({ hasText: 'Publié' })).toBeVisible();
  const { slug } = await e2eDb().article.findUniqueOrThrow({ where: { id }, select: { slug: true } });

  // 1,050 characters pasted: all of them stay in the field, the counter says how many are too many.
  const long = `Les étals rouvrent mardi. ${'Précision sur les horaires. '.repeat(37)}`.slice(0, 1050);
  await page.getByLabel('Note publique').fill(long);
  await expect(page.getByLabel('Note publique')).toHaveValue(long);
  await expect(page.locator('.char-counter.is-over')).toContainText('50 caractères de trop');
  await page.getByRole('button', { name: /^Publier la (mise à jour|correction|précision)$/ }).click();
  await expect(page.getByText('La note ne doit pas dépasser 1\u202f000 caractères.')).toBeVisible();
  await expect(page.getByLabel('Note publique')).toHaveValue(long);
  expect(await e2eDb().articleUpdate.count({ where: { articleId: id } })).toBe(0);

  await page.getByLabel('Note publique').fill('Les étals rouvrent mardi, et non lundi.');
  await page.getByRole('button', { name: /^Publier la (mise à jour|correction|précision)$/ }).click();
  // (« Publié : l’article est en ligne. » may still be in the form's own status line.)
  await expect(page.getByRole('status').filter({ hasText: 'La mention' })).toBeVisible();

  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await reader.goto(`/politique/${slug}`);
  await expect(reader.locator('.update-notice')).toContainText('Les étals rouvrent mardi, et non lundi.');

  // Reworded: readers see the new words at once.
  await page.getByRole('button', { name: 'Modifier la note' }).click();
  await page.locator('.update-log textarea[name="note"]').fill('Les étals rouvrent mardi 4 mars, et non lundi.');
  await page.getByRole('button', { name: 'Enregistrer la note' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Note modifiée' })).toBeVisible();
  await reader.goto(`/politique/${slug}`);
  await expect(reader.locator('.update-notice')).toContainText('Les étals rouvrent mardi 4 mars, et non lundi.');

  // Withdrawn, after a confirmation: no notice any more; the journal keeps what it said.
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Retirer' }).click();
  await expect(page.getByText('Aucune mise à jour signalée aux lecteurs pour l’instant.')).toBeVisible();
  await reader.goto(`/politique/${slug}`);
  await expect(reader.getByText('Cette histoire a été mise à jour.')).toHaveCount(0);
  expect(await e2eDb().auditLog.count({ where: { targetId: id, action: 'article.update-entry-remove' } })).toBe(1);
});

test('double-clicking « Publier » publishes once', async ({ page }) => {
  await signInAs(page, await createTestUser('EDITOR'));
  const id = await newDraft(page, `Double clic ${unique()}`);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Publier', exact: true }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Publié' })).toBeVisible();
  await page.waitForTimeout(500);
  expect(await e2eDb().auditLog.count({ where: { action: 'article.publish', targetId: id } })).toBe(1);
  expect(await e2eDb().revision.count({ where: { articleId: id } })).toBe(2);
});

test('script, event handlers and javascript: links in a body never execute', async ({ page, browser }) => {
  await signInAs(page, await createTestUser('EDITOR'));
  const hostile = [
    'Paragraphe normal.',
    '<script>window.__pwned = 1; alert(1)</script>',
    '<img src="x" onerror="window.__pwned = 2">',
    '[cliquez ici](javascript:window.__pwned=3)',
    '<a href="javascript:alert(1)">lien</a> <svg onload="window.__pwned=4"></svg>',
  ].join('\n\n');
  const title = `Sécurité ${unique()} "><script>window.__pwned=5</script>`;
  const id = await newDraft(page, title, hostile);
  await publishNow(page);
  await expect(page.getByRole('status').filter({ hasText: 'Publié' })).toBeVisible();
  const { slug } = await e2eDb().article.findUniqueOrThrow({ where: { id }, select: { slug: true } });

  const reader = await (await browser.newContext()).newPage();
  const dialogs: string[] = [];
  reader.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  for (const path of [`/politique/${slug}`, '/', '/politique', `/admin/articles/${id}/apercu`]) {
    if (path.startsWith('/admin')) await signInAs(reader, await createTestUser('EDITOR'));
    await reader.goto(path);
    expect(await reader.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), path).toBeUndefined();
    expect(await reader.locator('.article-body script, .article-body img, .article-body svg, a[href^="javascript:"]').count(), path).toBe(
      0,
    );
  }
  expect(dialogs).toEqual([]);
});

test('a refused creation keeps what was typed; a successful one empties the form', async ({ page }) => {
  const admin = await createTestUser('ADMIN');
  await signInAs(page, admin);
  const taken = await createTestUser('JOURNALIST');

  await page.goto('/admin/utilisateurs');
  const account = page.locator('section', { has: page.getByRole('heading', { name: 'Nouveau compte' }) });
  await account.getByLabel('Nom affiché (signature des articles)').fill('Mariama Bâ');
  await account.getByLabel('Adresse électronique').fill(taken.email);
  await account.getByLabel('Rôle').selectOption('EDITOR');
  await account.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(account.getByRole('alert')).toContainText('Un compte existe déjà pour cette adresse.');
  await expect(account.getByLabel('Nom affiché (signature des articles)')).toHaveValue('Mariama Bâ');
  await expect(account.getByLabel('Adresse électronique')).toHaveValue(taken.email);
  await expect(account.getByLabel('Rôle')).toHaveValue('EDITOR');

  const email = `mariama.ba.${unique()}@dakarinfo.test`;
  await account.getByLabel('Adresse électronique').fill(email);
  await account.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(account.getByRole('status')).toContainText(`Compte créé pour ${email}`);
  await expect(account.getByLabel('Adresse électronique')).toHaveValue('');
  expect((await e2eDb().user.findUniqueOrThrow({ where: { email } })).role).toBe('EDITOR');

  await page.goto('/admin/rubriques');
  const rubrique = page.locator('section', { has: page.getByRole('heading', { name: 'Nouvelle rubrique' }) });
  await rubrique.getByLabel('Nom').fill('Politique');
  await rubrique.getByLabel('Description').fill('Une description longue à ne pas retaper.');
  await rubrique.getByRole('button', { name: 'Créer la rubrique' }).click();
  await expect(rubrique.getByRole('alert')).toBeVisible();
  await expect(rubrique.getByLabel('Description')).toHaveValue('Une description longue à ne pas retaper.');
});

test('a story in review goes back to draft: the editor sends it back, its author can withdraw it', async ({ browser }) => {
  const journalistPage = await (await browser.newContext()).newPage();
  await signInAs(journalistPage, await createTestUser('JOURNALIST'));
  const id = await newDraft(journalistPage, `Budget ${unique()} : à reprendre`);
  await journalistPage.getByRole('button', { name: 'Soumettre à la relecture' }).click();
  await expect(journalistPage.getByRole('status').filter({ hasText: 'Soumis à la relecture.' })).toBeVisible();
  // Its author withdraws it…
  await journalistPage.getByRole('button', { name: 'Retirer de la relecture' }).click();
  await expect(journalistPage.getByRole('status').filter({ hasText: 'Revenu au brouillon' })).toBeVisible();
  expect((await e2eDb().article.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
  await journalistPage.getByRole('button', { name: 'Soumettre à la relecture' }).click();
  await expect(journalistPage.getByRole('status').filter({ hasText: 'Soumis à la relecture.' })).toBeVisible();

  // …and an editor sends it back to be reworked, saying why.
  const editorPage = await (await browser.newContext()).newPage();
  const editor = await createTestUser('EDITOR');
  await signInAs(editorPage, editor);
  await editorPage.goto(`/admin/articles/${id}`);
  // Without a reason: refused, beside the field.
  await editorPage.getByRole('button', { name: 'Renvoyer en brouillon' }).click();
  await expect(editorPage.getByText('Indiquez le motif du renvoi').first()).toBeVisible();
  expect((await e2eDb().article.findUniqueOrThrow({ where: { id } })).status).toBe('IN_REVIEW');
  await editorPage.getByLabel('Motif du renvoi').fill('Il manque la réaction du maire.\nEt vérifiez le montant.');
  await editorPage.getByRole('button', { name: 'Renvoyer en brouillon' }).click();
  await expect(editorPage.getByRole('status').filter({ hasText: 'Revenu au brouillon' })).toBeVisible();
  await expect(editorPage.getByRole('button', { name: 'Renvoyer en brouillon' })).toHaveCount(0);
  expect((await e2eDb().article.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT');
  expect(await e2eDb().auditLog.count({ where: { action: 'article.return', targetId: id } })).toBe(2);

  // Its author sees it in the newsroom's list…
  await journalistPage.goto('/admin');
  await expect(journalistPage.getByRole('row').filter({ hasText: 'à reprendre' })).toContainText('renvoyé, à reprendre');
  // …and reads who sent it back, and why, on the story's page…
  await journalistPage.goto(`/admin/articles/${id}`);
  const sentBack = journalistPage.getByRole('note', { name: 'Renvoyé en brouillon' });
  await expect(sentBack).toContainText(`par ${editor.name} le`);
  await expect(sentBack.locator('blockquote')).toHaveText('Il manque la réaction du maire.\nEt vérifiez le montant.');
  // …until it goes back to review.
  await journalistPage.getByRole('button', { name: 'Soumettre à la relecture' }).click();
  await expect(journalistPage.getByRole('status').filter({ hasText: 'Soumis à la relecture.' })).toBeVisible();
  await journalistPage.reload();
  await expect(journalistPage.getByRole('note', { name: 'Renvoyé en brouillon' })).toHaveCount(0);
  await journalistPage.goto('/admin');
  await expect(journalistPage.getByText('renvoyé, à reprendre')).toHaveCount(0);
});

test('« Brouillon créé. » says so once: the next save replaces it, and a reload does not bring it back', async ({ page }) => {
  await signInAs(page, await createTestUser('JOURNALIST'));
  await newDraft(page, `Brouillon ${unique()} : la saison des pluies`);
  await expect(page.getByRole('status').filter({ hasText: 'Brouillon créé.' })).toBeVisible();
  await page.getByLabel('Chapô').fill('Un autre chapô, enregistré cette fois.');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();
  await expect(page.getByText('Brouillon créé.')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Chapô')).toHaveValue('Un autre chapô, enregistré cette fois.');
  await expect(page.getByText('Brouillon créé.')).toHaveCount(0);
});

test('a story without a title is refused in French, says where, and keeps the text', async ({ page }) => {
  await signInAs(page, await createTestUser('JOURNALIST'));
  await page.goto('/admin/articles/nouveau');
  const body = 'Un texte entier, écrit avant de penser au titre.';
  await page.locator('textarea[name="body"]').fill(body);
  await page.getByRole('button', { name: 'Créer le brouillon' }).click();
  // The summary's link is the message alone (it names the field), and leads to the field.
  const link = page.getByRole('link', { name: 'Le titre est obligatoire.', exact: true });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByLabel('Titre', { exact: true })).toBeFocused();
  await expect(page.locator('textarea[name="body"]')).toHaveValue(body);
  await expect(page).toHaveURL(/\/admin\/articles\/nouveau$/);
});

test('a journalist’s change to a story online goes live and is flagged to editors, who read the differences and mark it read', async ({
  browser,
}) => {
  const title = `Port de Dakar ${unique()} : les chiffres du trimestre`;
  const journalist = await createTestUser('JOURNALIST');
  const journalistPage = await (await browser.newContext()).newPage();
  await signInAs(journalistPage, journalist);
  const id = await newDraft(journalistPage, title);
  // Published by an editor (the workflow itself is covered above).
  await e2eDb().article.update({ where: { id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });

  await journalistPage.reload();
  await expect(journalistPage.getByText('signalées aux éditeurs pour relecture')).toBeVisible();
  await journalistPage
    .locator('textarea[name="body"]')
    .fill('Premier paragraphe corrigé : 1,2 million de conteneurs.\n\nDeuxième paragraphe.');
  await journalistPage.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(journalistPage.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();

  const editorPage = await (await browser.newContext()).newPage();
  await signInAs(editorPage, await createTestUser('EDITOR'));
  await editorPage.goto('/admin');
  await editorPage.getByRole('link', { name: /^Modifiés en ligne, à relire \(\d+\)$/ }).click();
  await expect(editorPage.getByRole('heading', { level: 1 })).toHaveText('Modifiés en ligne, à relire');
  const row = editorPage.getByRole('row').filter({ hasText: title.replace(' :', '\u00a0:') });
  await expect(row).toContainText(`modifié en ligne par ${journalist.name}, à relire`);
  await row.getByRole('link', { name: title.replace(' :', '\u00a0:') }).click();

  const notice = editorPage.getByRole('note', { name: 'Modifié en ligne, à relire' });
  await expect(notice).toContainText(`par ${journalist.name} le`);
  // The differences since the version the editors last read.
  await notice.getByRole('link', { name: /Voir les changements \(version 1 → 2\)/ }).click();
  await expect(editorPage).toHaveURL(new RegExp(`/admin/articles/${id}/historique\\?de=1&a=2$`));
  await expect(editorPage.locator('ins').filter({ hasText: 'million de conteneurs' })).toBeVisible();
  await editorPage.goBack();

  await editorPage.getByRole('button', { name: 'Marquer comme relu' }).click();
  await expect(editorPage.getByRole('status').filter({ hasText: 'Modifications marquées comme relues.' })).toBeVisible();
  await editorPage.goto('/admin?relire=1');
  await expect(editorPage.getByRole('row').filter({ hasText: title.replace(' :', '\u00a0:') })).toHaveCount(0);
  expect((await e2eDb().article.findUniqueOrThrow({ where: { id }, select: { liveEditAt: true } })).liveEditAt).toBeNull();
});

test('a journalist never reads the title of a story hidden from them among their story’s « À lire aussi », and saving keeps the link (issue #18, 15)', async ({
  page,
}) => {
  const journalist = await createTestUser('JOURNALIST');
  await signInAs(page, journalist);
  const id = await newDraft(page, `Marché de Tilène ${unique()}`);
  // An editor linked the story to another one, unpublished since: a colleague's draft now.
  const secretTitle = `Révélations confidentielles ${unique()}`;
  const { id: rubriqueId } = await e2eDb().rubrique.findFirstOrThrow({ where: { slug: 'politique' }, select: { id: true } });
  const colleague = await createTestUser('JOURNALIST');
  const hidden = await e2eDb().article.create({
    data: {
      slug: `revelations-${unique()}`,
      title: secretTitle,
      chapo: 'Chapô.',
      body: 'Texte.',
      status: 'DRAFT',
      rubriqueId,
      authorId: colleague.id,
    },
    select: { id: true },
  });
  await e2eDb().relatedLink.create({ data: { articleId: id, targetId: hidden.id, position: 0 } });

  await page.goto(`/admin/articles/${id}`);
  await expect(page.locator('.related-chosen')).toContainText('Article indisponible');
  expect(await page.content()).not.toContain(secretTitle);
  await page.locator('textarea[name="body"]').fill('Un texte retravaillé, assez long pour être enregistré sans souci.');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enregistré.' })).toBeVisible();
  expect((await e2eDb().relatedLink.findMany({ where: { articleId: id }, select: { targetId: true } })).map((l) => l.targetId)).toEqual([
    hidden.id,
  ]);
});
