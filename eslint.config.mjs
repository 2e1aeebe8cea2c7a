import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import boundaries from 'eslint-plugin-boundaries';

/**
 * The layers (docs/ARCHITECTURE.md, « Folder by folder »). A file belongs to the first element whose
 * pattern matches its path from the project root (partialMatch: false). Imports are resolved to files by
 * eslint-config-next's resolvers (node and typescript, so `@/…` and `../…` lead to the same file):
 * the policies below judge the file imported, never the text of the import.
 */
const layers = [
  { type: 'prisma-client', pattern: 'lib/generated' },
  { type: 'data', pattern: 'lib/data' },
  { type: 'actions', pattern: 'lib/actions' },
  // The readers' page renderer: a pages layer, like app/.
  { type: 'readers', pattern: 'lib/readers' },
  // The Node HTTP layer: anything in lib/ but app/ (and so not the database client either).
  { type: 'server', pattern: 'lib/server' },
  // Start, migrations, backups, test databases: tooling that builds its own client.
  { type: 'ops', pattern: 'lib/ops' },
  { type: 'lib', pattern: 'lib' },
  { type: 'app', pattern: 'app' },
  { type: 'components', pattern: 'components' },
  { type: 'tests', pattern: ['tests', 'e2e'] },
  { type: 'tooling', pattern: ['scripts', 'prisma'] },
].map((layer) => ({ ...layer, partialMatch: false }));

const anyLayer = layers.map((layer) => layer.type);
const except = (...types) => anyLayer.filter((type) => !types.includes(type));
/** The database client: the app's pool and the factory that tooling uses for its own clients. */
const DB_FILES = ['lib/db.ts', 'lib/prisma-client.ts'];
/** Prisma's enums are plain constants that forms and permissions use: not the client. */
const PRISMA_ENUMS = 'lib/generated/prisma/enums.ts';

const layering = [
  {
    // Exceptions: ops, tooling and tests build their own client (migrations, seed, backups, scratch
    // databases) through lib/prisma-client.ts, and lib/db.ts itself is built on it.
    from: [
      { element: { type: except('data', 'ops', 'tooling', 'tests') }, file: { path: '!lib/db.ts' } },
      { file: { categories: 'root' } },
    ],
    disallow: { to: { file: { path: DB_FILES } } },
    message: 'Seuls lib/data (et les outils\u00a0: lib/ops, scripts, prisma, tests) touchent au client de la base.',
  },
  {
    // Types of the generated client are allowed (they describe rows); its runtime (Prisma.sql,
    // Prisma.Decimal, errors) belongs to the data layer, and lib/prisma-client.ts builds the client.
    from: [
      { element: { type: except('data', 'ops', 'tooling', 'tests', 'prisma-client') }, file: { path: '!lib/prisma-client.ts' } },
      { file: { categories: 'root' } },
    ],
    disallow: { to: { element: { type: 'prisma-client' }, file: { path: `!${PRISMA_ENUMS}` } }, dependency: { kind: 'value' } },
    message: 'Le client Prisma généré ne s’importe qu’en lib/data (import type et enums permis partout).',
  },
  {
    from: { element: { type: except('app', 'tests', 'tooling') } },
    disallow: { to: { element: { type: 'app' } } },
    message: 'Rien sous lib/ ni components/ n’importe app/.',
  },
  {
    // Components reach the server through lib/actions; they may name the data layer's types.
    // Exception: lib/data/newsroom-errors.ts (an error class and its messages, no import at all):
    // components/admin/ArticleAccessDenied.tsx tells a refused story from a missing one by its class.
    from: { element: { type: 'components' } },
    disallow: { to: { element: { type: 'data' }, file: { path: '!lib/data/newsroom-errors.ts' } }, dependency: { kind: 'value' } },
    message: 'components/ n’importe de lib/data que des types (import type)\u202f; passer par lib/actions.',
  },
  {
    from: { element: { type: ['data', 'actions', 'components'] } },
    disallow: { to: { element: { type: ['readers'] } } },
    message: 'lib/readers est une couche de pages\u00a0: lib/data, lib/actions et components/ ne l’importent pas.',
  },
  {
    from: { element: { type: 'data' } },
    disallow: { to: { element: { type: ['actions', 'components'] } } },
    message: 'lib/data n’importe ni lib/actions ni components/.',
  },
  {
    from: { element: { type: 'actions' } },
    disallow: { to: { element: { type: 'components' } } },
    message: 'lib/actions n’importe pas components/.',
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    '.next*/**',
    '.data/**',
    'lib/generated/**',
    'node_modules/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
  ]),
  {
    plugins: { boundaries },
    settings: {
      'boundaries/elements': layers,
      // Files at the project's root (proxy.ts, server.ts, config files) belong to no layer: this
      // category lets the database policies reach them.
      'boundaries/files': [{ category: 'root', pattern: '*' }],
    },
    rules: { 'boundaries/dependencies': ['error', { default: 'allow', checkInternals: true, policies: layering }] },
  },
  {
    // Readers' pages leave the server without any script (lib/readers): next/link's client
    // navigation would never run there, so their links are plain links and no client component is rendered.
    files: ['lib/readers/**', 'components/site/**', 'components/article/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
  // Last: turns off any rule about layout that would fight Prettier (none today; the guard is for later).
  prettier,
]);
