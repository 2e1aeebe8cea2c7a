/**
 * The benchmark's newsrooms: `bench_1k` (1,000 stories) and `bench_1m` (1,000,000), each the demo
 * newsroom (prisma/seed.ts) plus generated stories written by PostgreSQL itself
 * (INSERT … SELECT … FROM generate_series): spread over the demo rubriques and authors, one story
 * every few minutes over ten years, French-looking titles and short bodies (a few hundred
 * characters, because the generated tsvector column is computed for every row).
 *
 * For speed the secondary indexes of "Article" are dropped during the insert and rebuilt after it
 * (exactly their definitions from pg_indexes), foreign-key triggers are skipped (the ids are taken
 * from the tables they point to), and two connections insert halves in parallel. A `bench_seed`
 * table written last marks a complete seed: the million-story database is kept between runs.
 */
import pg from 'pg';
import { recreateDatabase, databaseUrl } from '../../lib/ops/test-database';
import { migrate } from '../../lib/ops/migrate';
import { createPrismaClient } from '../../lib/prisma-client';
import { seedDemoNewsroom } from '../../prisma/seed';

/** Bump when the generator changes: a kept database from another version is seeded again. */
export const SEED_VERSION = 'bench-seed-3';
/** Generated stories are older than every demo story (the oldest is about 27 days old). */
const NEWEST_GENERATED_DAYS_AGO = 30;
const SPAN_YEARS = 10;

export type TSeedResult = { name: string; url: string; stories: number; reused: boolean; seconds: number; steps: string[] };

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const arr = (items: string[]) => `ARRAY[${items.map(q).join(', ')}]::text[]`;

