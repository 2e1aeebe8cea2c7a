/**
 * « Alerte info »: an editor raises it and every readers' page shows the band at once (pages already
 * cached included), /alerte.json relays it, ending it takes it off everywhere, and an alert that runs
 * out disappears at its end time with no request from the newsroom.
 */
import { expect, test, type Page } from '@playwright/test';
import { createTestUser, signInAs } from './support/auth';
import { e2eDb } from './support/db';

const band = (page: Page) => page.getByRole('complementary', { name: 'Alerte info' });

/** « 2026-12-07T16:05 » in Paris time, `ms` from now. */
function parisInput(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

test('an editor raises an alert: every page shows it at once, the feed relays it, and ending it removes it', async ({ page, browser }) => {
  await e2eDb().alert.deleteMany();
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  const rubrique = await e2eDb().rubrique.findFirstOrThrow({ where: { slug: 'culture' } });
  // Pages readers already have in the caches.
  await reader.goto('/culture');
  await reader.goto('/');
  await expect(band(reader)).toHaveCount(0);

  await signInAs(page, await createTestUser('EDITOR'));
  await page.goto('/admin/alerte');
  const story = await e2eDb().article.findFirstOrThrow({
    where: { status: 'PUBLISHED', rubriqueId: rubrique.id },
    orderBy: { publishedAt: 'desc' },
  });
  const text = `Séisme ressenti à Dakar ${Date.now().toString(36)}`;
  await page.getByLabel('Texte de l’alerte').fill(text);
  await page.getByLabel('Article lié (facultatif)').selectOption({ label: story.title });
  await page.getByRole('button', { name: 'Lancer l’alerte' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'L’alerte est en ligne' })).toBeVisible();

  for (const path of ['/', '/culture']) {
    await reader.goto(path);
    await expect(band(reader)).toContainText(text);
    await expect(band(reader).getByRole('link', { name: text })).toHaveAttribute('href', `/culture/${story.slug}`);
  }
  const feed = (await (await reader.request.get('/alerte.json')).json()) as { alerte: { texte: string; lien: string } | null };
  expect(feed.alerte?.texte).toBe(text);
  expect(feed.alerte?.lien).toMatch(new RegExp(`/culture/${story.slug}$`));

  await page.reload();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Terminer l’alerte maintenant' }).click();
  // The page now says there is none, and lists it as ended.
  await expect(page.getByText('Aucune alerte en cours.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: text })).toContainText('terminée le');
  await reader.goto('/culture');
  await expect(band(reader)).toHaveCount(0);
  expect(((await (await reader.request.get('/alerte.json')).json()) as { alerte: unknown }).alerte).toBeNull();
});

test('an alert that runs out leaves every page at its end time, with no request from the newsroom', async ({ page, browser }) => {
  test.setTimeout(150_000);
  await e2eDb().alert.deleteMany();
  await signInAs(page, await createTestUser('EDITOR'));
  await page.goto('/admin/alerte');
  // The field takes minutes: the next whole minute at least 20 s away.
  const end = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
  await page.getByLabel('Texte de l’alerte').fill('Alerte brève');
  await page.getByLabel('Fin de l’alerte').fill(parisInput(end));
  await page.getByRole('button', { name: 'Lancer l’alerte' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'L’alerte est en ligne' })).toBeVisible();
  await page.close();

  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await reader.goto('/politique');
  await expect(band(reader)).toContainText('Alerte brève');
  await reader.waitForTimeout(Math.max(0, end.getTime() - Date.now()) + 1_500);
  await reader.goto('/politique');
  await expect(band(reader)).toHaveCount(0);
  await reader.goto('/');
  await expect(band(reader)).toHaveCount(0);
});
