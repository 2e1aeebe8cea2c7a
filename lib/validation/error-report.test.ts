import { describe, expect, it } from 'vitest';
import { parseErrorReport, plainReportText, REPORT_LIMITS } from './error-report';

const ARTICLE = 'cmxdyano700279q7d04nvsx9i';

function form(fields: Record<string, string | string[] | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const one of value) data.append(name, one);
    else data.append(name, value);
  }
  return data;
}

const good = { article: ARTICLE, passage: 'Le port a coûté 1,2 milliard', probleme: 'Le rapport de la Cour des comptes dit 1,4 milliard.' };
const links = (n: number) => Array.from({ length: n }, (_, i) => `https://exemple.sn/${i}`).join(' ');

/** Hostile payloads: each is refused in French, or accepted with nothing kept that should not be. */
const HOSTILE: { name: string; fields: Record<string, string | string[] | Blob> }[] = [
  { name: 'script tag', fields: { ...good, probleme: '<script>alert(1)</script>Le chiffre est faux, voyez le rapport.' } },
  { name: 'script only', fields: { ...good, probleme: '<script>alert(document.cookie)</script>' } },
  { name: 'img onerror', fields: { ...good, passage: '<img src=x onerror=alert(1)>Le port' } },
  { name: 'svg onload', fields: { ...good, probleme: '<svg/onload=alert(1)>Un chiffre inexact ici.' } },
  { name: 'iframe', fields: { ...good, probleme: '<iframe src="javascript:alert(1)"></iframe>Le texte est faux.' } },
  { name: 'unclosed tag', fields: { ...good, probleme: 'Le texte est faux <a href="javascript:alert(1)" ' } },
  { name: 'html comment', fields: { ...good, probleme: 'Le texte <!-- caché --> est faux, vraiment.' } },
  { name: 'style block', fields: { ...good, probleme: '<style>body{display:none}</style>Le texte est faux.' } },
  { name: 'javascript: source', fields: { ...good, source: 'javascript:alert(1)' } },
  { name: 'data: source', fields: { ...good, source: 'data:text/html,<script>alert(1)</script>' } },
  { name: 'relative source', fields: { ...good, source: '/admin' } },
  { name: 'megabyte problem', fields: { ...good, probleme: 'x'.repeat(1_048_576) } },
  { name: 'megabyte passage', fields: { ...good, passage: 'é'.repeat(1_048_576) } },
  { name: 'long source', fields: { ...good, source: `https://exemple.sn/${'a'.repeat(600)}` } },
  { name: 'long email', fields: { ...good, courriel: `${'a'.repeat(300)}@exemple.sn` } },
  { name: 'NUL bytes', fields: { ...good, probleme: 'Le\u0000 chiffre\u0000 est faux, voyez.' } },
  { name: 'control characters', fields: { ...good, passage: '\u0007\u001b[31mLe port\u001b[0m\u0008' } },
  { name: 'bidi override', fields: { ...good, probleme: 'Le chiffre \u202Eest faux\u202C, voyez le rapport.' } },
  { name: 'only invisible characters', fields: { ...good, passage: '\u200B\u200B\uFEFF\u2060' } },
  { name: '10,000 links', fields: { ...good, probleme: links(10_000) } },
  { name: '6 links', fields: { ...good, probleme: `Voyez ${links(6)}` } },
  { name: 'file instead of text', fields: { ...good, probleme: new Blob(['Le texte est faux.'], { type: 'text/plain' }) } },
  { name: 'field twice', fields: { ...good, passage: ['Le port', 'Le quai'] } },
  { name: 'honeypot twice', fields: { ...good, site: ['a', 'b'] } },
  { name: 'missing article', fields: { passage: good.passage, probleme: good.probleme } },
  { name: 'article injection', fields: { ...good, article: "x' OR '1'='1" } },
  { name: 'article path', fields: { ...good, article: '../../etc/passwd' } },
  { name: 'empty problem', fields: { ...good, probleme: '   ' } },
  { name: 'missing passage', fields: { article: ARTICLE, probleme: good.probleme } },
  { name: 'email with markup', fields: { ...good, courriel: '<b>a@b.sn</b>"><script>' } },
  { name: 'email header injection', fields: { ...good, courriel: 'a@b.sn\nBcc: tous@exemple.sn' } },
  { name: 'email not an address', fields: { ...good, courriel: 'pas une adresse' } },
  { name: 'thousands of newlines', fields: { ...good, probleme: `Le chiffre est faux.${'\n'.repeat(5000)}Vraiment.` } },
  { name: 'markdown link injection', fields: { ...good, probleme: '[cliquez](javascript:alert(1)) le chiffre est faux' } },
  { name: 'numbers as text only', fields: { ...good, passage: '12' } },
];

