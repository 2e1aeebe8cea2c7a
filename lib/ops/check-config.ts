/**
 * Refuses to start a production server with an unsafe configuration, with a French message that
 * says what to fix. The embedded demo database (no DATABASE_URL) generates its own secrets.
 */
const WEAK_PASSWORDS = new Set(['', 'postgres', 'password', 'motdepasse', 'admin', 'root', 'secret', 'changeme', '123456', 'dakarinfo']);

export function unsafeConfigurationProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  if (!env.DATABASE_URL) return problems;
  const secret = env.NEXTAUTH_SECRET ?? '';
  if (secret.length < 32) problems.push('NEXTAUTH_SECRET doit être défini et compter au moins 32 caractères aléatoires (par exemple : openssl rand -base64 32).');
  if (/^(?:changeme|secret|dakarinfo)/i.test(secret)) problems.push('NEXTAUTH_SECRET ressemble à une valeur d’exemple : générez-en une vraie.');
  try {
    const url = new URL(env.DATABASE_URL);
    const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '::1' || url.hostname === '[::1]';
    const password = decodeURIComponent(url.password);
    if (!local && WEAK_PASSWORDS.has(password.toLowerCase())) problems.push('DATABASE_URL utilise un mot de passe par défaut ou vide pour un serveur distant : changez-le.');
  } catch {
    problems.push('DATABASE_URL n’est pas une adresse PostgreSQL valide (postgresql://utilisateur:motdepasse@hôte:5432/base).');
  }
  if (env.SITE_URL && !/^https?:\/\//.test(env.SITE_URL)) problems.push('SITE_URL doit commencer par https:// (ou http:// en local).');
  return problems;
}
