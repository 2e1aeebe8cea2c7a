/**
 * Legal redaction: a passage an editor masked (defamation, a minor's name, a court order) is replaced
 * by a visible mention in everything public built from old versions and update notes. Pure.
 *
 * Matching ignores case and runs of whitespace, so a passage copied from a page with other line breaks
 * still matches; the longest passages are masked first (one may contain another).
 */
export const REDACTION_MARK = '[passage retiré pour raison juridique]';

function pattern(passage: string): RegExp | null {
  const words = passage.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
}

export function redact(text: string, passages: readonly string[]): string {
  if (passages.length === 0 || !text) return text;
  let out = text;
  for (const passage of [...passages].sort((a, b) => b.length - a.length)) {
    const found = pattern(passage);
    if (found) out = out.replace(found, REDACTION_MARK);
  }
  return out;
}

/** Whether `text` still holds one of the passages (the current story, which the editor must change). */
export function holdsPassage(text: string, passages: readonly string[]): boolean {
  return passages.some((passage) => {
    const found = pattern(passage);
    return found ? found.test(text) : false;
  });
}
