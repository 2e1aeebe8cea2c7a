import { describe, expect, it } from 'vitest';
import { parseArticleForm } from './article';

function form(slug: string) {
  const data = new FormData();
  for (const [name, value] of Object.entries({ title: 'Titre', chapo: '', body: 'Texte', rubriqueId: 'r1', slug })) data.set(name, value);
  return parseArticleForm(data);
}

describe('the address (slug) typed in the article form', () => {
  it('is made an address from words, as Ghost does, instead of being refused', () => {
    expect(form('L’été à Dakar').data?.slug).toBe('l-ete-a-dakar');
    expect(form('  Œuvres complètes  ').data?.slug).toBe('oeuvres-completes');
    expect(form('deja-une-adresse').data?.slug).toBe('deja-une-adresse');
    expect(form('').data?.slug).toBe('');
  });

  it('refuses, in French, an address with nothing to keep', () => {
    const parsed = form('!!! ???');
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('L’adresse doit contenir au moins une lettre ou un chiffre.');
  });
});
