import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/site/NotFoundContent';
import { SiteHeader } from '@/components/site/SiteHeader';
import { findRubriques, type TRubrique } from '@/lib/data/find-rubriques';

export const metadata: Metadata = { title: 'Page introuvable', robots: { index: false } };

/** For addresses that match no route at all; the header degrades to the brand alone if the database is away. */
export default async function RootNotFound() {
  const rubriques: TRubrique[] = await findRubriques().catch(() => []);
  return (
    <>
      <SiteHeader rubriques={rubriques} now={new Date()} />
      <NotFoundContent />
    </>
  );
}
