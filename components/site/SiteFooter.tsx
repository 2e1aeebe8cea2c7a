import type { TRubrique } from '@/lib/data/query-rubriques';
import { applyFrenchTypography } from '@/lib/french/typography';
import { siteIdentity } from '@/lib/site-settings';

const FOOTER_NOTE = applyFrenchTypography(
  'Les articles signalés «\u00a0mis à jour\u00a0» indiquent la date et la nature de chaque modification.',
);

export function SiteFooter({ rubriques, year }: { rubriques: TRubrique[]; year: number }) {
  const { name, legal } = siteIdentity();
  // The publisher's first line (its name and form) under the copyright; the rest on its own page.
  const publisher = legal.publisher.split('\n')[0];
  return (
    <footer className="site-footer">
      <nav aria-label="Plan du site">
        <ul>
          {rubriques.map((rubrique) => (
            <li key={rubrique.id}>
              <a href={`/${rubrique.slug}`}>{rubrique.name}</a>
            </li>
          ))}
          <li>
            <a href="/auteurs">La rédaction</a>
          </li>
          <li>
            <a href="/mises-a-jour">Mises à jour et corrections</a>
          </li>
          <li>
            <a href="/mentions-legales">Mentions légales</a>
          </li>
        </ul>
      </nav>
      <p>
        © {year} {name}. {FOOTER_NOTE}
      </p>
      {publisher ? <p className="footer-legal">{applyFrenchTypography(`Éditeur\u00a0: ${publisher}`)}</p> : null}
    </footer>
  );
}
