'use client';

import '@/styles/site.css';

export default function GlobalError() {
  return (
    <html lang="fr">
      <body>
        <main id="contenu" className="page status-page">
          <p className="status-code">Erreur</p>
          <h1>Dakarinfo est momentanément indisponible</h1>
          <p>Un incident technique empêche l’affichage du site. Réessayez dans quelques instants.</p>
          <p>
            {/* A full page load on purpose: the app shell itself has failed. */}
            <a href="/">Retourner aux Manchettes</a>
          </p>
        </main>
      </body>
    </html>
  );
}
