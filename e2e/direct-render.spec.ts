import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { e2eDb } from './support/db';

/**
 * Readers' stories are rendered by lib/render/article-document.tsx, not by Next (a third of the cost).
 * Next's page still exists (old slugs, wrong rubriques, 404s, and PUBLIC_RENDERER=next): a second
 * instance that renders everything through Next must serve the very same pages — same HTML byte for
 * byte once Next's empty streaming markers are left out, same headers, same surrogate keys.
 */
const MAIN = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const NEXT_ONLY_PORT = 3104;
const NEXT_ONLY = `http://localhost:${NEXT_ONLY_PORT}`;

async function waitHealthy(base: string) {
  for (let i = 0; i < 240; i += 1) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${base} not ready`);
}

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
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: process.env.E2E_DATABASE_URL,
        PORT: String(NEXT_ONLY_PORT),
        PUBLIC_RENDERER: 'next',
        // The same public address as the main instance: canonical links and JSON-LD must match.
        NEXTAUTH_URL: MAIN,
        NEXTAUTH_SECRET: 'e2e-secret-only-for-tests-0123456789abcdef',
        DAKARINFO_DIST_DIR: '.next-e2e',
      },
      stdio: 'ignore',
    });
    await waitHealthy(NEXT_ONLY);
  });

  test.afterAll(() => {
    server?.kill('SIGTERM');
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
      const [direct, viaNext] = await Promise.all([fetch(`${MAIN}${path}`), fetch(`${NEXT_ONLY}${path}`)]);
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
