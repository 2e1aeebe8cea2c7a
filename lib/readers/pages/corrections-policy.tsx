import { Breadcrumb } from '../../../components/site/Breadcrumb';
import { renderBodyHtml } from '../../content/render-body';
import { getCorrectionsPolicy } from '../../data/corrections-policy';
import { siteName } from '../../site-settings';
import { head, type TReaderPage } from '../page';

/** « Notre politique de corrections »: the text editors keep in the newsroom (/admin/corrections). */
export const correctionsPolicyPage: TReaderPage = async () => {
  const policy = await getCorrectionsPolicy();
  return {
    kind: 'page',
    head: head({
      title: 'Notre politique de corrections',
      socialTitle: 'Notre politique de corrections',
      description: `Comment ${siteName()} corrige ses articles et le dit à ses lecteurs.`,
      path: '/mises-a-jour/politique',
    }),
    main: (
      <main id="contenu" className="page corrections-policy">
        <Breadcrumb
          items={[
            { name: 'Accueil', href: '/' },
            { name: 'Mises à jour et corrections', href: '/mises-a-jour' },
            { name: 'Notre politique' },
          ]}
        />
        <header className="page-header">
          <h1>Notre politique de corrections</h1>
        </header>
        {/* Markdown rendered with raw HTML disabled (lib/content/render-body.ts). */}
        <div className="article-body" dangerouslySetInnerHTML={{ __html: renderBodyHtml(policy.text) }} />
        <p>
          <a href="/mises-a-jour">Toutes les mises à jour et corrections</a>
        </p>
      </main>
    ),
  };
};
