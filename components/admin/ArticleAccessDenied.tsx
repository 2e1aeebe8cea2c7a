import Link from 'next/link';
import type { ReactElement } from 'react';
import { notFound } from 'next/navigation';
import { NewsroomError } from '@/lib/data/newsroom-errors';

/**
 * For the pages of one story (edit, history, preview) when loading it failed: an unknown story is a
 * 404, a story the user may not edit gets the « Accès refusé » panel, anything else is rethrown.
 */
export function deniedOrThrow(error: unknown): ReactElement {
  if (error instanceof NewsroomError && error.code === 'not_found') notFound();
  if (error instanceof NewsroomError && error.code === 'forbidden') return <ArticleAccessDenied />;
  throw error;
}

export function ArticleAccessDenied() {
  return (
    <div className="panel">
      <h1>Accès refusé</h1>
      <p>Cet article ne vous est pas ouvert : seuls la personne qui l’a écrit et l’équipe d’édition peuvent le consulter ou le modifier.</p>
      <p>
        <Link href="/admin">Retour aux articles</Link>
      </p>
    </div>
  );
}
