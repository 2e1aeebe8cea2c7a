import { ArticleCard } from '../../../components/article/ArticleCard';
import { MostRead } from '../../../components/article/MostRead';
import { getHomepage, type THomepageOverride } from '../../data/get-homepage';
import type { TArticleCard } from '../../data/published';
import type { TRubrique } from '../../data/query-rubriques';
import { JsonLd } from '../../../components/seo/JsonLd';
import { siteJsonLd } from '../../seo/json-ld';
import { sitePublisher } from '../../seo/publisher';
import { defaultTitle, siteIdentity } from '../../site-settings';
import { absoluteUrl } from '../../site-url';
import { MOST_READ_SHOWN } from '../most-read';
import { head, type TPageOutcome, type TReaderPage } from '../page';

/** Manchettes: the lead, the top stories, the latest, and the latest of each rubrique. */
export const homePage: TReaderPage = async ({ rubriques, mostRead }) =>
  homeOutcome(rubriques, (await mostRead()).slice(0, MOST_READ_SHOWN));

/**
 * Manchettes as published, or with an arrangement not yet published (« La une »'s preview), with
 * « Les plus lus » beside the latest stories.
 */
export async function homeOutcome(rubriques: TRubrique[], mostRead: TArticleCard[], override?: THomepageOverride): Promise<TPageOutcome> {
  const { lead, top, latest, sections } = await getHomepage(rubriques, override);
  const { name, tagline, legal } = siteIdentity();
  const title = defaultTitle();
  const pageHead = head({
    title: { absolute: title },
    socialTitle: title,
    description: tagline,
    path: '/',
    feed: { path: '/rss.xml', title: `${name} — Manchettes` },
  });
  const site = (
    <JsonLd
      data={siteJsonLd({
        ...sitePublisher(),
        description: tagline,
        publishingPrinciples: legal.publisher || legal.director ? absoluteUrl('/mentions-legales') : undefined,
      })}
    />
  );
  if (!lead) {
    return {
      kind: 'page',
      head: pageHead,
      main: (
        <main id="contenu" className="page home">
          {site}
          <h1>Manchettes</h1>
          <p className="empty">Aucun article n’a encore été publié.</p>
        </main>
      ),
    };
  }
  return {
    kind: 'page',
    head: pageHead,
    main: (
      <main id="contenu" className="page home">
        {site}
        <h1 className="visually-hidden">Manchettes</h1>
        <div className="home-front">
          <section className="home-lead" aria-label="À la une">
            <ArticleCard article={lead} variant="lead" headingLevel={2} />
            <div className="home-top">
              {top.map((article) => (
                <ArticleCard key={article.id} article={article} headingLevel={2} />
              ))}
            </div>
          </section>
          {latest.length > 0 ? (
            <section className="home-aside" aria-labelledby="dernieres">
              <h2 id="dernieres" className="section-title">
                Dernières nouvelles
              </h2>
              {latest.map((article) => (
                <ArticleCard key={article.id} article={article} variant="compact" />
              ))}
              <MostRead stories={mostRead} />
            </section>
          ) : null}
        </div>
        {sections.map(({ rubrique, articles }) => (
          <section key={rubrique.id} className="home-section" aria-labelledby={`rubrique-${rubrique.slug}`}>
            <h2 id={`rubrique-${rubrique.slug}`} className="section-title">
              <a href={`/${rubrique.slug}`}>{rubrique.name}</a>
            </h2>
            <div className="grid">
              {articles.map((article) => (
                <ArticleCard key={article.id} article={article} showRubrique={false} />
              ))}
            </div>
          </section>
        ))}
      </main>
    ),
  };
}
