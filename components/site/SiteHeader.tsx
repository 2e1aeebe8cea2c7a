import type { TRubrique } from '@/lib/data/query-rubriques';
import { formatDate } from '@/lib/french/dates';
import { logoUrl } from '@/lib/media/urls';
import { siteIdentity } from '@/lib/site-settings';
import { NavLinks } from './NavLinks';

/**
 * `currentPath` marks the current rubrique in the bar (none on pages outside the rubriques);
 * `searched`, on the results page, fills the search box.
 */
export function SiteHeader({
  rubriques,
  now,
  currentPath = '',
  searched = '',
}: {
  rubriques: TRubrique[];
  now: Date;
  currentPath?: string;
  searched?: string;
}) {
  const { name, tagline, logo } = siteIdentity();
  return (
    <header className="site-header">
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <div className="masthead">
        <p className="masthead-date">{formatDate(now)}</p>
        <p className="masthead-title">
          <a href="/" className="brand">
            {logo ? (
              // eslint-disable-next-line @next/next/no-img-element -- readers' pages are plain HTML (lib/readers), not Next's
              <img className="brand-logo" src={logoUrl(logo)} alt={name} width={Math.round((64 * logo.width) / logo.height)} height={64} />
            ) : (
              name
            )}
          </a>
        </p>
        <p className="tagline">{tagline}</p>
      </div>
      <form className="header-search" action="/recherche" method="get" role="search" aria-label={`Rechercher sur ${name}`}>
        <label htmlFor="entete-recherche" className="visually-hidden">
          Rechercher un article
        </label>
        <input id="entete-recherche" name="q" type="search" placeholder="Rechercher" maxLength={200} defaultValue={searched || undefined} />
        <button type="submit">Rechercher</button>
      </form>
      <nav className="site-nav" aria-label="Rubriques">
        <NavLinks
          items={[{ href: '/', name: 'Manchettes' }, ...rubriques.map((r) => ({ href: `/${r.slug}`, name: r.name }))]}
          currentPath={currentPath}
        />
      </nav>
    </header>
  );
}
