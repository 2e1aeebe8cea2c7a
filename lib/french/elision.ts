/**
 * « de » before a name, elided before a vowel or a mute h as French requires: « Rôle d’Awa Ndiaye »,
 * « d’Hélène Roux », but « de Moussa Diop ». (Names with an aspirated h are rare enough to ignore.)
 */
export function deName(name: string): string {
  return /^[aeiouyhàâäéèêëîïôöùûüœæ]/i.test(name.trim()) ? `d’${name.trim()}` : `de ${name.trim()}`;
}
