import { describe, expect, it } from 'vitest';
import { holdsPassage, redact, REDACTION_MARK } from './redact';

describe('redact', () => {
  it('masks every occurrence, whatever the case and the line breaks', () => {
    expect(redact('Selon Awa Diallo, 15 ans, le maire…\nAWA\n  DIALLO a dit', ['Awa Diallo'])).toBe(
      `Selon ${REDACTION_MARK}, 15 ans, le maire…\n${REDACTION_MARK} a dit`,
    );
  });

  it('treats the passage as text, not a pattern, and masks the longest first', () => {
    expect(redact('Le prix (1+1) est [secret].', ['(1+1)', '[secret]'])).toBe(`Le prix ${REDACTION_MARK} est ${REDACTION_MARK}.`);
    expect(redact('Moussa Diop Junior parle', ['Moussa Diop', 'Moussa Diop Junior'])).toBe(`${REDACTION_MARK} parle`);
  });

  it('leaves a text without passages as it is', () => {
    expect(redact('Rien à masquer.', [])).toBe('Rien à masquer.');
    expect(redact('Rien à masquer.', ['   '])).toBe('Rien à masquer.');
    expect(holdsPassage('Le nom de Awa  Diallo', ['awa diallo'])).toBe(true);
    expect(holdsPassage('Autre chose', ['awa diallo'])).toBe(false);
  });
});
