/**
 * Pictures for a few demo stories: flat illustrations drawn here in SVG (no photo is copied from
 * anywhere), turned into stored pictures by the same processing as an upload (lib/media). Each says
 * what it shows (alt), with a caption and a credit, as a picture editor would fill them in.
 */

export type TDemoIllustration = { alt: string; caption: string; credit: string; svg: string };

const W = 1600;
const H = 900;
const CREDIT = 'Illustration\u00a0: Dakarinfo';

const svg = (defs: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;

const sky = (id: string, top: string, bottom: string) =>
  `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`;

function repeat(count: number, draw: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => draw(i)).join('');
}

/** A town hall at night, every window lit. */
function townHallAtNight(): string {
  const windows = repeat(5, (row) =>
    repeat(
      9,
      (col) =>
        `<rect x="${520 + col * 64}" y="${400 + row * 70}" width="34" height="44" fill="${(row * 9 + col) % 7 === 0 ? '#6b5a2c' : '#f5c542'}"/>`,
    ),
  );
  const stars = repeat(40, (i) => `<circle cx="${(i * 397) % W}" cy="${(i * 173) % 330}" r="${1.5 + (i % 3)}" fill="#fff" opacity="0.7"/>`);
  return svg(
    sky('s', '#0b1b3a', '#27466e'),
    `<rect width="${W}" height="${H}" fill="url(#s)"/>${stars}<circle cx="1320" cy="150" r="70" fill="#f3efd8"/>
     <rect x="470" y="330" width="660" height="470" fill="#1c2433"/><polygon points="440,335 800,200 1160,335" fill="#232d40"/>
     <rect x="760" y="230" width="80" height="100" fill="#2b3852"/><circle cx="800" cy="275" r="30" fill="#f3efd8"/>
     <line x1="800" y1="275" x2="800" y2="252" stroke="#1c2433" stroke-width="5"/><line x1="800" y1="275" x2="815" y2="286" stroke="#1c2433" stroke-width="5"/>
     ${windows}<rect x="0" y="800" width="${W}" height="100" fill="#141a24"/><rect x="760" y="700" width="80" height="100" fill="#f5c542"/>`,
  );
}

/** A parliament's half circle of seats around the rostrum. */
function hemicycle(): string {
  const colours = ['#1f7a3a', '#e8b923', '#c8102e', '#3a6ea5', '#8a8f98'];
  const seats = repeat(7, (row) => {
    const radius = 260 + row * 70;
    const count = 14 + row * 4;
    return repeat(count + 1, (i) => {
      const angle = Math.PI + (Math.PI * i) / count;
      const x = 800 + radius * Math.cos(angle);
      const y = 820 + radius * Math.sin(angle);
      return `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="17" fill="${colours[Math.floor((i / (count + 1)) * colours.length)]}"/>`;
    });
  });
  return svg(
    sky('s', '#f4efe6', '#e6dccb'),
    `<rect width="${W}" height="${H}" fill="url(#s)"/>${seats}<rect x="700" y="700" width="200" height="120" fill="#6b4f3a"/><rect x="680" y="690" width="240" height="20" fill="#4a3628"/><rect x="0" y="820" width="${W}" height="80" fill="#cbbda6"/>`,
  );
}

/** Container cranes over a quay at sunrise. */
function port(): string {
  const boxes = ['#c8102e', '#1f5fa8', '#e8b923', '#2e8b57', '#d2691e', '#5b5f97'];
  const stacks = repeat(6, (col) =>
    repeat(
      1 + ((col * 5) % 4),
      (row) =>
        `<rect x="${140 + col * 130}" y="${640 - row * 52}" width="120" height="48" fill="${boxes[(col + row * 2) % boxes.length]}" stroke="#1d1d1d" stroke-width="2"/>`,
    ),
  );
  const crane = (x: number, h: number) =>
    `<g fill="none" stroke="#2b2b2b" stroke-width="12"><line x1="${x}" y1="690" x2="${x}" y2="${690 - h}"/><line x1="${x + 90}" y1="690" x2="${x + 90}" y2="${690 - h}"/><line x1="${x - 160}" y1="${690 - h}" x2="${x + 320}" y2="${690 - h}"/><line x1="${x}" y1="${690 - h + 60}" x2="${x + 90}" y2="${690 - h}"/></g><rect x="${x + 180}" y="${690 - h + 10}" width="40" height="50" fill="#2b2b2b"/>`;
  return svg(
    sky('s', '#f7b267', '#fde4c3') + sky('m', '#2f6f9f', '#1a4466'),
    `<rect width="${W}" height="${H}" fill="url(#s)"/><circle cx="1250" cy="560" r="120" fill="#fbd38d"/>${crane(1000, 420)}${crane(1330, 360)}<rect x="0" y="690" width="${W}" height="40" fill="#555"/><rect x="0" y="730" width="${W}" height="170" fill="url(#m)"/>${stacks}
     <path d="M1100 800 h380 l-40 50 h-300 z" fill="#8b2e2e"/><rect x="1180" y="760" width="120" height="40" fill="#f0f0f0"/>`,
  );
}

