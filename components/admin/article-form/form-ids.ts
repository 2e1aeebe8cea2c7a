/**
 * The ids of the story editor's fields, from one `useId()` base, and where each field's error
 * message links to (the field itself, or the nearest thing that takes the focus).
 */

export type TFormIds = ReturnType<typeof formIds>;

export function formIds(baseId: string) {
  return {
    title: `${baseId}-titre`,
    titleCounter: `${baseId}-titre-compteur`,
    chapo: `${baseId}-chapo`,
    chapoCounter: `${baseId}-chapo-compteur`,
    rubriqueId: `${baseId}-rubrique`,
    slug: `${baseId}-adresse`,
    slugHint: `${baseId}-adresse-aide`,
    placement: `${baseId}-place`,
    search: `${baseId}-recherche`,
    scheduledAt: `${baseId}-programmation`,
    scheduledHint: `${baseId}-programmation-aide`,
    returnNote: `${baseId}-motif`,
    image: `${baseId}-image`,
    imageAlt: `${baseId}-image-alt`,
    conflict: `${baseId}-conflit`,
    classement: `${baseId}-classement`,
    links: `${baseId}-liens`,
    review: `${baseId}-relecture`,
    publication: `${baseId}-publication`,
    error: (name: string) => `${baseId}-erreur-${name}`,
  };
}

/** The element an error about `name` links to (`#id` in the list of errors). */
export function fieldAnchorId(ids: TFormIds, name: string): string {
  const anchors: Record<string, string> = {
    title: ids.title,
    chapo: ids.chapo,
    body: ids.error('body'),
    rubriqueId: ids.rubriqueId,
    slug: ids.slug,
    placement: `${ids.placement}-NONE`,
    related: ids.search,
    scheduledAt: ids.scheduledAt,
    returnNote: ids.returnNote,
    image: ids.image,
    imageAlt: ids.imageAlt,
    imageCaption: ids.imageAlt,
    imageCredit: ids.imageAlt,
  };
  return anchors[name] ?? ids.title;
}

/** An aria-describedby value from the ids that apply (undefined when none does). */
export const describedBy = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;
