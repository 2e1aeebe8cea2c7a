
export function NotFoundContent() {
  return (
    <main id="contenu" className="page status-page">
      <p className="status-code">Erreur 404</p>
      <h1>Page introuvable</h1>
      <p>L’adresse demandée ne correspond à aucune page de Dakarinfo. L’article a peut-être été retiré, ou le lien contient une faute de frappe.</p>
      <p>
        <a href="/">Retourner aux Manchettes</a>
      </p>
    </main>
  );
}