/** Waves and coral-like shapes in an exhibition's frames. */
function oceanMemories(): string {
  const waves = repeat(
    9,
    (i) =>
      `<path d="M0 ${260 + i * 70} Q 200 ${200 + i * 70} 400 ${260 + i * 70} T 800 ${260 + i * 70} T 1200 ${260 + i * 70} T 1600 ${260 + i * 70}" fill="none" stroke="${i % 2 ? '#2a9d8f' : '#264653'}" stroke-width="${10 + (i % 3) * 6}" opacity="0.85"/>`,
  );
  const coral = repeat(
    7,
    (i) =>
      `<circle cx="${200 + i * 200}" cy="${780 - (i % 3) * 40}" r="${40 + (i % 4) * 14}" fill="${['#e76f51', '#f4a261', '#e9c46a'][i % 3]}" opacity="0.9"/>`,
  );
  return svg(
    '',
    `<rect width="${W}" height="${H}" fill="#f1ede4"/>${waves}${coral}<rect x="60" y="60" width="${W - 120}" height="${H - 120}" fill="none" stroke="#1d1d1d" stroke-width="16"/>`,
  );
}

/** Runners on a coastal road, the finish banner ahead. */
function marathon(): string {
  const runner = (x: number, colour: string, s: number) =>
    `<g transform="translate(${x} ${640 - 40 * s}) scale(${s})" stroke="${colour}" stroke-width="14" stroke-linecap="round" fill="none"><circle cx="0" cy="-150" r="22" fill="${colour}" stroke="none"/><line x1="0" y1="-125" x2="-10" y2="-40"/><line x1="-10" y1="-40" x2="-50" y2="30"/><line x1="-10" y1="-40" x2="35" y2="20"/><line x1="35" y1="20" x2="25" y2="70"/><line x1="-5" y1="-110" x2="-55" y2="-70"/><line x1="-5" y1="-110" x2="45" y2="-85"/></g>`;
  return svg(
    sky('s', '#8ecae6', '#e0f4ff'),
    `<rect width="${W}" height="${H}" fill="url(#s)"/><rect x="0" y="520" width="${W}" height="60" fill="#219ebc"/><polygon points="0,900 1600,900 1000,560 600,560" fill="#6c757d"/><polygon points="795,900 805,900 802,560 798,560" fill="#fff"/>
     <rect x="560" y="330" width="480" height="70" fill="#c8102e"/><rect x="560" y="330" width="14" height="240" fill="#333"/><rect x="1026" y="330" width="14" height="240" fill="#333"/>
     ${runner(520, '#1f7a3a', 1.1)}${runner(760, '#e8b923', 1.3)}${runner(1080, '#3a6ea5', 1.05)}`,
  );
}

/** Painted fishing canoes (pirogues) on the sea at sunset. */
function pirogues(): string {
  const boat = (x: number, y: number, a: string, b: string) =>
    `<g transform="translate(${x} ${y})"><path d="M-230 0 Q 0 70 230 0 L 260 -40 Q 0 20 -260 -40 Z" fill="${a}"/><path d="M-240 -20 Q 0 40 240 -20" fill="none" stroke="${b}" stroke-width="12"/><path d="M-200 -5 Q 0 50 200 -5" fill="none" stroke="#fff" stroke-width="6"/></g>`;
  return svg(
    sky('s', '#f28482', '#f6bd60') + sky('m', '#3d5a80', '#293241'),
    `<rect width="${W}" height="${H}" fill="url(#s)"/><circle cx="800" cy="470" r="150" fill="#ffd166"/><rect x="0" y="470" width="${W}" height="430" fill="url(#m)"/>
     ${repeat(8, (i) => `<rect x="${500 + i * 30}" y="${500 + i * 22}" width="${600 - i * 60}" height="6" fill="#ffd166" opacity="${0.6 - i * 0.06}"/>`)}
     ${boat(360, 640, '#1f7a3a', '#e8b923')}${boat(1180, 700, '#c8102e', '#3a86ff')}${boat(820, 800, '#3a86ff', '#e8b923')}`,
  );
}

