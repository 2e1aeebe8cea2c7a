import { Fragment } from 'react';
import type { TDiffPart } from '@/lib/content/diff';

/**
 * Two revisions of a text shown inline: additions in <ins>, removals in <del>, the rest as is.
 * Server-compatible (no state, no effect). Every part is plain text that React escapes: a body that
 * contains markup is shown as the characters the journalist typed, never interpreted.
 * Screen readers do not announce <del> and <ins>, and « 15 » replaced by « 20 » would read (and copy)
 * as « 1520 »: each change carries hidden words that say what it is.
 */
export function RevisionDiff({ parts }: { parts: TDiffPart[] }) {
  return (
    <div className="diff">
      {parts.map((part, index) => {
        if (part.kind === 'added') {
          return (
            <ins key={index} className="diff-added">
              <span className="visually-hidden">[ajout : </span>
              {part.text}
              <span className="visually-hidden">] </span>
            </ins>
          );
        }
        if (part.kind === 'removed') {
          return (
            <del key={index} className="diff-removed">
              <span className="visually-hidden">[suppression : </span>
              {part.text}
              <span className="visually-hidden">] </span>
            </del>
          );
        }
        return <Fragment key={index}>{part.text}</Fragment>;
      })}
    </div>
  );
}
