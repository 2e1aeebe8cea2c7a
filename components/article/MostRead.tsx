import type { TArticleCard } from '@/lib/data/published';
import { applyFrenchTypography } from '@/lib/french/typography';

/**
 * « Les plus lus »: the most read stories of the last 24 hours (lib/readers/most-read.ts), ranked.
 * Nothing when nobody has read anything yet.
 */
export function MostRead({ stories }: { stories: TArticleCard[] }) {
  if (stories.length === 0) return null;
  return (
    <section className="most-read" aria-labelledby="les-plus-lus">
      <h2 id="les-plus-lus" className="section-title">
        Les plus lus
      </h2>
      <ol>
        {stories.map((story) => (
          <li key={story.id}>
            <span className="card-kicker">{story.rubrique.name}</span>
            {story.live === 'running' ? <span className="live-badge">En direct</span> : null}
            <a href={story.href}>{applyFrenchTypography(story.title)}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
