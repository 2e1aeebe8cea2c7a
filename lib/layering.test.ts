import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering rule of eslint.config.mjs (`boundaries/dependencies`), run through ESLint's Node API on
 * one-line files that are never written to disk: if the rule stops resolving imports (a plugin update,
 * a renamed folder, a resolver dropped by eslint-config-next), these cases fail instead of `npm test`
 * passing on a rule that checks nothing.
 */
const root = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: root });

async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

const forbidden: [string, string][] = [
  ['lib/server/fixture.ts', "import { db } from '../db';"],
  ['lib/server/fixture.ts', "import { db } from '@/lib/db';"],
  ['lib/server/fixture.ts', "export { db } from '../db';"],
  ['lib/server/fixture.ts', "export const load = () => import('../db');"],
  ['lib/auth/fixture.ts', "import { createPrismaClient } from '../prisma-client';"],
  ['lib/cache/fixture.ts', "import { Prisma } from '../generated/prisma/client';"],
  ['app/admin/fixture.tsx', "import { readDb } from '@/lib/db';"],
  ['proxy.ts', "import { db } from './lib/db';"],
  ['lib/render/fixture.tsx', "import { Prisma } from '@/lib/generated/prisma/client';"],
  ['components/admin/fixture.tsx', "import { db } from '../../lib/db';"],
  ['lib/seo/fixture.ts', "import RootLayout from '../../app/layout';"],
  ['lib/server/fixture.ts', "import RootLayout from '@/app/layout';"],
  ['components/site/fixture.tsx', "import RootLayout from '@/app/layout';"],
  ['components/admin/fixture.tsx', "import { queryRubriques } from '@/lib/data/query-rubriques';"],
  ['components/site/fixture.tsx', "import { queryRubriques } from '../../lib/data/query-rubriques';"],
  ['lib/data/fixture.ts', "import { saveArticleAction } from '../actions/article-actions';"],
  ['lib/data/fixture.ts', "import { SiteHeader } from '@/components/site/SiteHeader';"],
  ['lib/data/fixture.ts', "import RootLayout from '@/app/layout';"],
  ['lib/actions/fixture.ts', "import RootLayout from '../../app/layout';"],
  ['lib/actions/fixture.ts', "import { SiteHeader } from '@/components/site/SiteHeader';"],
];

const allowed: [string, string][] = [
  ['lib/data/fixture.ts', "import { db } from '../db';"],
  ['lib/ops/fixture.ts', "import { createPrismaClient } from '../prisma-client';"],
  ['lib/data/fixture.ts', "import { Prisma } from '../generated/prisma/client';"],
  ['scripts/fixture.ts', "import { createPrismaClient } from '../lib/prisma-client';"],
  ['tests/int/fixture.ts', "import { db } from '../../lib/db';"],
  ['components/admin/fixture.tsx', "import { Role } from '@/lib/generated/prisma/enums';"],
  ['lib/auth/fixture.ts', "import type { Prisma } from '../generated/prisma/client';"],
  ['components/site/fixture.tsx', "import type { TRubrique } from '@/lib/data/query-rubriques';"],
  ['components/admin/fixture.tsx', "import { saveArticleAction } from '@/lib/actions/article-actions';"],
  ['lib/server/fixture.ts', "import { getHomepage } from '../data/get-homepage';"],
  ['app/admin/fixture.tsx', "import { getHomepage } from '@/lib/data/get-homepage';"],
];

describe('the layering rule', { timeout: 60_000 }, () => {
  it.each(forbidden)('refuses, in %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toHaveLength(1);
  });

  it.each(allowed)('accepts, in %s: %s', async (file, code) => {
    expect(await layeringErrors(file, code)).toEqual([]);
  });

  // lib/readers/ is a pages layer: the data layer, actions and components may not import it.
  const readers = path.join(root, 'lib', 'readers');
  const reader = existsSync(readers) ? readdirSync(readers).find((f) => /\.tsx?$/.test(f) && !f.includes('.test.')) : undefined;
  it.skipIf(!reader)('refuses lib/readers in lib/data, lib/actions and components', async () => {
    const source = `@/lib/readers/${reader?.replace(/\.tsx?$/, '')}`;
    for (const file of ['lib/data/fixture.ts', 'lib/actions/fixture.ts', 'components/site/fixture.tsx']) {
      expect(await layeringErrors(file, `import * as readers from '${source}';`)).toHaveLength(1);
    }
  });
});
