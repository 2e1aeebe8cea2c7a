'use client';

/**
 * « La une »: the front page as readers get it, arranged by drag and drop or by keyboard, previewed,
 * and published in one step. The slots fill as on Manchettes (`fillFront`, lib/content/front-page.ts):
 * what an editor leaves empty is taken by the newest stories, shown here as « automatique ».
 *
 * Keyboard: every placed story is a focusable item; Alt+↑ / Alt+↓ move it, and its buttons do the
 * rest (« Monter », « Descendre », « En manchette », « Retirer »). Each move is announced.
 */
import { useMemo, useRef, useState, useSyncExternalStore, useTransition, type DragEvent, type KeyboardEvent } from 'react';
import { publishFrontPageAction, searchFrontCandidatesAction } from '@/lib/actions/front-page-actions';
import {
  describeArrangementChange,
  fillFront,
  FRONT_CAUSE_LABELS,
  FRONT_TOP_COUNT,
  moveItem,
  type TFrontArrangement,
} from '@/lib/content/front-page';
import type { TFrontPageState, TFrontStory } from '@/lib/data/front-page';
import { formatDateTime, toParisInputValue } from '@/lib/french/dates';

type TPlaced = { story: TFrontStory; pin: string };
type TBoard = { lead: TPlaced | null; top: TPlaced[] };
type TDrag = { from: 'lead' } | { from: 'top'; index: number } | { from: 'candidate'; story: TFrontStory };

function boardOf(state: TFrontPageState): TBoard {
  const placed = (story: TFrontStory): TPlaced => ({ story, pin: story.pinnedUntil ? toParisInputValue(new Date(story.pinnedUntil)) : '' });
  return { lead: state.lead ? placed(state.lead) : null, top: state.top.map(placed) };
}

function arrangementOf(board: TBoard): TFrontArrangement {
  return {
    lead: board.lead ? { articleId: board.lead.story.id, pinnedUntil: board.lead.pin || null } : null,
    top: board.top.map((item) => ({ articleId: item.story.id, pinnedUntil: item.pin || null })),
  };
}

const noSubscription = () => () => {};

const q = (title: string) => `«\u00a0${title}\u00a0»`;

