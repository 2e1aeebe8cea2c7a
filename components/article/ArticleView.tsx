import type { TArticlePage } from '@/lib/data/get-published-article';
import type { TLiveFeed } from '@/lib/data/get-live-feed';
import { renderBody } from '@/lib/content/render-body';
import { formatDateTime, toIsoString } from '@/lib/french/dates';
import { applyFrenchTypography } from '@/lib/french/typography';
import { Breadcrumb } from '../site/Breadcrumb';
import { LiveFeed } from './LiveFeed';
import { RelatedInline, RelatedList } from './RelatedLinks';
import { ReportForm } from './ReportForm';
import { StoryImage } from './StoryImage';
import { CorrectionNotice, UpdateNotice } from './UpdateNotice';

/**
 * An article as readers see it; the newsroom's preview renders exactly this too (`notYetPublished`:
 * a story never published has no date to show yet).
 */
export function ArticleView({
  article,
  notYetPublished = false,
  liveFeed = null,
}: {
  article: TArticlePage;
  notYetPublished?: boolean;
  /** « En direct »: the live's entries, under the story's own text. */
  liveFeed?: TLiveFeed | null;
}) {
  const body = renderBody(article.body);
  const inline = article.related.find((link) => link.inline);
  const closing = article.related.filter((link) => link !== inline);
  const latestUpdate = article.updates[0];
  return (
    <article className={liveFeed ? 'article article-live' : 'article'}>
      <header className="article-header">
        <Breadcrumb
          items={[
            { name: 'Accueil', href: '/' },
            { name: article.rubrique.name, href: `/${article.rubrique.slug}` },
          ]}
        />
        <h1>{applyFrenchTypography(article.title)}</h1>
        <CorrectionNotice updates={article.updates} />
        <p className="chapo">{applyFrenchTypography(article.chapo)}</p>
        <div className="byline">
          <p>
            Par{' '}
            {bylineOf(article, liveFeed).map((person, index, all) => (
              <span key={person.slug}>
                {index > 0 ? (index === all.length - 1 ? ' et ' : ', ') : null}
                <a href={`/auteurs/${person.slug}`} rel="author">
                  {person.name}
                </a>
              </span>
            ))}
          </p>
          <p>
            {notYetPublished ? (
              <>Pas encore publié{'\u00a0'}: la date de publication s’affichera ici.</>
            ) : (
              <>
                Publié le <time dateTime={toIsoString(article.publishedAt)}>{formatDateTime(article.publishedAt)}</time>
              </>
            )}
            {latestUpdate ? (
              <>
                <br />
                {/* To the notice that says what changed, at the end of the story. */}
                <a href="#maj-titre">
                  Mis à jour le <time dateTime={toIsoString(latestUpdate.createdAt)}>{formatDateTime(latestUpdate.createdAt)}</time>
                </a>
              </>
            ) : null}
          </p>
        </div>
      </header>
      {article.image ? (
        <figure className="article-figure">
          {/* The story's largest paint: fetched first, never lazily. */}
          <StoryImage image={article.image} alt={article.image.alt} sizes="(min-width: 44rem) 42rem, 100vw" priority="high" />
          {article.image.caption || article.image.credit ? (
            <figcaption>
              {article.image.caption ? applyFrenchTypography(article.image.caption) : null}
              {article.image.caption && article.image.credit ? ' ' : null}
              {article.image.credit ? <span className="article-figure-credit">{applyFrenchTypography(article.image.credit)}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      {/* Body HTML comes from Markdown rendered with raw HTML disabled (lib/content/render-body.ts). */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: body.before }} />
      {inline ? <RelatedInline link={inline} /> : null}
      {body.after ? <div className="article-body" dangerouslySetInnerHTML={{ __html: body.after }} /> : null}
      {liveFeed ? <LiveFeed feed={liveFeed} href={article.href} /> : null}
      <UpdateNotice updates={article.updates} />
      <RelatedList links={closing} />
      {notYetPublished ? null : <ReportForm articleId={article.id} />}
    </article>
  );
}

/** A live is signed by everyone who posted in it, its author first. */
function bylineOf(article: TArticlePage, liveFeed: TLiveFeed | null): { slug: string; name: string }[] {
  const people = [article.author, ...(liveFeed?.contributors ?? [])];
  return people.filter((person, index) => people.findIndex((other) => other.slug === person.slug) === index);
}
