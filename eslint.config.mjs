import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['.next*/**', '.data/**', 'lib/generated/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts']),
  {
    rules: {
      // Only lib/data may touch the Prisma client (scripts build their own through lib/prisma-client).
      'no-restricted-imports': ['error', { paths: [{ name: '@/lib/db', message: 'Passez par lib/data.' }] }],
    },
  },
  {
    // Readers' pages leave the server without any script (lib/readers): next/link's client
    // navigation would never run there, so their links are plain links and no client component is rendered.
    files: ['lib/readers/**', 'components/site/**', 'components/article/**'],
    rules: { '@next/next/no-html-link-for-pages': 'off' },
  },
]);
