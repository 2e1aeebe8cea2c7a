import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './callback';

describe('safeCallbackPath', () => {
  it('keeps paths inside the newsroom', () => {
    expect(safeCallbackPath('/admin/articles/abc')).toBe('/admin/articles/abc');
    expect(safeCallbackPath('/admin?statut=DRAFT')).toBe('/admin?statut=DRAFT');
    expect(safeCallbackPath('http://localhost:3000/admin/journal')).toBe('/admin/journal');
  });

  it.each([
    undefined,
    ['/admin', '/x'],
    'https://evil.example/admin',
    '//evil.example/admin',
    '/\\evil.example',
    '/admin//evil.example',
    'javascript:alert(1)',
    '/administrateur',
    '/politique',
    '/admin\n/x',
  ])('refuses %j', (value) => {
    expect(safeCallbackPath(value as string | string[] | undefined)).toBe('/admin');
  });
});
