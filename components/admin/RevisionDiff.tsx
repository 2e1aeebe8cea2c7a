import { Fragment } from 'react';
import type { TDiffPart } from '@/lib/content/diff';

/**
 * Two revisions of a text shown inline: additions in <ins>, removals in <del>, the rest as is.
 * Server-compatible (no state, no effect). Every part is plain text that React escapes: a body that
 * contains markup is shown as the characters the journalist typed, never interpreted.
 */
export function RevisionDiff({ parts }: { parts: TDiffPart[] }) {
  return (
    <div className="diff">
      {parts.map((part, index) => {
        if (part.kind === 'added') {
          return (
            <ins key={index} className="diff-added">
              {part.text}
            </ins>
          );
        }
        if (part.kind === 'removed') {
          return (
            <del key={index} className="diff-removed">
              {part.text}
            </del>
          );
        }
        return <Fragment key={index}>{part.text}</Fragment>;
      })}
    </div>
  );
}
