'use client';

export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="contenu" className="page status-page">
      <p className="status-code">Erreur</p>
      <h1>Cette page n’a pas pu être affichée</h1>
      <p>Un incident technique nous empêche d’afficher cette page. La rédaction en est informée ; réessayez dans un instant.</p>
      <p>
        <button type="button" className="button" onClick={() => reset()}>
          Réessayer
        </button>{' '}
        <a href="/">Retourner aux Manchettes</a>
      </p>
    </main>
  );
}
