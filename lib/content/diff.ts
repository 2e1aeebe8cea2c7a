/**
 * Word-level diff between two revisions of a story (title, chapô, body…). Pure, no dependencies.
 *
 * The texts are cut into tokens — numbers with their decimal or thousands marks (« 1,4 » → « 1,2 »
 * reads as one figure changed), words (letters, digits, inner apostrophes ’ ' and hyphens:
 * « l’État », « peut-être » are one word), single punctuation marks and runs of whitespace — so
 * that every character belongs to exactly one token: joining the 'same' and 'added' parts gives
 * `after` back exactly, joining the 'same' and 'removed' parts gives `before` back exactly.
 *
 * The tokens are compared with Myers' O(ND) algorithm after the common head and tail are set aside,
 * so a 10,000-word body with a few edits costs a few milliseconds. When the texts differ too much
 * for that to stay cheap, the bodies are first compared paragraph by paragraph (lines), then word
 * by word inside each changed group of lines; a group that is still too different is shown as
 * removed then added as a whole. The cost is bounded whatever the input.
 */

export type TDiffKind = 'same' | 'added' | 'removed';
export type TDiffPart = { kind: TDiffKind; text: string };
export type TFieldDiff = { changed: boolean; parts: TDiffPart[] };

/** Largest edit distance (in tokens) explored by one Myers run: bounds time and memory (~D² ints). */
const MAX_EDIT_DISTANCE = 2000;

const TOKEN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}\p{M}]+(?:['’\-‐][\p{L}\p{N}\p{M}]+)*|\s+|[^\s\p{L}\p{N}\p{M}]/gu;
const LINE = /[^\n]*\n|[^\n]+$/g;

/** Words, whitespace runs and single punctuation marks; their concatenation is `text`. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function splitLines(text: string): string[] {
  return text.match(LINE) ?? [];
}

type TOp = { kind: TDiffKind; token: number };

/** Maps equal strings to equal integers so the inner loop compares numbers. */
function intern(a: string[], b: string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const encode = (tokens: string[]) => {
    const out = new Int32Array(tokens.length);
    tokens.forEach((token, index) => {
      let id = ids.get(token);
      if (id === undefined) {
        id = ids.size;
        ids.set(token, id);
      }
      out[index] = id;
    });
    return out;
  };
  return [encode(a), encode(b)];
}

/**
 * Myers' greedy shortest edit script between a and b (already interned), or null when the edit
 * distance exceeds maxD. Ops reference token indexes: in `a` for 'same' and 'removed', in `b` for
 * 'added'.
 */
function myers(a: Int32Array, b: Int32Array, maxD: number): TOp[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const limit = Math.min(max, maxD);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] is v for diagonals -d-1..d+1 as it was at the start of round d.
  const trace: Int32Array[] = [];
  v[offset + 1] = 0;
  let found = -1;
  for (let d = 0; d <= limit && found < 0; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return null;

  const ops: TOp[] = [];
  let x = n;
  let y = m;
  for (let d = found; d >= 0; d--) {
    const snapshot = trace[d];
    const at = (k: number) => snapshot[k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: 'same', token: x });
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: 'added', token: y - 1 });
      else ops.push({ kind: 'removed', token: x - 1 });
    }
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

/** Token diff with the common head and tail set aside; null when too different (see myers). */
function diffTokens(a: string[], b: string[], maxD: number): TDiffPart[] | null {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const [ia, ib] = intern(midA, midB);
  const ops = myers(ia, ib, maxD);
  if (!ops) return null;

  const parts: TDiffPart[] = [];
  if (head > 0) parts.push({ kind: 'same', text: a.slice(0, head).join('') });
  for (const op of ops) parts.push({ kind: op.kind, text: op.kind === 'added' ? midB[op.token] : midA[op.token] });
  if (tail > 0) parts.push({ kind: 'same', text: a.slice(a.length - tail).join('') });
  return parts;
}

function replaced(before: string, after: string): TDiffPart[] {
  const parts: TDiffPart[] = [];
  if (before) parts.push({ kind: 'removed', text: before });
  if (after) parts.push({ kind: 'added', text: after });
  return parts;
}

/** Word diff of one region, falling back to the region replaced as a whole. */
function diffRegionWords(before: string, after: string): TDiffPart[] {
  return diffTokens(tokenize(before), tokenize(after), MAX_EDIT_DISTANCE) ?? replaced(before, after);
}

/** Lines first, then words inside each changed group of lines. */
function diffByLines(before: string, after: string): TDiffPart[] {
  const lineParts = diffTokens(splitLines(before), splitLines(after), MAX_EDIT_DISTANCE);
  if (!lineParts) return diffRegionWords(before, after);
  const parts: TDiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed || added) parts.push(...diffRegionWords(removed, added));
    removed = '';
    added = '';
  };
  for (const part of lineParts) {
    if (part.kind === 'same') {
      flush();
      parts.push(part);
    } else if (part.kind === 'removed') removed += part.text;
    else added += part.text;
  }
  flush();
  return parts;
}

/**
 * Readable output: whitespace left 'same' between two changes is folded into them (so « a b c » →
 * « x y z » reads as one replacement, not three), each run of changes shows what was removed before
 * what was added, and neighbouring parts of the same kind are merged.
 */
function tidy(raw: TDiffPart[]): TDiffPart[] {
  const out: TDiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  raw.forEach((part, index) => {
    if (part.text === '') return;
    if (part.kind === 'same') {
      const next = raw[index + 1];
      if ((removed || added) && next && next.kind !== 'same' && /^\s+$/.test(part.text)) {
        removed += part.text;
        added += part.text;
        return;
      }
      flush();
      const last = out[out.length - 1];
      if (last && last.kind === 'same') last.text += part.text;
      else out.push({ kind: 'same', text: part.text });
      return;
    }
    if (part.kind === 'removed') removed += part.text;
    else added += part.text;
  });
  flush();
  return out;
}

/** Word-level diff of two texts. Identical texts give one 'same' part (none when both are empty). */
export function diffWords(before: string, after: string): TDiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const parts = diffTokens(tokenize(before), tokenize(after), MAX_EDIT_DISTANCE) ?? diffByLines(before, after);
  return tidy(parts);
}

/** Per-field diff of two revisions; a field missing on one side counts as empty there. */
export function diffFields(before: Record<string, string>, after: Record<string, string>): Record<string, TFieldDiff> {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return Object.fromEntries(
    names.map((name) => {
      const a = Object.hasOwn(before, name) ? before[name] : '';
      const b = Object.hasOwn(after, name) ? after[name] : '';
      return [name, { changed: a !== b, parts: diffWords(a, b) }];
    }),
  );
}

/**
 * Long unchanged stretches of a diff reduced to their edges (« […] »), so that a change in the
 * middle of a long body is seen at once. Display only: the texts themselves are untouched.
 */
export function foldUnchanged(parts: TDiffPart[], context = 220): TDiffPart[] {
  if (parts.every((part) => part.kind === 'same')) return parts;
  return parts.map((part, index) => {
    if (part.kind !== 'same' || part.text.length <= context * 2 + 60) return part;
    const first = index === 0;
    const last = index === parts.length - 1;
    const head = first ? '' : part.text.slice(0, context).replace(/\s*\S*$/, '');
    const tail = last ? '' : part.text.slice(-context).replace(/^\S*\s*/, '');
    return { kind: 'same', text: `${head}${first ? '' : ' '}[…]${last ? '' : ' '}${tail}` };
  });
}
