import type { TLiveEntryView, TLiveFeed } from '@/lib/data/get-live-feed';
import { entryHtml } from '@/lib/content/live-text';
import { formatDateTime, formatTime, toIsoString } from '@/lib/french/dates';
import { applyFrenchTypography } from '@/lib/french/typography';
import { StoryImage } from './StoryImage';

function LiveEntry({ entry, href, pinned = false }: { entry: TLiveEntryView; href: string; pinned?: boolean }) {
  const anchor = `entree-${entry.id}`;
  // The pinned copy links to the entry in the feed; ids stay unique.
  const id = pinned ? `epingle-${entry.id}` : anchor;
  if (entry.withdrawnAt) {
    return (
      <article id={id} className="live-entry live-entry-withdrawn">
        <p>
          <a href={`#${anchor}`} className="live-entry-time">
            <time dateTime={toIsoString(entry.createdAt)}>{formatTime(entry.createdAt)}</time>
          </a>{' '}
          · Entrée retirée à <time dateTime={toIsoString(entry.withdrawnAt)}>{formatTime(entry.withdrawnAt)}</time>.
        </p>
      </article>
    );
  }
  return (
    <article id={id} className={`live-entry${entry.keyPoint ? ' live-entry-key' : ''}`}>
      <header className="live-entry-header">
        <a href={`${href}#${anchor}`} className="live-entry-time" aria-label={`Entrée de ${formatTime(entry.createdAt)}, lien direct`}>
          <time dateTime={toIsoString(entry.createdAt)}>{formatTime(entry.createdAt)}</time>
        </a>
        {entry.author ? (
          <a href={`/auteurs/${entry.author.slug}`} className="live-entry-author">
            {entry.author.name}
          </a>
        ) : null}
        {entry.keyPoint ? <span className="live-entry-flag">Essentiel</span> : null}
      </header>
      {entry.image ? (
        <figure className="live-entry-figure">
          <StoryImage image={entry.image} alt={entry.image.alt} sizes="(min-width: 44rem) 42rem, 100vw" priority="lazy" />
        </figure>
      ) : null}
      {/* Markdown rendered with raw HTML disabled (lib/content/render-body.ts), remembered per text. */}
      <div className="live-entry-body" dangerouslySetInnerHTML={{ __html: entryHtml(entry.body) }} />
      {entry.editedAt ? (
        <p className="live-entry-edited">
          Modifiée à <time dateTime={toIsoString(entry.editedAt)}>{formatTime(entry.editedAt)}</time>
        </p>
      ) : null}
    </article>
  );
}

/**
 * The live part of a « En direct » page: its state, « L’essentiel », the pinned entry, then the entries,
 * newest first, each with its own address (#entree-…), and « Entrées précédentes » past the first 50.
 * Complete without any script; the page's small script only announces entries newer than these.
 */
export function LiveFeed({ feed, href }: { feed: TLiveFeed; href: string }) {
  const firstPage = feed.before === null;
  return (
    <div className="live" data-live={feed.endedAt ? 'ended' : 'running'}>
      {feed.endedAt ? (
        <p className="live-ended">
          Ce direct est terminé depuis le <time dateTime={toIsoString(feed.endedAt)}>{formatDateTime(feed.endedAt)}</time>.
        </p>
      ) : (
        <p className="live-running">
          <span className="live-badge">En direct</span> Commencé le{' '}
          <time dateTime={toIsoString(feed.startedAt)}>{formatDateTime(feed.startedAt)}</time>
          {feed.lastEntryAt ? (
            <>
              {' '}
              · dernière entrée à <time dateTime={toIsoString(feed.lastEntryAt)}>{formatTime(feed.lastEntryAt)}</time>
            </>
          ) : null}
        </p>
      )}
      {firstPage && feed.keyPoints.length > 0 ? (
        <section className="live-key" aria-labelledby="essentiel">
          <h2 id="essentiel">L’essentiel</h2>
          <ul>
            {feed.keyPoints.map((point) => (
              <li key={point.id}>
                <a href={`#entree-${point.id}`}>{applyFrenchTypography(point.text)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {firstPage && feed.pinned ? (
        <section className="live-pinned" aria-labelledby="epingle">
          <h2 id="epingle">Épinglé</h2>
          <LiveEntry entry={feed.pinned} href={href} pinned />
        </section>
      ) : null}
      <section className="live-feed" aria-labelledby="fil">
        <h2 id="fil">{firstPage ? 'Le fil' : 'Entrées précédentes'}</h2>
        {!firstPage ? (
          <p>
            <a href={href}>Revenir aux dernières entrées</a>
          </p>
        ) : null}
        {feed.entries.length === 0 ? (
          <p className="live-empty">Les premières entrées arrivent.</p>
        ) : (
          <ol className="live-entries" data-newest={feed.entries[0]?.id}>
            {feed.entries.map((entry) => (
              <li key={entry.id}>
                <LiveEntry entry={entry} href={href} />
              </li>
            ))}
          </ol>
        )}
        {feed.olderThan ? (
          <p className="live-older">
            <a href={`${href}?avant=${encodeURIComponent(feed.olderThan)}`} rel="next">
              Entrées précédentes
            </a>
          </p>
        ) : null}
      </section>
    </div>
  );
}
