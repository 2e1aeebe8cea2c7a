import { expect, test } from '@playwright/test';
import { e2eDb } from './support/db';
import { attachOnFailure, e2eEnv, startInstance, type TInstance } from './support/instance';

/**
 * Readers' stories are rendered by lib/render/article-document.tsx, not by Next (a third of the cost).
 * Next's page still exists (old slugs, wrong rubriques, 404s, and PUBLIC_RENDERER=next): a second
 * instance that renders everything through Next must serve the very same pages — same HTML byte for
 * byte once Next's empty streaming markers are left out, same headers, same surrogate keys.
 */
const MAIN = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

/** Next writes empty Suspense markers (its streamed metadata, the page's boundary) that React alone does not. */
function withoutNextMarkers(html: string): string {
  return html.replace('<div hidden=""><!--$--><!--/$--></div>', '').replaceAll('<!--$--><!--/$-->', '');
}

/** The headers a reader's browser or a CDN acts on (dates, validators and cache diagnostics aside). */
function meaningfulHeaders(headers: Headers): Record<string, string> {
  const skipped = new Set(['date', 'etag', 'content-length', 'connection', 'keep-alive', 'server-timing', 'x-cache', 'x-cache-source']);
  return Object.fromEntries([...headers.entries()].filter(([name]) => !skipped.has(name)).sort(([a], [b]) => a.localeCompare(b)));
}

test.describe('stories rendered without Next', () => {
  let server: TInstance | undefined;

  test.beforeAll(async ({}, testInfo) => {
    test.setTimeout(240_000);
    // The same public address as the main instance: canonical links and JSON-LD must match.
    server = await startInstance({ name: 'instance PUBLIC_RENDERER=next', env: (port) => e2eEnv(port, { PUBLIC_RENDERER: 'next', NEXTAUTH_URL: MAIN }), testInfo });
  });

  test.afterEach(async ({}, testInfo) => attachOnFailure(testInfo, [server]));

  test.afterAll(async () => {
    test.setTimeout(60_000);
    await server?.stop();
  });

  test('a story is the same page from React alone as from Next: HTML, head, headers, surrogate keys', async () => {
    // A story with a picture and « À lire aussi » links, one without a picture, one with an update notice.
    const select = { slug: true, imageId: true, rubrique: { select: { slug: true } } } as const;
    const published = { status: 'PUBLISHED' } as const;
    const stories = await Promise.all([
      e2eDb().article.findFirstOrThrow({ where: { ...published, imageId: { not: null }, related: { some: {} } }, select }),
      e2eDb().article.findFirstOrThrow({ where: { ...published, imageId: null }, select }),
      e2eDb().article.findFirstOrThrow({ where: { ...published, updates: { some: {} } }, select }),
    ]);
    for (const story of stories) {
      const path = `/${story.rubrique.slug}/${story.slug}`;
      const [direct, viaNext] = await Promise.all([fetch(`${MAIN}${path}`), fetch(`${server?.base}${path}`)]);
      expect(direct.status, path).toBe(200);
      expect(viaNext.status, path).toBe(200);
      const [directHtml, nextHtml] = await Promise.all([direct.text(), viaNext.text()]);
      // Rendered here by React alone (Next would have written its streaming markers)…
      expect(directHtml, path).not.toContain('<div hidden="">');
      expect(nextHtml, path).toContain('<div hidden="">');
      // A render says who wrote it (the Next-only instance is fresh: its first answer is a render).
      expect(viaNext.headers.get('server-timing'), path).toMatch(/^render;desc="next";dur=[\d.]+$/);
      if (direct.headers.get('x-cache') === 'MISS') expect(direct.headers.get('server-timing'), path).toMatch(/^render;desc="react";dur=[\d.]+$/);
      // …and otherwise the same page (the masthead's date is today's on both).
      expect(directHtml, path).toBe(withoutNextMarkers(nextHtml));
      expect(meaningfulHeaders(direct.headers), path).toEqual(meaningfulHeaders(viaNext.headers));
    }
  });

  test('old slugs, wrong rubriques and missing stories stay with Next', async ({ request }) => {
    const story = await e2eDb().article.findFirstOrThrow({ where: { status: 'PUBLISHED' }, orderBy: { publishedAt: 'asc' }, select: { slug: true, rubrique: { select: { slug: true } } } });
    const path = `/${story.rubrique.slug}/${story.slug}`;
    const wrongRubrique = story.rubrique.slug === 'sport' ? 'culture' : 'sport';
    const moved = await request.get(`/${wrongRubrique}/${story.slug}`, { maxRedirects: 0 });
    expect(moved.status()).toBe(301);
    expect(moved.headers().location).toBe(path);
    const missing = await request.get(`/${story.rubrique.slug}/une-histoire-qui-n-existe-pas`);
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('Page introuvable');
  });
});
