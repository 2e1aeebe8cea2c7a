/**
 * What the story form asks before a button whose result readers see at once (window.confirm): null
 * when it asks nothing.
 */
import type { ArticleStatus } from '@/lib/generated/prisma/enums';

export function confirmationFor(intent: string | null, status: ArticleStatus): string | null {
  switch (intent) {
    case 'publish':
      return status === 'SCHEDULED'
        ? 'Publier cet article maintenant, sans attendre la date programmée\u202f? Il sera aussitôt visible des lecteurs.'
        : 'Publier cet article\u202f? Il sera aussitôt visible des lecteurs.';
    case 'unpublish':
      return status === 'SCHEDULED'
        ? 'Annuler la programmation\u202f? L’article ne sera pas publié à la date prévue et redeviendra un brouillon.'
        : 'Dépublier cet article\u202f? Il ne sera plus visible des lecteurs et redeviendra un brouillon.';
    default:
      return null;
  }
}
