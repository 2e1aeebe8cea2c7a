import { describe, expect, it } from 'vitest';
import { COMMENT_MAX, ZCommentBody } from './article-comment';

const message = (value: unknown) => {
  const parsed = ZCommentBody.safeParse(value);
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe('a discussion message', () => {
  it('is kept trimmed, its line breaks as typed', () => {
    expect(ZCommentBody.parse('  Le maire a rappelé.\r\nOn cite\u00a0?  \n')).toBe('Le maire a rappelé.\nOn cite\u00a0?');
  });

  it('refuses an empty or blank message in French', () => {
    expect(message('')).toBe('Écrivez votre message avant de l’envoyer.');
    expect(message(' \n\t ')).toBe('Écrivez votre message avant de l’envoyer.');
    expect(message(undefined)).toBe('Écrivez votre message.');
  });

  it('takes 2,000 characters, not one more, counting a line break as one', () => {
    expect(ZCommentBody.parse('a'.repeat(COMMENT_MAX))).toHaveLength(COMMENT_MAX);
    expect(ZCommentBody.parse(`${'a'.repeat(999)}\r\n${'b'.repeat(1000)}`)).toHaveLength(COMMENT_MAX);
    expect(message('a'.repeat(COMMENT_MAX + 1))).toBe('Le message ne doit pas dépasser 2\u202f000 caractères.');
    // Spaces around it do not count.
    expect(ZCommentBody.parse(`  ${'a'.repeat(COMMENT_MAX)}  `)).toHaveLength(COMMENT_MAX);
  });

  it('refuses a NUL character', () => {
    expect(message('a\u0000b')).toBe('Le message contient un caractère invalide.');
  });
});
