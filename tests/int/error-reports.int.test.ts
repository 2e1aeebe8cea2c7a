/**
 * « Signaler une erreur » and « Signalements »: a reader's report posted to /api/signalements (no
 * account, no script), the throttle, the size limits, the honeypot, hostile payloads, and the
 * newsroom's states and rights.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createArticle, createRubrique, createUser } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();
let address = 0;
let renderPage: (url: string) => Promise<string> = async () => '';
const nextAddress = () => `203.0.113.${(address += 1)}`;

beforeAll(async () => {
  // The answer is the readers' own page, as the server registers it (lib/server/preview.ts).
  const { ReaderPages } = await import('../../lib/readers/render');
  const { NavigationCache } = await import('../../lib/readers/navigation');
  const { buildSiteAssets } = await import('../../lib/readers/assets');
  const { processBridge } = await import('../../lib/process-bridge');
  const pages = new ReaderPages(buildSiteAssets(process.cwd()), new NavigationCache(() => 0));
  processBridge().renderReport = (outcome) => pages.renderReport(outcome);
  renderPage = async (url) => {
    const rendered = await pages.render(url);
    return 'html' in rendered ? rendered.html : '';
  };
});

async function story() {
  const rubrique = await createRubrique(prisma());
  const author = await createUser(prisma(), { role: 'JOURNALIST' });
  const article = await createArticle(prisma(), { rubriqueId: rubrique.id, authorId: author.id, title: 'Le port de Ndayane' });
  return { article, author, rubrique };
}

async function post(fields: Record<string, string | string[] | Blob>, ip = nextAddress(), headers: Record<string, string> = {}) {
  const { POST } = await import('../../app/api/signalements/route');
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
  const response = await POST(
    new Request('http://localhost:3000/api/signalements', {
      method: 'POST',
      body,
      headers: { 'x-dakarinfo-client-ip': ip, origin: 'http://localhost:3000', ...headers },
    }),
  );
  return { status: response.status, html: await response.text(), headers: response.headers };
}

const report = (articleId: string, over: Record<string, string | string[] | Blob> = {}) => ({
  article: articleId,
  passage: 'Le port a coûté 1,2 milliard',
  probleme: 'Le rapport de la Cour des comptes dit 1,4 milliard.',
  ...over,
});

describe('a reader reports an error', () => {
  it('stores the report, thanks the reader in French, and never shows the email in public', async () => {
    const { article } = await story();
    const sent = await post(report(article.id, { source: 'https://www.ccomptes.sn/rapport', courriel: 'lectrice@exemple.sn' }));
    expect(sent.status).toBe(200);
    expect(sent.html).toContain('Merci pour votre signalement');
    expect(sent.html).toContain('transmis à la rédaction');
    expect(sent.headers.get('cache-control')).toContain('no-store');
    expect(sent.html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    const rows = await prisma().errorReport.findMany({ where: { articleId: article.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: 'NEW', email: 'lectrice@exemple.sn', sourceUrl: 'https://www.ccomptes.sn/rapport' });
    expect(rows[0]?.addressHash).not.toContain('203.0.113');
    expect(await prisma().auditLog.count({ where: { action: 'report.create', targetId: article.id } })).toBe(1);
    // The story's page carries the form, never a report's words or address.
    const { rubrique } = await prisma().article.findUniqueOrThrow({ where: { id: article.id }, include: { rubrique: true } });
    const page = await renderPage(`/${rubrique.slug}/${article.slug}`);
    expect(page).toContain('<form action="/api/signalements" method="post">');
    expect(page).not.toContain('lectrice@exemple.sn');
    expect(page).not.toContain('Cour des comptes');
  });

  it('thanks a robot that filled the hidden field, and keeps nothing', async () => {
    const { article } = await story();
    const sent = await post(report(article.id, { site: 'https://spam.example' }));
    expect(sent.status).toBe(200);
    expect(sent.html).toContain('Merci pour votre signalement');
    expect(await prisma().errorReport.count({ where: { articleId: article.id } })).toBe(0);
  });

  it('refuses a fourth report from one address within ten minutes, with the text kept', async () => {
    const { article } = await story();
    const ip = nextAddress();
    for (let i = 0; i < 3; i++) expect((await post(report(article.id), ip)).status).toBe(200);
    const refused = await post(report(article.id, { probleme: 'Encore une erreur dans ce passage précis.' }), ip);
    expect(refused.status).toBe(429);
    expect(refused.html).toContain('réessayez dans quelques minutes');
    expect(refused.html).toContain('Encore une erreur dans ce passage précis.');
    // Another address of the same IPv6 /64 counts as the same.
    const v6 = '2001:db8:1:2::10';
    for (let i = 0; i < 3; i++) await post(report(article.id), v6.replace('::10', `::${i + 20}`));
    expect((await post(report(article.id), '2001:db8:1:2::99')).status).toBe(429);
    expect(await prisma().errorReport.count({ where: { articleId: article.id } })).toBe(6);
  });

  it('answers hostile payloads in French and stores nothing that should not be', async () => {
    const { article } = await story();
    const payloads: Record<string, string | string[] | Blob>[] = [
      report(article.id, { probleme: '<script>alert(1)</script>Le chiffre est faux, voyez le rapport.' }),
      report(article.id, { passage: '<img src=x onerror=alert(1)>Le port' }),
      report(article.id, { probleme: 'x'.repeat(1_500_000) }),
      report(article.id, { probleme: Array.from({ length: 10_000 }, (_, i) => `https://x.sn/${i}`).join(' ') }),
      report(article.id, { probleme: 'Le\u0000 chiffre\u202E est faux, voyez.' }),
      report(article.id, { probleme: new Blob(['fichier']) }),
      report(article.id, { passage: ['un', 'deux'] }),
      report(article.id, { source: 'javascript:alert(1)' }),
      report(article.id, { courriel: 'a@b.sn\nBcc: x@y.sn' }),
      report('../../etc/passwd'),
      report('cmxdyano700279q7d04nvsx9i'),
    ];
    for (const fields of payloads) {
      const answer = await post(fields);
      expect(answer.html).toMatch(/Merci pour votre signalement|Signalement non envoyé|n’est plus en ligne|introuvable/);
      expect(answer.html).not.toContain('<img src=x');
      expect(answer.html).not.toContain('<script>alert');
      expect(answer.html.length).toBeLessThan(200_000);
    }
    const rows = await prisma().errorReport.findMany({ where: { articleId: article.id } });
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      for (const value of [row.passage, row.problem, row.sourceUrl, row.email]) {
        expect(value).not.toMatch(/[<>\u0000\u202E]/);
        expect(value.length).toBeLessThanOrEqual(3000);
      }
    }
  });

  it('refuses a post from another site, and a story offline', async () => {
    const { article } = await story();
    expect((await post(report(article.id), nextAddress(), { origin: 'https://ailleurs.example' })).status).toBe(403);
    await prisma().article.update({ where: { id: article.id }, data: { status: 'DRAFT' } });
    const answer = await post(report(article.id));
    expect(answer.status).toBe(404);
    expect(await prisma().errorReport.count({ where: { articleId: article.id } })).toBe(0);
  });
});

describe('« Signalements » in the newsroom', () => {
  it('editors move a report through its states, journaled; the author sees their stories’ reports; others none', async () => {
    const { findErrorReports, countNewReports, setErrorReportState } = await import('../../lib/data/error-reports');
    const { article, author } = await story();
    const editor = await createUser(prisma(), { role: 'EDITOR' });
    const other = await createUser(prisma(), { role: 'JOURNALIST' });
    await post(report(article.id));
    await post(report(article.id, { passage: 'Le ministre a inauguré' }));
    const [second, first] = (await findErrorReports(author, 'open')).reports;
    expect(first && second).toBeTruthy();
    expect((await findErrorReports(other, 'all')).reports).toHaveLength(0);
    expect(await countNewReports(author)).toBe(2);
    expect(await countNewReports(editor)).toBeGreaterThanOrEqual(2);

    await expect(setErrorReportState(author, first!.id, { state: 'IN_PROGRESS' })).rejects.toMatchObject({ code: 'forbidden' });
    await setErrorReportState(editor, first!.id, { state: 'IN_PROGRESS' });
    await expect(setErrorReportState(editor, second!.id, { state: 'REJECTED', reason: '  ' })).rejects.toMatchObject({ code: 'invalid' });
    await setErrorReportState(editor, second!.id, { state: 'REJECTED', reason: 'Le chiffre de l’article est le bon.' });
    const change = await setErrorReportState(editor, first!.id, {
      state: 'CORRECTED',
      entry: { kind: 'CORRECTION', note: 'Le coût est de 1,4 milliard, et non 1,2 milliard.' },
    });
    expect(change.keys).toContain(`article:${article.id}`);
    const corrected = await prisma().errorReport.findUniqueOrThrow({ where: { id: first!.id }, include: { update: true } });
    expect(corrected.state).toBe('CORRECTED');
    expect(corrected.update?.kind).toBe('CORRECTION');
    expect(await countNewReports(author)).toBe(0);
    const journal = await prisma().auditLog.findMany({
      where: { action: 'report.state', targetId: article.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(journal.map((line) => (line.details as { to: string }).to)).toEqual(['IN_PROGRESS', 'REJECTED', 'CORRECTED']);
    // Linking to an entry of another story is refused.
    await expect(setErrorReportState(editor, second!.id, { state: 'CORRECTED', updateId: 'ailleurs' })).rejects.toMatchObject({
      code: 'invalid',
    });
  });
});
