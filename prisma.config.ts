import { defineConfig } from 'prisma/config';

// No env('DATABASE_URL') here: it throws when the variable is unset, which would break `postinstall`.
// Migrations are applied by scripts/migrate.ts (the CLI's native engine cannot be downloaded here).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/unused' },
});