/** A small satellite above the curve of the Earth and its fields. */
function nanosatellite(): string {
  const stars = repeat(60, (i) => `<circle cx="${(i * 263) % W}" cy="${(i * 149) % 560}" r="${1 + (i % 3)}" fill="#fff" opacity="0.8"/>`);
  const fields = repeat(
    12,
    (i) =>
      `<path d="M${-200 + i * 170} 900 L ${80 + i * 130} 700" stroke="${i % 2 ? '#6a994e' : '#a7c957'}" stroke-width="90" opacity="0.9"/>`,
  );
  return svg(
    sky('s', '#03071e', '#14213d'),
    `<rect width="${W}" height="${H}" fill="url(#s)"/>${stars}<clipPath id="earth"><circle cx="800" cy="2300" r="1650"/></clipPath><circle cx="800" cy="2300" r="1660" fill="#4cc9f0" opacity="0.5"/><g clip-path="url(#earth)"><rect width="${W}" height="${H}" fill="#386641"/>${fields}</g>
     <g transform="translate(800 330) rotate(-12)"><rect x="-60" y="-60" width="120" height="120" fill="#d9d9d9" stroke="#8d99ae" stroke-width="6"/><rect x="-330" y="-40" width="250" height="80" fill="#1d3557" stroke="#a8dadc" stroke-width="4"/><rect x="80" y="-40" width="250" height="80" fill="#1d3557" stroke="#a8dadc" stroke-width="4"/><line x1="0" y1="-60" x2="0" y2="-130" stroke="#d9d9d9" stroke-width="6"/></g>`,
  );
}

/** Story key → its picture. */
export const demoIllustrations: Record<string, () => TDemoIllustration> = {
  'pe-budget-municipal-vote': () => ({
    alt: 'Dessin d’un hôtel de ville la nuit, toutes ses fenêtres éclairées, sous un ciel étoilé.',
    caption: 'Les élus ont siégé jusqu’au petit matin.',
    credit: CREDIT,
    svg: townHallAtNight(),
  }),
  'pe-loi-emploi-jeunes': () => ({
    alt: 'Dessin d’un hémicycle vu de face\u00a0: des rangées de sièges colorés en demi-cercle autour de la tribune.',
    caption: 'Le texte doit être examiné en séance plénière.',
    credit: CREDIT,
    svg: hemicycle(),
  }),
  'pe-port-dakar-extension': () => ({
    alt: 'Dessin de deux portiques à conteneurs sur un quai au lever du soleil, devant des piles de conteneurs colorés.',
    caption: 'Le futur terminal doit doubler la capacité de stockage des quais.',
    credit: CREDIT,
    svg: port(),
  }),
  'cs-biennale-dakar-ouverture': () => ({
    alt: 'Composition abstraite de vagues bleues et de formes rondes couleur corail, encadrée comme une œuvre exposée.',
    caption: 'L’océan traverse la plupart des œuvres de cette édition.',
    credit: CREDIT,
    svg: oceanMemories(),
  }),
  'cs-marathon-dakar-resultats': () => ({
    alt: 'Dessin de trois coureurs sur une route côtière, face à la banderole d’arrivée.',
    caption: 'Les derniers kilomètres longent la corniche.',
    credit: CREDIT,
    svg: marathon(),
  }),
  'ms-sommet-peche-nouakchott': () => ({
    alt: 'Dessin de trois pirogues peintes en vert, rouge et bleu sur la mer, au coucher du soleil.',
    caption: 'Le registre commun doit recenser chaque pirogue des sept pays.',
    credit: CREDIT,
    svg: pirogues(),
  }),
  'ms-satellite-baobab': () => ({
    alt: 'Dessin d’un petit satellite cubique aux panneaux solaires déployés, au-dessus de la courbe de la Terre et de ses champs.',
    caption: 'Baobab-2 doit photographier les parcelles agricoles chaque semaine.',
    credit: CREDIT,
    svg: nanosatellite(),
  }),
};
