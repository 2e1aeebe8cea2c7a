import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/site/Breadcrumb';
import { Pagination } from '@/components/site/Pagination';
import { SITE_NAME } from '@/components/site/SiteHeader';
import { AUTHORS_MAX_PAGE, findAuthors } from '@/lib/data/find-authors';
import { formatDate, toIsoString } from '@/lib/french/dates';
import { applyFrenchTypography } from '@/lib/french/typography';
import { pageMetadata } from '@/lib/seo/metadata';
import { siteUrl } from '@/lib/site-url';
import { parsePage } from '@/lib/validation/public-params';

type TProps = { searchParams: Promise<{ page?: string | string[] }> };

const TITLE = 'La rédaction';
const INTRO = `Les journalistes qui signent les articles de ${SITE_NAME}, avec leur dernier article publié.`;

async function load(props: TProps) {
  const page = parsePage((await props.searchParams).page, AUTHORS_MAX_PAGE);
  if (!page) return null;
  const found = await findAuthors(page);
  return page > found.pages ? null : found;
}

export async function generateMetadata(props: TProps): Promise<Metadata> {
  const found = await load(props);
  if (!found) return { title: 'Page introuvable' };
  const title = found.page > 1 ? `${TITLE} — page ${found.page}` : TITLE;
  return pageMetadata(
    { name: SITE_NAME, url: siteUrl() },
    { title, socialTitle: `${title} — ${SITE_NAME}`, description: INTRO, path: found.page > 1 ? `/auteurs?page=${found.page}` : '/auteurs' },
  );
}

/** « La rédaction »: who writes for the site, each with their presentation and latest story. */
export default async function AuthorsPage(props: TProps) {
  const found = await load(props);
  if (!found) notFound();
  const { authors, page, pages } = found;
  return (
    <main id="contenu" className="page authors">
      <Breadcrumb items={[{ name: 'Accueil', href: '/' }, { name: TITLE }]} />
      <header className="page-header">
        <h1>{TITLE}</h1>
        <p className="page-intro">{applyFrenchTypography(INTRO)}</p>
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
                <span className="author-entry-label">Dernier article</span> <a href={author.latest.href}>{applyFrenchTypography(author.latest.title)}</a>{' '}
                <time dateTime={toIsoString(author.latest.publishedAt)}>{formatDate(author.latest.publishedAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination basePath="/auteurs" page={page} hasNext={page < pages} pages={pages} order="alphabetical" />
    </main>
  );
}
