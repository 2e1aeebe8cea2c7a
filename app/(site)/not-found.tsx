import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/site/NotFoundContent';

// No robots entry: Next.js marks every not-found answer noindex itself (a second meta would repeat it).
export const metadata: Metadata = { title: 'Page introuvable' };

export default function SiteNotFound() {
  return <NotFoundContent />;
}
