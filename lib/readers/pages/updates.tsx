import { Breadcrumb } from '../../../components/site/Breadcrumb';
import { Pagination } from '../../../components/site/Pagination';
import { UPDATE_KIND_LABEL, UPDATE_KIND_PARAM, updateDiffHref, updateKindFromParam } from '../../content/update-kinds';
import { findPublicUpdates, UPDATES_MAX_PAGE, type TPublicUpdateItem } from '../../data/find-public-updates';
import type { TRubrique } from '../../data/query-rubriques';
import { formatDateTime, toIsoString } from '../../french/dates';
import { applyFrenchTypography } from '../../french/typography';
import type { UpdateKind } from '../../generated/prisma/enums';
import { parsePage, parseSlug } from '../../validation/public-params';
import { head, PAGE_NOT_FOUND, param, type TReaderPage } from '../page';

const KINDS = Object.keys(UPDATE_KIND_LABEL) as UpdateKind[];

/** `?type=` and `?rubrique=`: absent or empty is « all »; anything else must name one, or the page is not found. */
function parseFilter(value: string | string[] | undefined, read: (one: string) => string | null): string | null | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return null;
  return read(value);
}

/**
 * « Mises à jour et corrections »: every public entry of the site, newest first, with its story, its
 * note and its « Voir ce qui a changé »; filtered by kind and rubrique, paginated, with its feed.
 */
export const updatesPage: TReaderPage = async ({ query, rubriques }) => {
  const page = parsePage(param(query, 'page'), UPDATES_MAX_PAGE);
  const kindParam = parseFilter(param(query, 'type'), (one) => updateKindFromParam(one));
  const rubriqueParam = parseFilter(param(query, 'rubrique'), (one) => {
    const slug = parseSlug(one);
    return rubriques.find((r) => r.slug === slug)?.id ?? null;
  });
  if (!page || kindParam === null || rubriqueParam === null) return PAGE_NOT_FOUND;
  const kind = kindParam as UpdateKind | undefined;
  const rubrique = rubriques.find((r) => r.id === rubriqueParam);
  const { items, hasNext } = await findPublicUpdates({ kind, rubriqueId: rubrique?.id, page });
  if (page > 1 && items.length === 0) return PAGE_NOT_FOUND;
  const filters = new URLSearchParams({
    ...(kind ? { type: UPDATE_KIND_PARAM[kind] } : {}),
    ...(rubrique ? { rubrique: rubrique.slug } : {}),
  }).toString();
  const basePath = filters ? `/mises-a-jour?${filters}` : '/mises-a-jour';
  const title = page > 1 ? `Mises à jour et corrections — page ${page}` : 'Mises à jour et corrections';
  return {
    kind: 'page',
    head: head({
      title,
      socialTitle: title,
      description: 'Chaque mise à jour, correction et précision publiée sur nos articles, avec ce qui a changé.',
      path: page > 1 ? `${basePath}${filters ? '&' : '?'}page=${page}` : basePath,
      feed: { path: '/mises-a-jour/rss.xml', title: 'Mises à jour et corrections' },
    }),
    main: (
      <main id="contenu" className="page updates-page">
        <Breadcrumb items={[{ name: 'Accueil', href: '/' }, { name: 'Mises à jour et corrections' }]} />
        <header className="page-header">
          <h1>Mises à jour et corrections</h1>
          <p className="page-intro">
            Quand un article change après sa publication, nous le disons, et chacun peut voir ce qui a changé.{' '}
            <a href="/mises-a-jour/politique">Notre politique de corrections</a> · <a href="/mises-a-jour/rss.xml">Flux RSS</a>
          </p>
        </header>
        <UpdatesFilter kind={kind} rubrique={rubrique} rubriques={rubriques} />
        {items.length === 0 ? (
          <p className="empty">Aucune mention publiée{kind || rubrique ? ' pour ce choix' : ''}.</p>
        ) : (
          <ol className="updates-list">
            {items.map((item) => (
              <UpdateItem key={item.id} item={item} />
            ))}
          </ol>
        )}
        <Pagination basePath={basePath} page={page} hasNext={hasNext} order="alphabetical" />
      </main>
    ),
  };
};

function UpdateItem({ item }: { item: TPublicUpdateItem }) {
  return (
    <li className={`updates-item updates-item-${item.kind.toLowerCase()}`}>
      <p className="updates-item-meta">
        <strong>{UPDATE_KIND_LABEL[item.kind]}</strong> ·{' '}
        <time dateTime={toIsoString(item.createdAt)}>{formatDateTime(item.createdAt)}</time> · {item.story.rubrique.name}
      </p>
      <h2 className="updates-item-title">
        <a href={item.story.href}>{applyFrenchTypography(item.story.title)}</a>
      </h2>
      <p>{applyFrenchTypography(item.note)}</p>
      <p>
        <a href={updateDiffHref(item.id)}>Voir ce qui a changé</a>
      </p>
    </li>
  );
}

function UpdatesFilter({
  kind,
  rubrique,
  rubriques,
}: {
  kind: UpdateKind | undefined;
  rubrique: TRubrique | undefined;
  rubriques: TRubrique[];
}) {
  return (
    <form className="search-form" action="/mises-a-jour" method="get" aria-label="Filtrer les mises à jour">
      <div className="search-field">
        <label htmlFor="maj-type">Type</label>
        <select id="maj-type" name="type" defaultValue={kind ? UPDATE_KIND_PARAM[kind] : ''}>
          <option value="">Tous les types</option>
          {KINDS.map((one) => (
            <option key={one} value={UPDATE_KIND_PARAM[one]}>
              {UPDATE_KIND_LABEL[one]}
            </option>
          ))}
        </select>
      </div>
      <div className="search-field">
        <label htmlFor="maj-rubrique">Rubrique</label>
        <select id="maj-rubrique" name="rubrique" defaultValue={rubrique?.slug ?? ''}>
          <option value="">Toutes les rubriques</option>
          {rubriques.map((r) => (
            <option key={r.id} value={r.slug}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Filtrer
      </button>
    </form>
  );
}
