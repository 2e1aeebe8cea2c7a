/** How long a throttled person waits, in French: « 30 secondes », « 2 minutes » (never « 0 seconde »). */
export function lockoutWait(until: Date, now: Date): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return seconds < 60
    ? `${seconds}\u00a0seconde${seconds > 1 ? 's' : ''}`
    : `${Math.ceil(seconds / 60)}\u00a0minute${seconds > 60 ? 's' : ''}`;
}

/** At sign-in (password or code). */
export function signInLockoutMessage(until: Date, now: Date): string {
  return `Trop de tentatives de connexion. Réessayez dans ${lockoutWait(until, now)}.`;
}

/** In « Mon profil », where the current password or a code is asked again. */
export function profileLockoutMessage(until: Date, now: Date): string {
  return `Trop de tentatives\u00a0: réessayez dans ${lockoutWait(until, now)}.`;
}
