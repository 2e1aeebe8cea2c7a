/**
 * The French pages the server answers by itself, self-contained (inline styles, no script, no
 * database): the 503 a reader gets when a page that is not in the cache cannot be rendered (typically
 * while PostgreSQL is away), and the 429 of a client that asked for more than its share.
 */
export const RETRY_AFTER_SECONDS = 30;

/** A self-contained page: the site's name, a heading, a sentence, a link home. Arguments are the code's own text. */
function servicePage(title: string, heading: string, text: string): string {
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>
body{margin:0;font-family:Georgia,'DejaVu Serif',serif;color:#16181d;background:#fff;line-height:1.5}
main{max-width:36rem;margin:4rem auto;padding:0 1rem;text-align:center}
p.brand{font-family:Georgia,'DejaVu Serif',serif;color:#16181d;font-size:2.6rem;font-weight:700;margin:0}p.brand::first-letter{color:#9f1820}
h1{font-size:1.6rem;margin:2rem 0 .5rem}p{font-family:system-ui,sans-serif;color:#4a4f5a}
a{color:#16181d}
</style>
</head>
<body>
<main>
<p class="brand">Dakarinfo</p>
<h1>${heading}</h1>
<p>${text}</p>
<p><a href="/">Retourner aux Manchettes</a></p>
</main>
</body>
</html>
`;
}

export const UNAVAILABLE_HTML = servicePage(
  'Dakarinfo est momentanément indisponible',
  'Le site est momentanément indisponible',
  'Un incident technique empêche d’afficher cette page. Nos équipes sont prévenues ; réessayez dans quelques instants.',
);

/** A client that asks for more than its share (too many searches, too many pages at once): 429. */
export const TOO_MANY_HTML = servicePage(
  'Trop de requêtes — Dakarinfo',
  'Trop de requêtes en peu de temps',
  'Votre adresse a demandé beaucoup de pages en peu de temps. Patientez quelques secondes, puis réessayez.',
);
