/**
 * The start's configuration check, one pure function: what makes `npm start` refuse (errors) and
 * what it only says (warnings), in French, each naming what to fix. It runs in every mode: an
 * explicitly set NEXTAUTH_SECRET is checked on the embedded database too (the generated one is strong).
 */
export type TConfigCheck = { errors: string[]; warnings: string[] };
export type TConfigMode = { production: boolean };

/** Set to 1 to serve a non-loopback public address over plain HTTP in production anyway. */
export const ALLOW_HTTP_VARIABLE = 'DAKARINFO_ALLOW_HTTP';

const MIN_SECRET_LENGTH = 32;
const MIN_SECRET_DISTINCT_CHARACTERS = 10;
const WEAK_PASSWORDS = new Set(['', 'postgres', 'password', 'motdepasse', 'admin', 'root', 'secret', 'changeme', '123456', 'dakarinfo']);
const SAMPLE_SECRET = /^(?:secret|dakarinfo|nextauth)|change-?_?me|replace-?_?me|your-?_?secret|exemple|example|motdepasse|password/i;

function secretProblems(secret: string): string[] {
  if (secret.length < MIN_SECRET_LENGTH)
    return [
      `NEXTAUTH_SECRET est trop court (${secret.length} caractères) : il en faut au moins ${MIN_SECRET_LENGTH}, aléatoires (par exemple : openssl rand -base64 32).`,
    ];
  if (SAMPLE_SECRET.test(secret))
    return ['NEXTAUTH_SECRET ressemble à une valeur d’exemple : générez-en une vraie (openssl rand -base64 32).'];
  if (new Set(secret).size < MIN_SECRET_DISTINCT_CHARACTERS)
    return ['NEXTAUTH_SECRET est trop faible (trop peu de caractères différents) : générez-en un aléatoire (openssl rand -base64 32).'];
  return [];
}

function databaseProblems(databaseUrl: string): string[] {
  try {
    const url = new URL(databaseUrl);
    const password = decodeURIComponent(url.password);
    if (!isLoopback(url.hostname) && WEAK_PASSWORDS.has(password.toLowerCase()))
      return ['DATABASE_URL utilise un mot de passe par défaut ou vide pour un serveur distant : changez-le.'];
    return [];
  } catch {
    return ['DATABASE_URL n’est pas une adresse PostgreSQL valide (postgresql://utilisateur:motdepasse@hôte:5432/base).'];
  }
}

export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

function publicAddressProblems(name: string, value: string, env: Record<string, string | undefined>, mode: TConfigMode): TConfigCheck {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {
      errors: [`${name} n’est pas une adresse valide (${value}) : https://exemple.sn, ou http://localhost en local.`],
      warnings: [],
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { errors: [`${name} doit commencer par https:// (ou http:// en local) : ${value}.`], warnings: [] };
  if (!mode.production || url.protocol === 'https:' || isLoopback(url.hostname)) return { errors: [], warnings: [] };
  const plainHttp = `${name}=${value} est une adresse publique en HTTP simple : mots de passe et cookies de session y circuleraient en clair.`;
  if (env[ALLOW_HTTP_VARIABLE] === '1') return { errors: [], warnings: [`${plainHttp} (Accepté parce que ${ALLOW_HTTP_VARIABLE}=1.)`] };
  return {
    errors: [
      `${plainHttp} Servez le site en https:// (derrière un proxy TLS), ou, en connaissance de cause, définissez ${ALLOW_HTTP_VARIABLE}=1.`,
    ],
    warnings: [],
  };
}

export function checkConfiguration(env: Record<string, string | undefined>, mode: TConfigMode): TConfigCheck {
  const errors: string[] = [];
  const warnings: string[] = [];
  const secret = env.NEXTAUTH_SECRET;
  if (secret !== undefined) errors.push(...secretProblems(secret));
  else if (env.DATABASE_URL && mode.production)
    errors.push(
      'NEXTAUTH_SECRET doit être défini avec DATABASE_URL : au moins 32 caractères aléatoires (par exemple : openssl rand -base64 32).',
    );
  if (env.DATABASE_URL) errors.push(...databaseProblems(env.DATABASE_URL));
  for (const name of ['NEXTAUTH_URL', 'SITE_URL'] as const) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    const found = publicAddressProblems(name, value, env, mode);
    errors.push(...found.errors);
    warnings.push(...found.warnings);
  }
  return { errors, warnings };
}
