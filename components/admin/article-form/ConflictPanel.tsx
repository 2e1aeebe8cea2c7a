'use client';

/**
 * The conflict panel: a colleague saved the story meanwhile. What merged by itself is named; each
 * passage both changed is shown side by side (the form's version, the colleague's), with a choice:
 * mine, theirs, both, or edited by hand. « Appliquer la fusion » puts the result in the form once
 * every passage has its choice; « Prendre la version enregistrée » takes the colleague's whole.
 */
import { useId } from 'react';
import { diffWords } from '@/lib/content/diff';
import { shown, type TChoice } from '@/lib/content/merge';
import { formatDateTime } from '@/lib/french/dates';
import { RevisionDiff } from '../RevisionDiff';
import { conflictAuthor, conflictHeading, ofConflictAuthor } from './conflict';
import { FIELD_LABELS, listFrench, type TImageWords, type TStoryConflict, type TStoryMerge } from './merge-story';
import { plural } from './plural';
import type { TConflict } from './types';

type TConflictPanelProps = {
  conflict: TConflict;
  merge: TStoryMerge;
  choices: Record<string, TChoice | undefined>;
  onChoose: (key: string, choice: TChoice) => void;
  headingId: string;
  rubriques: { id: string; name: string }[];
  onApply: () => void;
  onTakeSaved: () => void;
};

const PLACEMENTS: Record<string, string> = { NONE: 'aucune', TOP: 'à la une', LEAD: 'manchette principale' };

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function ConflictPanel({ conflict, merge, choices, onChoose, headingId, rubriques, onApply, onTakeSaved }: TConflictPanelProps) {
  const who = conflictAuthor(conflict);
  const settled = merge.conflicts.filter((c) => choices[c.key]).length;
  const open = merge.conflicts.length - settled;
  const describe = (c: TStoryConflict, side: 'mine' | 'theirs'): string => {
    if (c.kind !== 'value') return '';
    const value = c[side];
    if (c.field === 'rubriqueId') return rubriques.find((r) => r.id === value)?.name ?? value;
    if (c.field === 'placement') return PLACEMENTS[value] ?? value;
    if (c.field === 'relatedInline') return value === 'true' ? 'le premier lien montré dans le texte' : 'aucun lien dans le texte';
    if (c.field === 'scheduledAt') return value ? value.replace('T', ' à ') : 'pas de programmation';
    return value || '(vide)';
  };

  return (
    <section className="panel conflict-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{conflictHeading(conflict)}</h2>
      <p className="field-hint">
        Version {conflict.version}, enregistrée le {formatDateTime(new Date(conflict.updatedAt))}. Votre texte n’a pas été enregistré et
        reste dans le formulaire.
      </p>
      {merge.theirChanges.length ? (
        <p>
          {capitalise(who)} a modifié {listFrench(merge.theirChanges)}. Ce qui ne touche pas vos propres modifications sera repris tel quel.
        </p>
      ) : null}
      <h3>
        {plural(merge.conflicts.length, 'passage modifié', 'passages modifiés')} des deux côtés
        {open > 0 ? ` — ${plural(open, 'choix reste', 'choix restent')} à faire` : ' — tout est choisi'}
      </h3>
      {merge.conflicts.map((c, index) => (
        <ConflictChoice
          key={c.key}
          conflict={c}
          index={index}
          of={ofConflictAuthor(conflict)}
          choice={choices[c.key]}
          onChoose={(choice) => onChoose(c.key, choice)}
          mineText={c.kind === 'value' ? describe(c, 'mine') : ''}
          theirsText={c.kind === 'value' ? describe(c, 'theirs') : ''}
        />
      ))}
      <div className="conflict-actions">
        <button type="button" className="button" onClick={onApply}>
          Appliquer la fusion
        </button>
        <button type="button" className="button button-quiet" onClick={onTakeSaved}>
          Prendre la version enregistrée
        </button>
      </div>
      <p className="field-hint">
        La fusion remplit le formulaire sans rien enregistrer : relisez, puis enregistrez. Rien n’est écarté sans votre choix.
      </p>
    </section>
  );
}

function imageText(image: TImageWords): string {
  if (!image.imageId) return 'Aucune image.';
  return [
    'Une image',
    image.imageAlt ? `, décrite «\u00a0${image.imageAlt}\u00a0»` : '',
    image.imageCaption ? `, légende «\u00a0${image.imageCaption}\u00a0»` : '',
    image.imageCredit ? `, crédit «\u00a0${image.imageCredit}\u00a0»` : '',
    '.',
  ].join('');
}

function ConflictChoice({
  conflict,
  index,
  of,
  choice,
  onChoose,
  mineText,
  theirsText,
}: {
  conflict: TStoryConflict;
  index: number;
  of: string;
  choice: TChoice | undefined;
  onChoose: (choice: TChoice) => void;
  mineText: string;
  theirsText: string;
}) {
  const id = useId();
  const text = conflict.kind === 'text';
  const [mine, theirs] =
    conflict.kind === 'text'
      ? [shown(conflict.piece.mine), shown(conflict.piece.theirs)]
      : conflict.kind === 'image'
        ? [imageText(conflict.mine), imageText(conflict.theirs)]
        : [mineText, theirsText];
  const options: { take: TChoice['take']; label: string }[] = [
    { take: 'mine', label: 'Garder ma version' },
    { take: 'theirs', label: `Prendre celle ${of}` },
    ...(text && conflict.field !== 'title' ? [{ take: 'both' as const, label: 'Garder les deux, la mienne d’abord' }] : []),
    ...(text ? [{ take: 'edited' as const, label: 'Écrire le passage à la main' }] : []),
  ];
  const edited = choice?.take === 'edited' ? choice.text : null;
  return (
    <fieldset className="merge-conflict" aria-describedby={`${id}-sides`} data-settled={choice ? '' : undefined}>
      <legend>
        {index + 1}. {capitalise(FIELD_LABELS[conflict.field])}
        {conflict.kind === 'text' && conflict.field === 'body' ? ' — un passage' : ''}
      </legend>
      <div className="merge-sides" id={`${id}-sides`}>
        <div className="merge-side">
          <h4>Votre version</h4>
          {text ? <RevisionDiff parts={diffWords(theirs, mine).filter((p) => p.kind !== 'removed')} /> : <p>{mine}</p>}
          {text && mine.trim() === '' ? <p className="field-hint">(passage supprimé)</p> : null}
        </div>
        <div className="merge-side">
          <h4>Version {of}</h4>
          {text ? <RevisionDiff parts={diffWords(mine, theirs).filter((p) => p.kind !== 'removed')} /> : <p>{theirs}</p>}
          {text && theirs.trim() === '' ? <p className="field-hint">(passage supprimé)</p> : null}
        </div>
      </div>
      <div className="merge-options">
        {options.map((option) => (
          <label key={option.take} className="merge-option">
            <input
              type="radio"
              name={`fusion-${id}`}
              checked={choice?.take === option.take}
              onChange={() => onChoose(option.take === 'edited' ? { take: 'edited', text: mine } : ({ take: option.take } as TChoice))}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
      {edited !== null ? (
        <div className="field">
          <label htmlFor={`${id}-edited`}>Le passage tel qu’il sera</label>
          <textarea
            id={`${id}-edited`}
            rows={Math.min(12, Math.max(3, edited.split('\n').length + 1))}
            value={edited}
            onChange={(event) => onChoose({ take: 'edited', text: event.target.value })}
            lang="fr"
            spellCheck
          />
        </div>
      ) : null}
    </fieldset>
  );
}
