import type { Metadata } from 'next';
import { ArticleForm } from '@/components/admin/ArticleForm';
import { canPublish } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { queryRubriques as findRubriques } from '@/lib/data/query-rubriques';

export const metadata: Metadata = { title: 'Nouvel article' };

export default async function NewArticlePage() {
  const user = await requirePageUser('/admin/articles/nouveau');
  const rubriques = await findRubriques();
  return (
    <>
      <h1>Nouvel article</h1>
      <ArticleForm
        mode="create"
        rubriques={rubriques.map((r) => ({ id: r.id, name: r.name, slug: r.slug }))}
        canPublish={canPublish(user)}
      />
    </>
  );
}
