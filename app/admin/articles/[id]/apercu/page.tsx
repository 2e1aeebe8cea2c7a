import type { Metadata } from 'next';
import { deniedOrThrow } from '@/components/admin/ArticleAccessDenied';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ArticleView } from '@/components/article/ArticleView';
import { SiteHeader } from '@/components/site/SiteHeader';
import { requirePageUser } from '@/lib/auth/session';
import { findRubriques } from '@/lib/data/find-rubriques';
import { getEditableArticle } from '@/lib/data/get-editable-article';
import { getArticlePreview } from '@/lib/data/get-published-article';
import '@/components/admin/article-form.css';

export const metadata: Metadata = { title: 'Aperçu' };
export const dynamic = 'force-dynamic';

const ZId = z.string().min(1).max(40);

type TProps = { params: Promise<{ id: string }> };

export default async function ArticlePreviewPage({ params }: TProps) {
  const { id } = await params;
  const user = await requirePageUser(`/admin/articles/${id}/apercu`);
  if (!ZId.safeParse(id).success) notFound();

  // Only someone who may edit the story may preview it.
  let published: boolean;
  let neverPublished: boolean;
  try {
    const editable = await getEditableArticle(user, id);
    published = editable.status === 'PUBLISHED';
    neverPublished = editable.publishedAt === null;
  } catch (error) {
    return deniedOrThrow(error);
  }

  const preview = await getArticlePreview(id);
  if (!preview) notFound();
  const rubriques = await findRubriques();

  return (
    <>
      <div className="notice notice-info preview-banner">
        <p style={{ margin: 0 }}>{published ? 'Aperçu de la version en ligne' : 'Aperçu — cet article n’est pas public'}</p>
        <Link href={`/admin/articles/${id}`}>Revenir à l’édition</Link>
      </div>
      <div className="preview-frame">
        <SiteHeader rubriques={rubriques} now={new Date()} />
        {/* A <div>, not a <main>: this page already sits inside the newsroom's <main>. */}
        <div className="page article-page">
          <ArticleView article={preview} notYetPublished={neverPublished} />
        </div>
      </div>
    </>
  );
}