const SUJETS = [
  'Le gouvernement',
  'La mairie de Dakar',
  'Le conseil régional de Thiès',
  'L’Assemblée nationale',
  'Le ministère de la Santé',
  'La fédération de football',
  'Une coopérative de pêcheurs',
  'Le syndicat des enseignants',
  'La banque centrale',
  'Un collectif d’habitants',
  'Le port autonome',
  'L’université Cheikh-Anta-Diop',
  'La compagnie ferroviaire',
  'Une jeune pousse de Saint-Louis',
  'Le musée des civilisations noires',
  'La préfecture de Kaolack',
  'Les producteurs d’arachide',
  'Le Sénat',
  'La commission électorale',
  'Une association de quartier',
  'Le club de basket de Rufisque',
  'L’agence de l’eau',
  'Le festival de jazz',
];
const VERBES = [
  'annonce',
  'présente',
  'lance',
  'suspend',
  'défend',
  'conteste',
  'adopte',
  'prépare',
  'reporte',
  'dévoile',
  'finance',
  'révise',
  'signe',
  'critique',
  'inaugure',
  'relance',
  'abandonne',
  'propose',
  'réclame',
];
const OBJETS = [
  'un plan contre la sécheresse',
  'la réforme des retraites',
  'un budget rectificatif',
  'un nouveau calendrier électoral',
  'un programme de logements sociaux',
  'la rénovation du marché central',
  'un fonds pour les jeunes entrepreneurs',
  'une campagne de vaccination',
  'la modernisation des pirogues',
  'un accord sur le prix du riz',
  'la ligne de bus rapide',
  'un festival de musique',
  'la saison de lutte',
  'un projet de centrale solaire',
  'une loi sur le littoral',
  'le recrutement de médecins',
  'la gratuité des cantines',
  'un observatoire du climat',
  'la réhabilitation des écoles',
  'un corridor céréalier',
  'le dessalement de l’eau de mer',
  'une enquête sur les loyers',
  'le tournoi régional de football',
  'la numérisation de l’état civil',
  'un moratoire sur la pêche',
  'la protection des mangroves',
  'un partenariat avec l’Union européenne',
  'la hausse du prix du carburant',
  'une exposition consacrée à la mémoire',
];
const LIEUX = [
  'à Dakar',
  'à Thiès',
  'à Saint-Louis',
  'à Ziguinchor',
  'à Kaolack',
  'à Touba',
  'à Mbour',
  'à Louga',
  'à Tambacounda',
  'à Kolda',
  'à Rufisque',
  'à Matam',
  'à Kédougou',
  'à Fatick',
  'à Diourbel',
  'à Sédhiou',
  'à Kaffrine',
];
const CHAPOS = [
  'Attendu depuis des mois, le projet suscite des réactions contrastées parmi les élus comme parmi les habitants, qui réclament des garanties.',
  'La décision, prise après plusieurs semaines de consultations, doit entrer en vigueur avant la fin de l’année, selon le calendrier annoncé.',
  'Les partisans y voient une réponse aux difficultés du quotidien ; les opposants dénoncent un texte préparé dans la précipitation.',
  'Chiffres à l’appui, les responsables ont détaillé un dispositif qui devra encore convaincre les financeurs et les usagers.',
  'Sur le terrain, les premiers concernés disent attendre des actes plus que des annonces, après plusieurs promesses restées sans suite.',
  'Le texte a été adopté dans la nuit, au terme d’un débat tendu où chaque camp a défendu sa vision des priorités.',
  'Une enquête de notre rédaction montre que les besoins dépassent largement les moyens mobilisés pour l’instant.',
  'Les experts consultés saluent une avancée, tout en soulignant les incertitudes qui pèsent sur le financement à long terme.',
  'La mesure concerne plusieurs milliers de familles et pourrait servir de modèle à d’autres régions du pays.',
  'Au-delà des annonces, la question du suivi reste entière : qui contrôlera la bonne exécution des engagements pris ?',
  'Réunis en assemblée, les représentants des usagers ont obtenu plusieurs modifications du projet initial.',
  'Les premiers résultats sont encourageants, mais les responsables appellent à la prudence avant toute généralisation.',
  'Le dossier, longtemps resté en suspens, revient au premier plan à l’approche de la saison des pluies.',
];
const PHRASES = [
  'Les discussions se sont prolongées tard dans la soirée, en présence de nombreux habitants venus suivre les débats.',
  'Selon les chiffres communiqués, l’enveloppe prévue atteindrait plusieurs milliards de francs CFA sur trois ans.',
  'Les représentants de l’opposition ont demandé la publication intégrale des documents préparatoires.',
  'Plusieurs associations ont salué une décision qu’elles réclamaient depuis longtemps, tout en restant vigilantes.',
  'Le calendrier prévoit une première phase dès le mois prochain, puis une évaluation au bout d’un an.',
  'Interrogés par notre rédaction, des commerçants du quartier disent attendre de voir les premiers effets concrets.',
  'Le ministre a promis un suivi régulier et la publication d’un rapport d’étape avant la fin de l’année.',
  'Les syndicats jugent les moyens insuffisants et n’excluent pas un mouvement de protestation.',
  'Dans les villages alentour, la question de l’accès à l’eau reste la première préoccupation des familles.',
  'Un comité de pilotage réunissant élus, techniciens et usagers doit se réunir chaque trimestre.',
  'La sécheresse des dernières saisons a rendu la situation plus urgente encore pour les agriculteurs de la région.',
  'Les bailleurs internationaux ont fait savoir qu’ils attendaient des garanties sur la transparence des dépenses.',
  'Le projet s’inspire d’expériences menées dans d’autres pays d’Afrique de l’Ouest, avec des résultats contrastés.',
  'Des réunions publiques seront organisées dans chaque commune pour présenter le dispositif et recueillir les avis.',
  'Les jeunes, nombreux dans l’assistance, ont surtout posé des questions sur l’emploi et la formation.',
  'Les travaux devraient mobiliser plusieurs centaines d’ouvriers, recrutés en priorité parmi les habitants.',
  'La Cour des comptes avait pointé, dans un rapport récent, des retards importants dans des projets comparables.',
  'Les femmes transformatrices de produits de la mer réclament d’être associées aux décisions qui les concernent.',
  'Une partie du financement proviendra d’un prêt à taux bonifié, dont les conditions n’ont pas été rendues publiques.',
  'Le préfet a appelé au calme et au dialogue après plusieurs jours de tensions dans la commune.',
  'Les enseignants espèrent que la mesure permettra enfin de réduire le nombre d’élèves par classe.',
  'Les médecins de l’hôpital régional décrivent des services saturés et un matériel vieillissant.',
  'Sur les réseaux sociaux, l’annonce a suscité de nombreuses réactions, souvent sceptiques.',
  'Les pêcheurs artisanaux dénoncent la concurrence des navires industriels au large des côtes.',
  'Le directeur du projet assure que les premiers bénéficiaires seront connus avant la fin du trimestre.',
  'La chambre de commerce estime que plusieurs centaines d’emplois pourraient être créés dans la région.',
  'Les habitants du quartier inondé l’an dernier demandent en priorité le curage des canaux.',
  'Le texte doit encore être examiné en commission avant un vote définitif prévu le mois prochain.',
  'Les chercheurs rappellent que la montée du niveau de la mer menace déjà plusieurs localités du littoral.',
  'Un premier bilan sera présenté lors de la prochaine session du conseil, selon l’adjoint chargé du dossier.',
  'Les organisateurs espèrent attirer un public plus nombreux que lors de l’édition précédente.',
];

