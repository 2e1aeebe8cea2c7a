import type { Metadata } from 'next';
import { connection } from 'next/server';
import { NotFoundContent } from '@/components/site/NotFoundContent';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { findRubriques, type TRubrique } from '@/lib/data/find-rubriques';

// No robots entry: Next.js marks every not-found answer noindex itself (a second meta would repeat it).
export const metadata: Metadata = { title: 'Page introuvable' };

/**
 * Every 404 a reader sees (lib/server answers with it). Rendered per request, never at build time:
 * a build-time copy would show the rubriques of whatever database the build saw (none at all on a
 * fresh machine). The header degrades to the brand alone if the database is away.
 */
export default async function RootNotFound() {
  await connection();
  const rubriques: TRubrique[] = await findRubriques().catch(() => []);
  return (
    <>
      <SiteHeader rubriques={rubriques} now={new Date()} />
      <NotFoundContent />
      <SiteFooter rubriques={rubriques} year={new Date().getFullYear()} />
    </>
  );
}
