import { Breadcrumb } from '../../../components/site/Breadcrumb';
import { Pagination } from '../../../components/site/Pagination';
import { AUTHORS_MAX_PAGE, findAuthors } from '../../data/find-authors';
import { formatDate, toIsoString } from '../../french/dates';
import { applyFrenchTypography } from '../../french/typography';
import { siteName } from '../../site-settings';
import { parsePage } from '../../validation/public-params';
import { head, PAGE_NOT_FOUND, param, type TReaderPage } from '../page';

const TITLE = 'La rédaction';
const intro = () => `Les journalistes qui signent les articles de ${siteName()}, avec leur dernier article publié.`;

/** « La rédaction »: who writes for the site, each with their presentation and latest story. */
export const authorsPage: TReaderPage = async ({ query }) => {
  const requested = parsePage(param(query, 'page'), AUTHORS_MAX_PAGE);
  if (!requested) return PAGE_NOT_FOUND;
  const { authors, page, pages } = await findAuthors(requested);
  if (page > pages) return PAGE_NOT_FOUND;
  const title = page > 1 ? `${TITLE} — page ${page}` : TITLE;
  return {
    kind: 'page',
    head: head({
      title,
      socialTitle: `${title} — ${siteName()}`,
      description: intro(),
      path: page > 1 ? `/auteurs?page=${page}` : '/auteurs',
    }),
    main: (
      <main id="contenu" className="page authors">
        <Breadcrumb items={[{ name: 'Accueil', href: '/' }, { name: TITLE }]} />
        <header className="page-header">
          <h1>{TITLE}</h1>
          <p className="page-intro">{applyFrenchTypography(intro())}</p>
        </header>
        {authors.length === 0 ? (
          <p className="empty">Aucun article n’est encore publié.</p>
        ) : (
          <ul className="author-list">
            {authors.map((author) => (
              <li key={author.slug} className="author-entry">
                <h2 className="author-entry-name">
                  <a href={`/auteurs/${author.slug}`}>{author.name}</a>
                </h2>
                {author.bio ? <p className="author-entry-bio">{applyFrenchTypography(author.bio)}</p> : null}
                <p className="author-entry-latest">
                  <span className="author-entry-label">Dernier article</span>{' '}
                  <a href={author.latest.href}>{applyFrenchTypography(author.latest.title)}</a>{' '}
                  <time dateTime={toIsoString(author.latest.publishedAt)}>{formatDate(author.latest.publishedAt)}</time>
                </p>
              </li>
            ))}
          </ul>
        )}
        <Pagination basePath="/auteurs" page={page} hasNext={page < pages} pages={pages} order="alphabetical" />
      </main>
    ),
  };
};
