/**
 * The database for command-line tools: DATABASE_URL when set, else the embedded server on `.data/`
 * (started for the duration of the command, or reused if `npm start` is already running it).
 */
import path from 'node:path';
import { ensureDatabase, startEmbeddedPostgres, type TEmbeddedPostgres } from './embedded-postgres';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const DATA_DIR = path.resolve(PROJECT_ROOT, process.env.DAKARINFO_DATA_DIR ?? '.data');
export const EMBEDDED_DATABASE = 'dakarinfo';

export type TDatabaseTarget = { url: string; embedded: TEmbeddedPostgres | null };

export async function resolveDatabase(log: (m: string) => void = () => {}): Promise<TDatabaseTarget> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: DATA_DIR, log });
  const url = await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
  return { url, embedded };
}
