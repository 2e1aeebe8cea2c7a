import type { TRelatedLink } from '@/lib/data/get-published-article';
import { formatDate, toIsoString } from '@/lib/french/dates';
import { applyFrenchTypography } from '@/lib/french/typography';

/** A linked story corrected since: the link says so, with the date. */
function Corrected({ link }: { link: TRelatedLink }) {
  if (!link.correctedAt) return null;
  return (
    <span className="related-corrected">
      {' '}
      (corrigé le <time dateTime={toIsoString(link.correctedAt)}>{formatDate(link.correctedAt)}</time>)
    </span>
  );
}

/** The inline « À lire aussi » in the middle of the body, as on the reference page. */
export function RelatedInline({ link }: { link: TRelatedLink }) {
  return (
    <aside className="related-inline" aria-label="À lire aussi">
      <span className="related-label">À lire aussi</span> <a href={link.href}>{applyFrenchTypography(link.title)}</a>
      <Corrected link={link} />
    </aside>
  );
}

/** The other related stories, closing the article. */
export function RelatedList({ links }: { links: TRelatedLink[] }) {
  if (links.length === 0) return null;
  return (
    <aside className="related-list" aria-labelledby="a-lire-aussi">
      <h2 id="a-lire-aussi">À lire aussi</h2>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <span className="card-kicker">{link.rubriqueName}</span>
            <a href={link.href}>{applyFrenchTypography(link.title)}</a>
            <Corrected link={link} />
          </li>
        ))}
      </ul>
    </aside>
  );
}
