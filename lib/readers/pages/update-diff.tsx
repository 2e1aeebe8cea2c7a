import { PublicDiff } from '../../../components/article/PublicDiff';
import { Breadcrumb } from '../../../components/site/Breadcrumb';
import { UPDATE_KIND_LABEL, updateDiffHref } from '../../content/update-kinds';
import { getUpdateDiff } from '../../data/get-update-diff';
import { formatDate } from '../../french/dates';
import { applyFrenchTypography } from '../../french/typography';
import { head, PAGE_NOT_FOUND, type TReaderPage } from '../page';

/** An entry's id in the address: what cuid() makes, nothing else reaches the database. */
export function parseEntryId(value: string): string | null {
  return /^[a-z0-9]{20,40}$/.test(value) ? value : null;
}

/** « Voir ce qui a changé »: one public entry of a story online, and the words it changed. */
export const updateDiffPage: TReaderPage = async ({ params }) => {
  const id = parseEntryId(params.entry ?? '');
  if (!id) return PAGE_NOT_FOUND;
  const diff = await getUpdateDiff(id);
  if (!diff) return PAGE_NOT_FOUND;
  const kind = UPDATE_KIND_LABEL[diff.entry.kind];
  const title = `${kind} du ${formatDate(diff.entry.createdAt)} — ${diff.story.title}`;
  return {
    kind: 'page',
    head: head({
      title,
      socialTitle: title,
      description: applyFrenchTypography(`Ce qui a changé dans «\u00a0${diff.story.title}\u00a0»\u00a0: ${diff.entry.note}`),
      path: updateDiffHref(diff.entry.id),
    }),
    main: (
      <main id="contenu" className="page update-diff">
        <Breadcrumb
          items={[
            { name: 'Accueil', href: '/' },
            { name: 'Mises à jour et corrections', href: '/mises-a-jour' },
            { name: `${kind} du ${formatDate(diff.entry.createdAt)}` },
          ]}
        />
        <PublicDiff diff={diff} />
      </main>
    ),
  };
};