describe('parseErrorReport: hostile payloads', () => {
  it('has at least 30 of them', () => expect(HOSTILE.length).toBeGreaterThanOrEqual(30));

  for (const { name, fields } of HOSTILE) {
    it(`answers « ${name} » in French and keeps nothing it should not`, () => {
      const parsed = parseErrorReport(form(fields));
      if (!parsed.ok) {
        expect(parsed.message).toMatch(/[a-zé]/);
        expect(parsed.message).not.toMatch(/error|invalid|undefined|null/i);
        for (const value of Object.values(parsed.fieldErrors)) expect(value).toMatch(/^[A-ZÉL]/);
        for (const value of Object.values(parsed.kept)) {
          expect(value.length).toBeLessThanOrEqual(REPORT_LIMITS.problem);
          expect(value).not.toMatch(/<[a-z/!]/i);
          expect(value).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u202A-\u202E]/);
        }
        return;
      }
      const { report } = parsed;
      for (const value of [report.passage, report.problem, report.source, report.email]) {
        expect(value).not.toMatch(/<[a-z/!]/i);
        expect(value).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
        expect(value).not.toMatch(/\n{3}/);
      }
      expect(report.passage.length).toBeLessThanOrEqual(REPORT_LIMITS.passage);
      expect(report.problem.length).toBeLessThanOrEqual(REPORT_LIMITS.problem);
      expect(report.problem).not.toContain('alert(document');
      expect(report.source === '' || /^https?:\/\//.test(report.source)).toBe(true);
    });
  }

  it('refuses what must be refused, with the field named', () => {
    const refused = (fields: Record<string, string | string[] | Blob>) => {
      const parsed = parseErrorReport(form(fields));
      if (parsed.ok) throw new Error('accepted');
      return parsed;
    };
    expect(refused({ ...good, probleme: 'x'.repeat(1_048_576) }).fieldErrors.problem).toMatch(/dépasser 3.000 caractères/);
    expect(refused({ ...good, probleme: links(10_000) }).fieldErrors.problem).toMatch(/dépasser/);
    expect(refused({ ...good, probleme: `Voyez ${links(6)}` }).fieldErrors.problem).toMatch(/Pas plus de 5 liens/);
    expect(refused({ ...good, source: 'javascript:alert(1)' }).fieldErrors.source).toMatch(/adresse web complète/);
    expect(refused({ ...good, courriel: 'a@b.sn\nBcc: tous@exemple.sn' }).fieldErrors.email).toBeDefined();
    expect(refused({ ...good, passage: ['a', 'b'] }).message).toMatch(/pas celui du site/);
    expect(refused({ ...good, probleme: '<script>alert(document.cookie)</script>' }).fieldErrors.problem).toMatch(/Expliquez/);
    expect(refused({ ...good, article: '../x' }).message).toMatch(/introuvable/);
  });

  it('keeps the reader’s text, cut to size, on a refusal', () => {
    const parsed = parseErrorReport(form({ ...good, probleme: 'Trop court', courriel: 'faux' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.kept).toEqual({ passage: good.passage, problem: 'Trop court', source: '', email: 'faux' });
  });

  it('accepts a plain report and marks the honeypot', () => {
    const parsed = parseErrorReport(
      form({ ...good, source: 'https://www.ccomptes.sn/rapport', courriel: 'lectrice@exemple.sn', site: '' }),
    );
    expect(parsed).toMatchObject({ ok: true, honeypot: false, report: { articleId: ARTICLE, email: 'lectrice@exemple.sn' } });
    expect(parseErrorReport(form({ ...good, site: 'https://spam.example' }))).toMatchObject({ ok: true, honeypot: true });
  });
});

describe('plainReportText', () => {
  it('keeps French text and typography as typed', () => {
    expect(plainReportText('  L’État a dit «\u00a01,4\u00a0milliard\u00a0» : a < b  ')).toBe(
      'L’État a dit «\u00a01,4\u00a0milliard\u00a0» : a < b',
    );
  });
});
