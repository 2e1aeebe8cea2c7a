import type { Metadata } from 'next';
import { NotFoundContent } from '@/components/site/NotFoundContent';

export const metadata: Metadata = { title: 'Page introuvable' };

/**
 * A 404 among the addresses Next serves (the newsroom, the API, files). Readers' addresses never get
 * here: their 404 is the readers' renderer's (lib/readers/pages/status.tsx).
 */
export default function NotFound() {
  return <NotFoundContent />;
}
