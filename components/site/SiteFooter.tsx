import type { TRubrique } from '@/lib/data/query-rubriques';
import { applyFrenchTypography } from '@/lib/french/typography';
import { SITE_NAME } from '@/lib/site-settings';

const FOOTER_NOTE = applyFrenchTypography(
  'Les articles signalés «\u00a0mis à jour\u00a0» indiquent la date et la nature de chaque modification.',
);

export function SiteFooter({ rubriques, year }: { rubriques: TRubrique[]; year: number }) {
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
        </ul>
      </nav>
      <p>
        © {year} {SITE_NAME}. {FOOTER_NOTE}
      </p>
    </footer>
  );
}