/** INSERT of generated stories `from`..`to` (1-based), `count` in all. */
function insertSql(from: number, to: number, count: number): string {
  const spanSeconds = SPAN_YEARS * 365.25 * 86400;
  return `
    WITH w AS (
      SELECT ${arr(SUJETS)} AS sujets, ${arr(VERBES)} AS verbes, ${arr(OBJETS)} AS objets, ${arr(LIEUX)} AS lieux,
             ${arr(CHAPOS)} AS chapos, ${arr(PHRASES)} AS phrases,
             (SELECT array_agg(id ORDER BY position, id) FROM "Rubrique") AS rubriques,
             (SELECT array_agg(id ORDER BY "createdAt", id) FROM "User" WHERE email LIKE '%@dakarinfo.test' AND email NOT LIKE 'bench.%') AS auteurs
    ),
    g AS (
      SELECT g,
             now() - make_interval(days => ${NEWEST_GENERATED_DAYS_AGO}) - make_interval(secs => (g::float8 * ${spanSeconds} / ${count}) + ((g::bigint * 7919) % 1800)) AS at,
             w.sujets[1 + g % 23] || ' ' || w.verbes[1 + (g / 23) % 19] || ' ' || w.objets[1 + (g / 437) % 29] || ' ' || w.lieux[1 + (g * 7) % 17] AS title,
             w.chapos[1 + (g * 5) % 13] AS chapo,
             w.phrases[1 + g % 31] || ' ' || w.phrases[1 + (g * 3 + 7) % 31] || E'\\n\\n' || w.phrases[1 + (g * 11 + 3) % 31] || ' ' || w.phrases[1 + (g * 17 + 13) % 31] AS body,
             w.rubriques[1 + g % array_length(w.rubriques, 1)] AS rubrique_id,
             w.auteurs[1 + (g / 6) % array_length(w.auteurs, 1)] AS author_id
      FROM generate_series(${from}, ${to}) AS g, w
    )
    INSERT INTO "Article" (id, slug, title, chapo, body, status, placement, "rubriqueId", "authorId", "publishedAt", "createdAt", "updatedAt")
    SELECT 'gen' || lpad(g::text, 7, '0'),
           trim(both '-' from left(regexp_replace(lower(public.unaccent(title)), '[^a-z0-9]+', '-', 'g'), 70)) || '-' || g,
           title, chapo, body,
           (CASE WHEN g % 50 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ArticleStatus",
           (CASE WHEN g % 100 = 7 THEN 'TOP' ELSE 'NONE' END)::"Placement",
           rubrique_id, author_id,
           CASE WHEN g % 50 = 0 THEN NULL ELSE at END,
           at - interval '1 hour', at - interval '1 hour'
    FROM g`;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  return withClient(adminUrl, async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1);
}

/** A complete seed of this version with `stories` stories, or null. */
async function completeSeed(url: string, stories: number): Promise<{ seconds: number } | null> {
  return withClient(url, async (c) => {
    const marker = await c
      .query<{ version: string; stories: number; seconds: number }>(
        `SELECT version, stories, seconds FROM bench_seed WHERE version = $1 AND stories = $2`,
        [SEED_VERSION, stories],
      )
      .catch(() => null);
    if (!marker || marker.rowCount !== 1) return null;
    const count = await c.query<{ n: string }>('SELECT count(*) AS n FROM "Article"');
    return Number(count.rows[0].n) === stories ? { seconds: Number(marker.rows[0].seconds) } : null;
  });
}

