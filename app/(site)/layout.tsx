import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { findRubriques } from '@/lib/data/find-rubriques';

// Rendered per request for now, straight from PostgreSQL: a publish is public at once.
export const dynamic = 'force-dynamic';

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const rubriques = await findRubriques();
  const now = new Date();
  return (
    <>
      <SiteHeader rubriques={rubriques} now={now} />
      {children}
      <SiteFooter rubriques={rubriques} year={now.getFullYear()} />
    </>
  );
}
