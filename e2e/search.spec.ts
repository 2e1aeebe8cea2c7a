import { expect, test } from '@playwright/test';

test.describe('search', () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`finds French words with accents, stems and elisions, highlighted${javaScriptEnabled ? '' : ' (without JavaScript)'}`, async ({
      browser,
    }) => {
      const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
      await page.goto('/');
      await page.getByRole('search', { name: 'Rechercher sur Dakarinfo' }).getByRole('searchbox').fill('l’Ukraine');
      await page.getByRole('search', { name: 'Rechercher sur Dakarinfo' }).getByRole('button', { name: 'Rechercher' }).click();
      await expect(page).toHaveURL(/\/recherche\?q=/);
      await expect(page.getByRole('status')).toContainText(/articles? trouvés?/);
      await expect(page.locator('.search-results .card-title').first()).toContainText('Ukraine');
      await expect(page.locator('.search-results mark').first()).toBeVisible();
      // The header's box keeps the words, to refine them from there too.
      await expect(page.getByRole('search', { name: 'Rechercher sur Dakarinfo' }).getByRole('searchbox')).toHaveValue('l’Ukraine');

      await page.goto('/recherche?q=ecole');
      await expect(page.locator('.search-results mark').first()).toHaveText(/école/i);
      await expect(page.getByRole('search', { name: 'Rechercher sur Dakarinfo' }).getByRole('searchbox')).toHaveValue('ecole');
      // Elsewhere, it is empty.
      await page.goto('/');
      await expect(page.getByRole('search', { name: 'Rechercher sur Dakarinfo' }).getByRole('searchbox')).toHaveValue('');
    });
  }

  test('filters by rubrique and paginates', async ({ page }) => {
    await page.goto('/recherche?q=Dakar&rubrique=culture');
    const kickers = await page.locator('.search-results .card-kicker').allTextContents();
    expect(kickers.length).toBeGreaterThan(0);
    expect(new Set(kickers)).toEqual(new Set(['Culture']));
    await page.goto('/recherche?q=Dakar');
    await expect(page).toHaveTitle(/^«\u00a0Dakar\u00a0» — Recherche/);
    // Results are in order of relevance, not of date: the links say « résultats ».
    await expect(page.getByRole('link', { name: /Articles plus anciens/ })).toHaveCount(0);
    await page.getByRole('link', { name: /Résultats suivants/ }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.locator('.search-results li').first()).toBeVisible();
    await expect(page.getByRole('link', { name: /Résultats précédents/ })).toBeVisible();
    // The total is known: « Page 2 sur N ». Past the last page, the results are said to exist.
    const pages = Number((await page.locator('.pagination-current').textContent())?.match(/^Page 2 sur (\d+)$/)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    await page.goto(`/recherche?q=Dakar&page=${pages + 1}`);
    await expect(page.getByText(`Il n’y a pas de page ${pages + 1} pour cette recherche`)).toBeVisible();
    await page.getByRole('link', { name: 'Voir la dernière page' }).click();
    await expect(page.locator('.pagination-current')).toHaveText(`Page ${pages} sur ${pages}`);
    await expect(page.getByRole('link', { name: /Résultats suivants/ })).toHaveCount(0);
  });

  test('answers empty, absurd and hostile queries in French, without error', async ({ page }) => {
    for (const [query, message] of [
      ['', 'Saisissez un ou plusieurs mots'],
      ['le la les', 'aucun mot à chercher'],
      ['zzzqqqxxx', 'Aucun article ne correspond'],
      ['<script>alert(1)</script>', 'Aucun article ne correspond'],
      ['\'; DROP TABLE "Article"; --', 'Aucun article ne correspond'],
      ['é'.repeat(10_000), 'Aucun article ne correspond'],
    ]) {
      const response = await page.goto(`/recherche?q=${encodeURIComponent(query)}`);
      expect(response?.status(), query.slice(0, 20)).toBe(200);
      await expect(page.locator('main')).toContainText(message);
    }
    expect(await page.evaluate(() => document.querySelectorAll('main script').length)).toBe(0);
  });

  test('answers a query of many hyphenated words, and says it was shortened (issue #18, 14)', async ({ page }) => {
    const parts = Array.from({ length: 30 }, (_, i) => `mo${i}`);
    for (const [query, notice] of [
      [`Dakar ${parts.join('-')}`, 'Votre recherche a été limitée à son premier mot\u00a0: «\u00a0Dakar\u00a0».'],
      [parts.join(' '), `Votre recherche a été limitée à ses 8 premiers mots\u00a0: «\u00a0${parts.slice(0, 8).join(' ')}\u00a0».`],
    ]) {
      const response = await page.goto(`/recherche?q=${encodeURIComponent(query)}`);
      expect(response?.status(), query.slice(0, 20)).toBe(200);
      await expect(page.locator('.search-limited')).toHaveText(notice);
    }
    await expect(page.locator('.search-results li').first()).toBeHidden();
    await page.goto('/recherche?q=Dakar');
    await expect(page.locator('.search-limited')).toHaveCount(0);
  });
});
