import type { TArticleCard } from '@/lib/data/published';
import { formatDateTime, toIsoString } from '@/lib/french/dates';
import { applyFrenchTypography } from '@/lib/french/typography';

type TVariant = 'lead' | 'standard' | 'compact';

/** A story in a list. The heading level follows the page's outline (h2 under a page h1, h3 in a section). */
export function ArticleCard({ article, variant = 'standard', headingLevel = 3, showRubrique = true }: { article: TArticleCard; variant?: TVariant; headingLevel?: 2 | 3; showRubrique?: boolean }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={`card card-${variant}`}>
      {showRubrique ? <p className="card-kicker">{article.rubrique.name}</p> : null}
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
