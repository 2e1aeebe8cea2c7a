/**
 * The pages that say why there is no page: 404 (nothing here), 410 (a story taken offline), 503 (the
 * site cannot render pages now, typically while PostgreSQL is away: it needs nothing from the
 * database) and 429 (a client asking for more than its share). Same document as every other page.
 */
import type { ReactElement } from 'react';
import { NotFoundContent } from '../../../components/site/NotFoundContent';
import type { THeadTag } from '../../seo/metadata';
import { unindexedHead } from '../page';

export type TStatusKind = 'not-found' | 'gone' | 'unavailable' | 'too-many';

export const STATUS_CODES: Record<TStatusKind, number> = { 'not-found': 404, gone: 410, unavailable: 503, 'too-many': 429 };

function Status({ code, title, text }: { code: string; title: string; text: string }) {
  return (
    <main id="contenu" className="page status-page">
      <p className="status-code">{code}</p>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/">Retourner aux Manchettes</a>
      </p>
    </main>
  );
}

const STATUS_PAGES: Record<TStatusKind, { head: () => THeadTag[]; main: () => ReactElement }> = {
  'not-found': { head: () => unindexedHead('Page introuvable'), main: () => <NotFoundContent /> },
  gone: {
    head: () => unindexedHead('Article retiré'),
    main: () => (
      <Status
        code="Erreur 410"
        title="Cet article a été retiré"
        text="La rédaction a retiré cet article du site. Les autres articles de la rubrique restent accessibles depuis les Manchettes."
      />
    ),
  },
  unavailable: {
    head: () => unindexedHead('Site momentanément indisponible'),
    main: () => (
      <Status
        code="Erreur 503"
        title="Le site est momentanément indisponible"
        text={'Un incident technique empêche d’afficher cette page. Nos équipes sont prévenues\u202f; réessayez dans quelques instants.'}
      />
    ),
  },
  'too-many': {
    head: () => unindexedHead('Trop de requêtes'),
    main: () => (
      <Status
        code="Erreur 429"
        title="Trop de requêtes en peu de temps"
        text="Votre adresse a demandé beaucoup de pages en peu de temps. Patientez quelques secondes, puis réessayez."
      />
    ),
  },
};

export function statusPage(kind: TStatusKind): { head: THeadTag[]; main: ReactElement } {
  const page = STATUS_PAGES[kind];
  return { head: page.head(), main: page.main() };
}
