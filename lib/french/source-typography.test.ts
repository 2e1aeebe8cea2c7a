/**
 * Every sentence the site shows is written in the source with French typography: a non-breaking
 * space before « : », a narrow one before « ; ! ? », non-breaking spaces inside « ». An ordinary
 * space there lets the sign wrap alone onto the next line (« » » at the start of a line on a phone).
 * Stories' own text gets the same rules at render time (lib/french/typography.ts); this checks what
 * the code itself says: string literals, template pieces and JSX text of what readers and the
 * newsroom see (operators' terminal messages in lib/ops are left out).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SHOWN = [
  'app',
  'components',
  'lib/actions',
  'lib/auth',
  'lib/content',
  'lib/data',
  'lib/feeds',
  'lib/french',
  'lib/search',
  'lib/validation',
];
const TEXT_KINDS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.JsxText,
]);
/** A word, a number or a closing sign, then an ordinary space, then : ; ! ? ending a phrase; or « / » with an ordinary space. */
const PLAIN_SPACE = /(?<=^|[\p{L}\p{N}»)’.…\]}%]) (?=[:;!?](?:[\s"'`»)]|$))|« | »/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function plainSpaces(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const tree = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (TEXT_KINDS.has(node.kind)) {
      // JSX text keeps its leading space (« {query} » ends with one before « » »), which getStart skips.
      const jsx = node.kind === ts.SyntaxKind.JsxText;
      const text = source.slice(jsx ? node.pos : node.getStart(tree), node.getEnd());
      // Words, not code: JSX text, a piece of a template around a value (« Supprimer « ${name} » ? »),
      // or a string with at least one three-letter word.
      const piece =
        node.kind === ts.SyntaxKind.TemplateHead || node.kind === ts.SyntaxKind.TemplateMiddle || node.kind === ts.SyntaxKind.TemplateTail;
      if (PLAIN_SPACE.test(text) && (jsx || piece || /\p{L}{3}/u.test(text))) {
        const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1;
        found.push(`${path.relative(ROOT, file)}:${line}: ${text.trim().slice(0, 100)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

describe('French typography in the code’s own sentences', () => {
  it('has no ordinary space before : ; ! ? nor inside « »', () => {
    const offenders = SHOWN.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).flatMap(plainSpaces);
    expect(offenders).toEqual([]);
  });

  it('catches the mistakes it is there for', () => {
    const check = (text: string) => PLAIN_SPACE.test(text);
    expect(check('Statut : brouillon')).toBe(true);
    expect(check('Retirer ? Oui')).toBe(true);
    expect(check('« Manchettes »')).toBe(true);
    expect(check('Statut\u00a0: brouillon')).toBe(false);
    expect(check('Retirer\u202f? Oui')).toBe(false);
    expect(check('«\u00a0Manchettes\u00a0»')).toBe(false);
    // JSX text right after an expression: « {query} ». and « Adresse {kind} : <code> ».
    expect(check(' ».')).toBe(true);
    expect(check(' : ')).toBe(true);
    // Code, not prose: a ternary or a URL does not match.
    expect(check('https://dakarinfo.sn/a?b=1')).toBe(false);
  });
});
