import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';
import { findRubriques } from '@/lib/data/find-rubriques';
import { REQUEST_PATH_HEADER, REQUEST_SEARCH_HEADER, searchedWords } from '@/lib/server/request-path';

// Rendered per request (the Node layer caches the whole page and purges it on every change); the
// rubriques list comes from Next's cache, expired with the pages (lib/data/find-rubriques.ts).
export const dynamic = 'force-dynamic';

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [rubriques, requestHeaders] = await Promise.all([findRubriques(), headers()]);
  const currentPath = requestHeaders.get(REQUEST_PATH_HEADER) ?? '/';
  // On the results page, the header's box keeps the words searched (as Google's and the BBC's do).
  const searched = currentPath === '/recherche' ? searchedWords(requestHeaders.get(REQUEST_SEARCH_HEADER)) : '';
  const now = new Date();
  return (
    <>
      <SiteHeader rubriques={rubriques} now={now} currentPath={currentPath} searched={searched} />
      {children}
      <SiteFooter rubriques={rubriques} year={now.getFullYear()} />
    </>
  );
}
