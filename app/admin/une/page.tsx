import type { Metadata } from 'next';
import { FrontPageEditor } from '@/components/admin/front-page/FrontPageEditor';
import { requirePageUser } from '@/lib/auth/session';
import { readFrontPage } from '@/lib/data/front-page';
import '@/components/admin/front-page/front-page.css';

export const metadata: Metadata = { title: 'La une' };

/** « La une »: editors arrange Manchettes (components/admin/front-page/FrontPageEditor.tsx). */
export default async function FrontPageAdminPage() {
  await requirePageUser('/admin/une', ['EDITOR', 'ADMIN']);
  const state = await readFrontPage();
  return (
    <>
      <h1>La une</h1>
      <FrontPageEditor initial={state} />
    </>
  );
}
