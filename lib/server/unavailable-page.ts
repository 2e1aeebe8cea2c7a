/**
 * The French 503 page, self-contained (inline styles, no script, no database): what a reader gets when
 * a page that is not in the cache cannot be rendered, typically while PostgreSQL is away.
 */
export const RETRY_AFTER_SECONDS = 30;

export const UNAVAILABLE_HTML = `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Dakarinfo est momentanément indisponible</title>
<style>
body{margin:0;font-family:Georgia,'DejaVu Serif',serif;color:#16181d;background:#fff;line-height:1.5}
main{max-width:36rem;margin:4rem auto;padding:0 1rem;text-align:center}
.brand{font-size:2.6rem;font-weight:700;margin:0}.brand::first-letter{color:#9f1820}
h1{font-size:1.6rem;margin:2rem 0 .5rem}p{font-family:system-ui,sans-serif;color:#4a4f5a}
a{color:#16181d}
</style>
</head>
<body>
<main>
<p class="brand">Dakarinfo</p>
<h1>Le site est momentanément indisponible</h1>
<p>Un incident technique empêche d’afficher cette page. Nos équipes sont prévenues ; réessayez dans quelques instants.</p>
<p><a href="/">Retourner aux Manchettes</a></p>
</main>
</body>
</html>
`;
