import type { TArticleCard } from '@/lib/data/published';
import { formatDateTime, toIsoString } from '@/lib/french/dates';
import { applyFrenchTypography } from '@/lib/french/typography';
import { StoryImage } from './StoryImage';

/** How wide a card's picture is drawn, for the browser to pick from srcset before the CSS is known. */
const SIZES: Record<TVariant, string> = {
  lead: '(min-width: 72rem) 44rem, (min-width: 56rem) 62vw, 100vw',
  standard: '(min-width: 56rem) 22rem, (min-width: 40rem) 45vw, 100vw',
  compact: '10rem',
};

type TVariant = 'lead' | 'standard' | 'compact';

/** A story in a list. The heading level follows the page's outline (h2 under a page h1, h3 in a section). */
export function ArticleCard({
  article,
  variant = 'standard',
  headingLevel = 3,
  showRubrique = true,
}: {
  article: TArticleCard;
  variant?: TVariant;
  headingLevel?: 2 | 3;
  showRubrique?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={`card card-${variant}${article.image && variant !== 'compact' ? ' card-with-image' : ''}`}>
      {article.image && variant !== 'compact' ? (
        // The headline is the link readers (and screen readers) follow; the picture repeats it for the mouse.
        <a href={article.href} className="card-image" tabIndex={-1} aria-hidden="true">
          <StoryImage image={article.image} alt="" sizes={SIZES[variant]} priority={variant === 'lead' ? 'high' : 'lazy'} />
        </a>
      ) : null}
      {showRubrique || article.live === 'running' ? (
        <p className="card-kicker">
          {article.live === 'running' ? <span className="live-badge">En direct</span> : null}
          {article.live === 'running' && showRubrique ? ' ' : null}
          {showRubrique ? article.rubrique.name : null}
        </p>
      ) : null}
      <Heading className="card-title">
        <a href={article.href}>{applyFrenchTypography(article.title)}</a>
      </Heading>
      {variant !== 'compact' ? <p className="card-chapo">{applyFrenchTypography(article.chapo)}</p> : null}
      <p className="card-meta">
        <span>{article.author.name}</span>
        {' · '}
        <time dateTime={toIsoString(article.publishedAt)}>{formatDateTime(article.publishedAt)}</time>
        {article.lastUpdatedAt ? (
          <>
            {' · '}
            <span className="card-updated">Mis à jour</span>
          </>
        ) : null}
      </p>
    </article>
  );
}
