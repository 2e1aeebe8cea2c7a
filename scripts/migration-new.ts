/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the schema as it is
 * committed at HEAD (or nothing, for the first migration) to prisma/schema.prisma as it is now.
 * Uses Prisma's schema engine compiled to WebAssembly, because the native one cannot be downloaded
 * here; a datamodel-to-datamodel diff needs no database.
 *
 *   npm run migration:new -- add_search_column [--from REV]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith('--'));
const fromIndex = args.indexOf('--from');
const fromRev = fromIndex >= 0 ? args[fromIndex + 1] : 'HEAD';
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage : npm run migration:new -- nom_en_snake_case [--from REV]');
  process.exit(2);
}

const schemaPath = 'prisma/schema.prisma';
const current = readFileSync(schemaPath, 'utf8');
let previous: string | null = null;
try {
  previous = execFileSync('git', ['show', `${fromRev}:${schemaPath}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
} catch {
  previous = null;
}

// The package imports its .wasm as an ES module (a bundler feature Node lacks): instantiate it by hand.
const require = createRequire(import.meta.url);
const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
  './schema_engine_bg.js': engineBindings as unknown as WebAssembly.ModuleImports,
});
engineBindings.__wbg_set_wasm(instance.exports);
(instance.exports.__wbindgen_start as () => void)();
const { SchemaEngine } = engineBindings;

// The engine connects once at start-up, although a datamodel-to-datamodel diff reads nothing from it:
// any reachable PostgreSQL will do (DATABASE_URL, else the local server these machines run).
const adapter = bindMigrationAwareSqlAdapterFactory(
  new PrismaPg({ connectionString: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres' }),
);
const engine = await SchemaEngine.new({ datamodels: [[schemaPath, current]] }, () => {}, adapter);
const result = await engine.diff({
  from: previous ? { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: previous }] } : { tag: 'empty' },
  to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: current }] },
  script: true,
  exitCode: null,
  filters: { externalTables: [], externalEnums: [] },
});
const sql = result.stdout ?? '';
if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
  console.log('Aucune différence de schéma : aucune migration écrite.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join('prisma/migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
console.log(`Migration écrite : ${dir}/migration.sql (relisez-la ; ajoutez-y le SQL que Prisma ne sait pas exprimer).`);