async function generate(url: string, count: number, log: (m: string) => void): Promise<void> {
  if (count <= 0) return;
  const indexes = await withClient(url, async (c) => {
    const rows = await c.query<{ indexname: string; indexdef: string }>(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename = 'Article'
         AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
    );
    for (const row of rows.rows) await c.query(`DROP INDEX "${row.indexname}"`);
    return rows.rows;
  });
  log(`  ${indexes.length} index(es) of "Article" set aside during the insert.`);

  let started = Date.now();
  const parts = count >= 20_000 ? 2 : 1;
  const size = Math.ceil(count / parts);
  await Promise.all(
    Array.from({ length: parts }, (_, i) =>
      withClient(url, async (c) => {
        await c.query(`SET session_replication_role = replica`);
        await c.query(`SET synchronous_commit = off`);
        const from = i * size + 1;
        const to = Math.min(count, (i + 1) * size);
        await c.query(insertSql(from, to, count));
      }),
    ),
  );
  log(`  ${count.toLocaleString('en-US')} stories inserted in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

  started = Date.now();
  // The GIN index on searchVector is the longest: it gets a connection of its own.
  const gin = indexes.filter((i) => /USING gin/i.test(i.indexdef));
  const others = indexes.filter((i) => !/USING gin/i.test(i.indexdef));
  await Promise.all(
    [gin, others].map((group) =>
      withClient(url, async (c) => {
        await c.query(`SET maintenance_work_mem = '512MB'`);
        await c.query(`SET max_parallel_maintenance_workers = 0`);
        for (const index of group) await c.query(index.indexdef);
      }),
    ),
  );
  log(`  Indexes rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/** Creates (or keeps) database `name` with exactly `stories` stories. */
export async function seedBenchDatabase(
  adminUrl: string,
  name: string,
  stories: number,
  options: { reuse: boolean; log: (m: string) => void },
): Promise<TSeedResult> {
  const { log } = options;
  const steps: string[] = [];
  const url = databaseUrl(adminUrl, name);
  if (options.reuse && (await databaseExists(adminUrl, name))) {
    const kept = await completeSeed(url, stories);
    if (kept) {
      await migrate(url);
      return {
        name,
        url,
        stories,
        reused: true,
        seconds: kept.seconds,
        steps: [`kept from an earlier run (seeding it took ${kept.seconds.toFixed(0)} s)`],
      };
    }
  }
  const started = Date.now();
  if (stories >= 100_000)
    log(`Seeding ${stories.toLocaleString('en-US')} stories in ${name}: a few minutes; the database is kept for the next runs.`);
  await recreateDatabase(adminUrl, name);
  await migrate(url);
  const prisma = createPrismaClient(url, 2);
  try {
    await seedDemoNewsroom(prisma);
  } finally {
    await prisma.$disconnect();
  }
  const demo = await withClient(url, async (c) => Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM "Article"')).rows[0].n));
  steps.push(`demo newsroom: ${demo} stories`);
  await generate(url, stories - demo, (m) => {
    log(m);
    steps.push(m.trim());
  });
  const vacuumStarted = Date.now();
  await withClient(url, async (c) => {
    await c.query('VACUUM (ANALYZE)');
    const seconds = (Date.now() - started) / 1000;
    await c.query(
      'CREATE TABLE IF NOT EXISTS bench_seed (version text NOT NULL, stories integer NOT NULL, seconds double precision NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now())',
    );
    await c.query('DELETE FROM bench_seed');
    await c.query('INSERT INTO bench_seed (version, stories, seconds) VALUES ($1, $2, $3)', [SEED_VERSION, stories, seconds]);
  });
  steps.push(`VACUUM (ANALYZE): ${((Date.now() - vacuumStarted) / 1000).toFixed(1)} s`);
  return { name, url, stories, reused: false, seconds: (Date.now() - started) / 1000, steps };
}
