/**
 * The demo newsroom's « Réglages du site »: its « mentions légales » (a fictitious publisher, for the
 * demonstration) and its default social image, shared for every story without a picture of its own: a
 * front page drawn here in SVG (no text: the network shows the title beside it), processed as an upload.
 */
export const DEMO_LEGAL = {
  publisher: [
    'Dakarinfo Démo SAS (société fictive, pour la démonstration), au capital de 10\u00a0000\u00a0€',
    '8 rue de la Démonstration, 75011 Paris',
    'Contact\u00a0: redaction@dakarinfo.example',
  ].join('\n'),
  director: 'Clémence Arnaud, directrice de la publication (personne fictive)',
  host: ['Hébergement de démonstration', 'Installation locale du projet Dakarinfo'].join('\n'),
};

export const DEMO_SOCIAL_ALT = 'Une une de journal stylisée\u00a0: colonnes de texte, un filet rouge et une grande photo en tête.';

/** 1200 × 630, the size networks show best. */
export function demoSocialImageSvg(): string {
  const W = 1200;
  const H = 630;
  const lines = (x: number, y: number, count: number, width: number) =>
    Array.from(
      { length: count },
      (_, i) => `<rect x="${x}" y="${y + i * 22}" width="${i % 5 === 4 ? width * 0.6 : width}" height="9" rx="4" fill="#c9c3b8"/>`,
    ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
    <rect width="${W}" height="${H}" fill="#16181d"/>
    <rect x="90" y="40" width="1020" height="560" fill="#f7f4ee"/>
    <rect x="130" y="78" width="940" height="46" fill="#16181d"/>
    <rect x="130" y="136" width="940" height="6" fill="#9f1820"/>
    <rect x="130" y="166" width="560" height="260" fill="#3a6ea5"/>
    <circle cx="600" cy="230" r="36" fill="#f5c542"/>
    <polygon points="130,426 300,300 420,380 520,320 690,426" fill="#1f5130"/>
    ${lines(130, 450, 6, 560)}
    ${lines(720, 166, 19, 350)}
  </svg>`;
}
