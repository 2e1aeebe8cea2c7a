import { SITE_NAME } from '@/lib/site-settings';

export function NotFoundContent() {
  return (
    <main id="contenu" className="page status-page">
      <p className="status-code">Erreur 404</p>
      <h1>Page introuvable</h1>
      <p>
        L’adresse demandée ne correspond à aucune page de {SITE_NAME}. L’article a peut-être été retiré, ou le lien contient une faute de
        frappe.
      </p>
      <form className="search-form status-search" action="/recherche" method="get" role="search" aria-label="Retrouver l’article cherché">
        <div className="search-field">
          <label htmlFor="introuvable-q">Chercher un article</label>
          <input id="introuvable-q" name="q" type="search" maxLength={200} placeholder="élections, école, climat…" />
        </div>
        <button type="submit" className="button">
          Rechercher
        </button>
      </form>
      <p>
        <a href="/">Retourner aux Manchettes</a>
      </p>
    </main>
  );
}
