import { describe, expect, it } from 'vitest';
import { withScratchDatabase } from '../support/scratch-db';
import { createArticle, createRubrique, createUser } from '../support/factories';

// Its own file, hence its own database: Manchettes reads every story there is.
const { prisma } = withScratchDatabase();
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

describe('Manchettes (lib/data/get-homepage)', () => {
  it('is empty but valid before anything is published', async () => {
    const { getHomepage } = await import('../../lib/data/get-homepage');
    const { queryRubriques } = await import('../../lib/data/query-rubriques');
    expect(await getHomepage(await queryRubriques())).toEqual({ lead: null, top: [], latest: [], sections: [] });
  });

  it('builds Manchettes: the editor’s lead, the top stories, and each rubrique’s latest', async () => {
    const { getHomepage } = await import('../../lib/data/get-homepage');
    const { queryRubriques } = await import('../../lib/data/query-rubriques');
    const politique = await createRubrique(prisma(), { position: 0 });
    const culture = await createRubrique(prisma(), { position: 1 });
    await createRubrique(prisma(), { position: 2 }); // empty: no section
    const author = await createUser(prisma());
    const lead = await createArticle(prisma(), {
      rubriqueId: politique.id,
      authorId: author.id,
      placement: 'LEAD',
      publishedAt: hoursAgo(8),
    });
    const top = await createArticle(prisma(), { rubriqueId: culture.id, authorId: author.id, placement: 'TOP', publishedAt: hoursAgo(6) });
    const newest = await createArticle(prisma(), { rubriqueId: culture.id, authorId: author.id, publishedAt: hoursAgo(1) });
    await createArticle(prisma(), { rubriqueId: politique.id, authorId: author.id, status: 'DRAFT', placement: 'LEAD' });

    const home = await getHomepage(await queryRubriques());
    expect(home.lead?.id).toBe(lead.id);
    expect(home.top.map((a) => a.id)).toEqual([top.id, newest.id]);
    expect(home.sections.map((s) => s.rubrique.id)).toEqual([politique.id, culture.id]);
    expect(home.sections[1].articles.map((a) => a.id)).toEqual([newest.id, top.id]);
    const shown = [home.lead, ...home.top, ...home.latest].map((a) => a?.id);
    expect(new Set(shown).size).toBe(shown.length);
  });
});