export function FrontPageEditor({ initial }: { initial: TFrontPageState }) {
  const [state, setState] = useState(initial);
  const [board, setBoard] = useState<TBoard>(() => boardOf(initial));
  const [announce, setAnnounce] = useState('');
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [conflict, setConflict] = useState<TFrontPageState | null>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<TFrontStory[] | null>(null);
  const [pending, startTransition] = useTransition();
  // Until React has taken the page over, a click would do nothing: the controls wait, disabled.
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const drag = useRef<TDrag | null>(null);
  const itemRefs = useRef(new Map<string, HTMLElement | null>());

  const titles = useMemo(() => {
    const map = new Map<string, string>();
    for (const story of [...state.latest, ...state.waiting, ...state.top, ...(state.lead ? [state.lead] : []), ...(found ?? [])])
      map.set(story.id, story.title);
    for (const item of [...board.top, ...(board.lead ? [board.lead] : [])]) map.set(item.story.id, item.story.title);
    for (const story of conflict ? [...conflict.top, ...(conflict.lead ? [conflict.lead] : [])] : []) map.set(story.id, story.title);
    return map;
  }, [state, board, found, conflict]);
  const titleOf = (id: string) => titles.get(id) ?? id;

  const saved = arrangementOf(boardOf(state));
  const changes = describeArrangementChange(saved, arrangementOf(board), titleOf);
  const dirty = JSON.stringify(saved) !== JSON.stringify(arrangementOf(board));

  // What readers will get: the placed stories, then the waiting and the newest in the free places.
  const placedIds = new Set([...(board.lead ? [board.lead.story.id] : []), ...board.top.map((item) => item.story.id)]);
  const takenOff = new Set(
    [...(state.lead ? [state.lead.id] : []), ...state.top.map((story) => story.id)].filter((id) => !placedIds.has(id)),
  );
  const filled = fillFront({
    lead: board.lead?.story ?? null,
    top: [...board.top.map((item) => item.story), ...state.waiting.filter((story) => !takenOff.has(story.id))],
    latest: state.latest,
  });
  const automatic = filled.top.slice(board.top.length);

  const candidates = (found ?? state.latest).filter((story) => !placedIds.has(story.id));

  function change(next: TBoard, message: string, focusId?: string) {
    setBoard(next);
    setAnnounce(message);
    setResult(null);
    if (focusId) requestAnimationFrame(() => itemRefs.current.get(focusId)?.focus());
  }

  function moveTop(from: number, to: number) {
    if (to < 0 || to >= board.top.length || from === to) return;
    const item = board.top[from];
    if (!item) return;
    change(
      { ...board, top: moveItem(board.top, from, to) },
      `${q(item.story.title)}\u00a0: titre ${to + 1} sur ${board.top.length}.`,
      item.story.id,
    );
  }

  function toLead(story: TFrontStory, pin = '') {
    const top = board.top.filter((item) => item.story.id !== story.id);
    const old = board.lead && board.lead.story.id !== story.id ? board.lead : null;
    // The lead it replaces heads the top titles, as when a story takes the lead from its own page.
    const nextTop = old ? [old, ...top] : top;
    const overflow = nextTop.length > FRONT_TOP_COUNT ? nextTop[nextTop.length - 1] : null;
    change(
      { lead: { story, pin }, top: nextTop.slice(0, FRONT_TOP_COUNT) },
      `${q(story.title)} passe en manchette principale.${old ? ` ${q(old.story.title)} passe en tête des titres.` : ''}${overflow ? ` ${q(overflow.story.title)} quitte la une.` : ''}`,
      story.id,
    );
  }

  function toTop(story: TFrontStory, at = board.top.length) {
    if (board.top.some((item) => item.story.id === story.id)) return;
    const fromLead = board.lead?.story.id === story.id;
    if (!fromLead && board.top.length >= FRONT_TOP_COUNT) {
      setAnnounce(`La une compte déjà ${FRONT_TOP_COUNT} titres\u00a0: retirez-en un d’abord.`);
      setResult({ ok: false, message: `La une compte déjà ${FRONT_TOP_COUNT} titres\u00a0: retirez-en un d’abord.` });
      return;
    }
    const item = fromLead && board.lead ? board.lead : { story, pin: '' };
    const top = [...board.top];
    top.splice(Math.min(at, top.length), 0, item);
    change(
      { lead: fromLead ? null : board.lead, top: top.slice(0, FRONT_TOP_COUNT) },
      `${q(story.title)} entre à la une, titre ${Math.min(at, top.length - 1) + 1}.`,
      story.id,
    );
  }

  function remove(story: TFrontStory) {
    const next = {
      lead: board.lead?.story.id === story.id ? null : board.lead,
      top: board.top.filter((item) => item.story.id !== story.id),
    };
    change(next, `${q(story.title)} quitte la une.`);
  }

  function setPin(id: string, pin: string) {
    setBoard((current) => ({
      lead: current.lead?.story.id === id ? { ...current.lead, pin } : current.lead,
      top: current.top.map((item) => (item.story.id === id ? { ...item, pin } : item)),
    }));
    setResult(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number) {
    if (!event.altKey || event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      moveTop(index, index - 1);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      moveTop(index, index + 1);
    }
  }

  function dropAt(target: 'lead' | number) {
    const source = drag.current;
    drag.current = null;
    if (!source) return;
    const story = source.from === 'candidate' ? source.story : source.from === 'lead' ? board.lead?.story : board.top[source.index]?.story;
    if (!story) return;
    if (target === 'lead') {
      const pin = source.from === 'top' ? (board.top[source.index]?.pin ?? '') : '';
      toLead(story, pin);
    } else if (source.from === 'top') moveTop(source.index, Math.min(target, board.top.length - 1));
    else toTop(story, target);
  }

  const allowDrop = (event: DragEvent) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
  };
  const startDrag = (event: DragEvent, source: TDrag, id: string) => {
    drag.current = source;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', id);
  };

  function publish() {
    const arrangement = arrangementOf(board);
    startTransition(async () => {
      const answer = await publishFrontPageAction(state.version, arrangement);
      if (answer.ok && answer.current) {
        setState(answer.current);
        setBoard(boardOf(answer.current));
        setConflict(null);
        setResult({ ok: true, message: `${answer.message ?? 'La une est publiée.'} (version ${answer.current.version})` });
      } else {
        if (answer.current) setConflict(answer.current);
        setResult({ ok: false, message: answer.message ?? 'La une n’a pas pu être publiée.' });
      }
    });
  }

  function takeTheirs() {
    if (!conflict) return;
    setState(conflict);
    change(boardOf(conflict), 'La une actuelle est chargée\u00a0; vos changements sont abandonnés.');
    setConflict(null);
  }

  function keepMine() {
    if (!conflict) return;
    // Mine, on their version: the next « Publier » replaces theirs, knowingly.
    setState(conflict);
    setConflict(null);
    setResult({ ok: true, message: 'Votre une est gardée sur la version actuelle\u00a0: relisez-la, puis publiez-la.' });
  }

  function search(words: string) {
    setQuery(words);
    startTransition(async () => {
      const answer = await searchFrontCandidatesAction(words);
      setFound(answer.ok ? answer.stories : []);
      if (!answer.ok) setResult({ ok: false, message: answer.message ?? 'La recherche a échoué.' });
    });
  }

  const story = (item: TFrontStory) => (
    <span className="une-story">
      <a href={item.href} target="_blank" rel="noopener" className="une-title" draggable={false}>
        {item.title}
      </a>
      <span className="une-meta">
        {item.rubrique} · <time dateTime={new Date(item.publishedAt).toISOString()}>{formatDateTime(new Date(item.publishedAt))}</time>
      </span>
    </span>
  );

  const pinField = (item: TPlaced) => (
    <label className="une-pin">
      <span>Épinglé jusqu’au</span>
      <input type="datetime-local" value={item.pin} onChange={(event) => setPin(item.story.id, event.target.value)} />
    </label>
  );

  const theirs = conflict ? arrangementOf(boardOf(conflict)) : null;

  return (
    <fieldset className="une" disabled={!ready} aria-label="Arrangement de la une">
      <p className="field-hint">
        {state.version === 0
          ? 'La une n’a encore jamais été arrangée\u00a0: elle suit les articles placés depuis leur page, puis les plus récents.'
          : `Version ${state.version}${state.changedAt ? `, du ${formatDateTime(new Date(state.changedAt))}` : ''}${state.changedBy ? `, par ${state.changedBy}` : ''}${state.cause ? ` (${FRONT_CAUSE_LABELS[state.cause] ?? state.cause})` : ''}.`}{' '}
        <a href="/admin/une/historique">Historique de la une</a>
      </p>
      <p id="une-aide" className="field-hint">
        Glissez-déposez les articles, ou, au clavier, placez-vous sur un titre et utilisez Alt + ↑ et Alt + ↓ pour le déplacer.
      </p>
      <div className="visually-hidden" aria-live="polite" role="status">
        {announce}
      </div>

      {conflict && theirs ? (
        <section className="notice notice-error une-conflict" role="alert" aria-labelledby="une-conflit">
          <h2 id="une-conflit">La une a changé pendant que vous l’arrangiez</h2>
          <p>
            Version {conflict.version}
            {conflict.changedAt ? `, du ${formatDateTime(new Date(conflict.changedAt))}` : ''}
            {conflict.changedBy ? `, par ${conflict.changedBy}` : ''}
            {conflict.cause ? ` (${FRONT_CAUSE_LABELS[conflict.cause] ?? conflict.cause})` : ''}. Rien n’a été publié.
          </p>
          <div className="une-conflict-sides">
            <div>
              <h3>Ce qui a changé entre-temps</h3>
              <ul>
                {describeArrangementChange(saved, theirs, titleOf).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
            <div>
              <h3>Vos changements</h3>
              <ul>{changes.length ? changes.map((line) => <li key={line}>{line}</li>) : <li>Aucun.</li>}</ul>
            </div>
          </div>
          <div className="une-actions">
            <button type="button" className="button" onClick={keepMine}>
              Garder ma une
            </button>
            <button type="button" className="button button-quiet" onClick={takeTheirs}>
              Reprendre la une actuelle
            </button>
          </div>
        </section>
      ) : null}

      <div className="une-grid">
        <section className="une-front" aria-labelledby="une-arrangement">
          <h2 id="une-arrangement">Manchettes, telles que les lecteurs les verront</h2>
          <h3 className="une-slot-title">Manchette principale</h3>
          <div className="une-lead" onDragOver={allowDrop} onDrop={() => dropAt('lead')} data-testid="une-lead">
            {board.lead ? (
              <div
                className="une-item une-item-lead"
                draggable
                onDragStart={(event) => startDrag(event, { from: 'lead' }, board.lead!.story.id)}
                tabIndex={-1}
                ref={(node) => {
                  itemRefs.current.set(board.lead!.story.id, node);
                }}
              >
                {story(board.lead.story)}
                <div className="une-controls">
                  {pinField(board.lead)}
                  <button type="button" className="button button-quiet" onClick={() => toTop(board.lead!.story, 0)}>
                    Vers les titres
                  </button>
                  <button type="button" className="button button-quiet" onClick={() => remove(board.lead!.story)}>
                    Retirer <span className="visually-hidden">{q(board.lead.story.title)}</span>
                  </button>
                </div>
              </div>
            ) : filled.lead ? (
              <div className="une-item une-item-lead une-auto">
                {story(filled.lead)}
                <p className="une-auto-note">Automatique : le dernier article publié. Déposez ici un article pour le choisir.</p>
              </div>
            ) : (
              <p className="une-auto-note">Aucun article en ligne.</p>
            )}
          </div>

          <h3 className="une-slot-title">À la une</h3>
          <ol className="une-top" aria-describedby="une-aide" onDragOver={allowDrop} onDrop={() => dropAt(board.top.length)}>
            {board.top.map((item, index) => (
              <li
                key={item.story.id}
                className="une-item"
                draggable
                tabIndex={0}
                aria-label={`${item.story.title}, titre ${index + 1} sur ${board.top.length}`}
                ref={(node) => {
                  itemRefs.current.set(item.story.id, node);
                }}
                onKeyDown={(event) => onKeyDown(event, index)}
                onDragStart={(event) => startDrag(event, { from: 'top', index }, item.story.id)}
                onDragOver={allowDrop}
                onDrop={(event) => {
                  event.stopPropagation();
                  dropAt(index);
                }}
              >
                <span className="une-rank" aria-hidden="true">
                  {index + 1}
                </span>
                {story(item.story)}
                <div className="une-controls">
                  {pinField(item)}
                  <button type="button" className="button button-quiet" disabled={index === 0} onClick={() => moveTop(index, index - 1)}>
                    Monter <span className="visually-hidden">{q(item.story.title)}</span>
                  </button>
                  <button
                    type="button"
                    className="button button-quiet"
                    disabled={index === board.top.length - 1}
                    onClick={() => moveTop(index, index + 1)}
                  >
                    Descendre <span className="visually-hidden">{q(item.story.title)}</span>
                  </button>
                  <button type="button" className="button button-quiet" onClick={() => toLead(item.story, item.pin)}>
                    En manchette <span className="visually-hidden">{q(item.story.title)}</span>
                  </button>
                  <button type="button" className="button button-quiet" onClick={() => remove(item.story)}>
                    Retirer <span className="visually-hidden">{q(item.story.title)}</span>
                  </button>
                </div>
              </li>
            ))}
            {automatic.map((item) => (
              <li key={`auto-${item.id}`} className="une-item une-auto" aria-label={`${item.title} (automatique)`}>
                {story(item)}
                <p className="une-auto-note">
                  Automatique :{' '}
                  {state.waiting.some((s) => s.id === item.id) ? 'placé «\u00a0À la une\u00a0» depuis sa page' : 'parmi les plus récents'}.
                </p>
              </li>
            ))}
          </ol>
        </section>

        <section className="une-candidates" aria-labelledby="une-candidats">
          <h2 id="une-candidats">Articles à placer</h2>
          <div className="field">
            <label htmlFor="une-recherche">Chercher un article en ligne</label>
            <input
              id="une-recherche"
              type="search"
              value={query}
              onChange={(event) => search(event.target.value)}
              placeholder="Mots du titre"
            />
          </div>
          {candidates.length === 0 ? (
            <p className="field-hint">{found ? 'Aucun article en ligne ne correspond.' : 'Tous les derniers articles sont à la une.'}</p>
          ) : (
            <ul className="une-candidate-list">
              {candidates.map((item) => (
                <li
                  key={item.id}
                  className="une-item une-candidate"
                  draggable
                  onDragStart={(event) => startDrag(event, { from: 'candidate', story: item }, item.id)}
                >
                  {story(item)}
                  <div className="une-controls">
                    <button type="button" className="button button-quiet" onClick={() => toTop(item)}>
                      À la une <span className="visually-hidden">{q(item.title)}</span>
                    </button>
                    <button type="button" className="button button-quiet" onClick={() => toLead(item)}>
                      En manchette <span className="visually-hidden">{q(item.title)}</span>
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <div className="une-bar">
        {changes.length > 0 ? (
          <div className="une-changes">
            <h2>Changements à publier</h2>
            <ul>
              {changes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="field-hint">Aucun changement par rapport à la une publiée.</p>
        )}
        {result ? (
          <p className={`notice ${result.ok ? 'notice-success' : 'notice-error'}`} role={result.ok ? 'status' : 'alert'}>
            {result.message}
          </p>
        ) : null}
        <div className="une-actions">
          <form action="/admin/une/apercu" method="post" target="_blank">
            <input type="hidden" name="arrangement" value={JSON.stringify(arrangementOf(board))} />
            <button type="submit" className="button">
              Aperçu
            </button>
          </form>
          <button type="button" className="button button-primary" disabled={pending || !dirty} onClick={publish}>
            {pending ? 'Publication…' : 'Publier la une'}
          </button>
          <button
            type="button"
            className="button button-quiet"
            disabled={!dirty}
            onClick={() => change(boardOf(state), 'Changements annulés.')}
          >
            Annuler les changements
          </button>
        </div>
      </div>
    </fieldset>
  );
}
