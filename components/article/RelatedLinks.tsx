import type { TRelatedLink } from '@/lib/data/get-published-article';
import { applyFrenchTypography } from '@/lib/french/typography';

/** The inline « À lire aussi » in the middle of the body, as on the reference page. */
export function RelatedInline({ link }: { link: TRelatedLink }) {
  return (
    <aside className="related-inline" aria-label="À lire aussi">
      <span className="related-label">À lire aussi</span> <a href={link.href}>{applyFrenchTypography(link.title)}</a>
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
          </li>
        ))}
      </ul>
    </aside>
  );
}
