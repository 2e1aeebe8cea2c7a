import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { migrate } from '../../lib/ops/migrate';
import { startEmbeddedPostgres, startEmbeddedReplica, type TEmbeddedPostgres } from '../../lib/ops/embedded-postgres';
import { databaseUrl, recreateDatabase } from '../../lib/ops/test-database';
import { createPrismaClient } from '../../lib/prisma-client';
import { disconnectDatabases } from '../../lib/db';
import { readWritePosition } from '../../lib/read-replicas';
import { startInvalidationBus, type TInvalidationBus } from '../../lib/server/invalidation-bus';
import { PageCache } from '../../lib/server/page-cache';
import { createArticle, createRubrique, createUser } from '../support/factories';

/**
 * A real streaming replica (PostgreSQL's own replication, from the embedded binaries) behind
 * DATABASE_REPLICA_URLS: readers' pages read from it while it is up to date, and never from it while
 * it has not replayed a change already purged from the caches.
 */
const primaryDir = mkdtempSync(path.join(tmpdir(), 'dakarinfo-primaire-'));
const replicaDir = mkdtempSync(path.join(tmpdir(), 'dakarinfo-replique-'));
let primary: TEmbeddedPostgres;
let replica: TEmbeddedPostgres;
let prisma: PrismaClient;
let replicaUrl: string;
let bus: TInvalidationBus;
/** The instance's page cache, which the bus purges once the write's position is noted. */
const memory = new PageCache(1024 * 1024, 60_000);

async function onReplica<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: replicaUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`délai dépassé : ${what}`);
}

/** Where readDb() sent this read: true on the replica (in recovery), false on the primary. */
async function readsFromReplica(): Promise<boolean> {
  const { readDb } = await import('../../lib/db');
  const [row] = await (await readDb()).$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`;
  return row?.standby === true;
}

beforeAll(async () => {
  primary = await startEmbeddedPostgres({ dataDir: primaryDir });
  const url = await recreateDatabase(primary.adminUrl, 'dakarinfo_replique');
  await migrate(url);
  replica = await startEmbeddedReplica({ primary, primaryDataDir: primaryDir, dataDir: replicaDir });
  replicaUrl = databaseUrl(replica.adminUrl, 'dakarinfo_replique');
  await until(
    async () => (await onReplica<{ n: number }>('SELECT count(*)::int AS n FROM "_prisma_migrations"'))[0]!.n > 0,
    'la réplique a le schéma',
  );
  process.env.DATABASE_URL = url;
  process.env.DATABASE_REPLICA_URLS = replicaUrl;
  prisma = createPrismaClient(url, 2);
  // The bus as the server starts it with replicas: each purge first notes the primary's WAL position.
  const position = new pg.Pool({ connectionString: url, max: 1 });
  bus = await startInvalidationBus(memory, {
    writePosition: () => readWritePosition(position),
  });
  const close = bus.close;
  bus.close = async () => {
    await close();
    await position.end();
  };
}, 120_000);

afterAll(async () => {
  await Promise.all([disconnectDatabases(), prisma?.$disconnect(), bus?.close()]);
  delete process.env.DATABASE_REPLICA_URLS;
  await replica?.stop();
  await primary?.stop();
  rmSync(primaryDir, { recursive: true, force: true });
  rmSync(replicaDir, { recursive: true, force: true });
}, 60_000);

describe('read replicas (DATABASE_REPLICA_URLS) on a real streaming replica', () => {
  it('reads the public pages from the replica, which streams what the primary commits', async () => {
    const { getPublishedArticle } = await import('../../lib/data/get-published-article');
    const rubrique = await createRubrique(prisma);
    const author = await createUser(prisma);
    const story = await createArticle(prisma, { rubriqueId: rubrique.id, authorId: author.id });
    await until(
      async () => (await onReplica('SELECT 1 FROM "Article" WHERE id = $1', [story.id])).length === 1,
      'la réplique a reçu l’article',
    );
    expect(await readsFromReplica()).toBe(true);
    expect((await getPublishedArticle(story.slug))?.id).toBe(story.id);
  });

  it('never renders a purged page from a replica that has not replayed the change: the primary serves until it has', async () => {
    const { getPublishedArticle } = await import('../../lib/data/get-published-article');
    const { keyFor } = await import('../../lib/cache/keys');
    const rubrique = await createRubrique(prisma);
    const author = await createUser(prisma);
    const story = await createArticle(prisma, { rubriqueId: rubrique.id, authorId: author.id, title: 'Version avant correction' });
    await until(
      async () => (await onReplica('SELECT 1 FROM "Article" WHERE id = $1', [story.id])).length === 1,
      'la réplique a reçu l’article',
    );

    // The replica falls behind: it receives WAL but stops replaying it.
    await onReplica('SELECT pg_wal_replay_pause()');
    // The page is cached; the correction is saved, then purged as a server action does.
    const url = `/${rubrique.slug}/${story.slug}`;
    const cached = {
      status: 200,
      headers: {},
      body: Buffer.from('ancienne page'),
      gzip: null,
      etag: '"a"',
      keys: [keyFor.article(story.id)],
      storedAt: Date.now(),
    };
    expect(memory.set(url, cached, memory.generation)).toBe(true);
    await prisma.article.update({ where: { id: story.id }, data: { title: 'Version corrigée' } });
    bus.purge([keyFor.article(story.id)]);
    await until(async () => memory.get(url) === undefined, 'la page est purgée', 2_000);

    // The very first render after the purge reads the correction: from the primary, since the replica
    // still has the old title.
    expect((await getPublishedArticle(story.slug))?.title).toBe('Version corrigée');
    expect((await onReplica<{ title: string }>('SELECT title FROM "Article" WHERE id = $1', [story.id]))[0]?.title).toBe(
      'Version avant correction',
    );
    expect(await readsFromReplica()).toBe(false);

    // Once it has replayed the change, readers' pages go back to it.
    await onReplica('SELECT pg_wal_replay_resume()');
    await until(readsFromReplica, 'la réplique est de nouveau utilisée');
    expect((await getPublishedArticle(story.slug))?.title).toBe('Version corrigée');
  });

  it('reports each replica and how far behind it is, for /api/health', async () => {
    const { checkReplicas } = await import('../../lib/data/check-database');
    await until(async () => (await checkReplicas())[0]?.etat === 'à jour', 'la réplique est à jour');
    await onReplica('SELECT pg_wal_replay_pause()');
    await prisma.rubrique.create({ data: { name: 'Retard', slug: `retard-${Date.now()}` } });
    await until(async () => (await checkReplicas())[0]?.etat === 'en retard', 'la réplique est en retard');
    expect((await checkReplicas())[0]?.retardOctets).toBeGreaterThan(0);
    await onReplica('SELECT pg_wal_replay_resume()');
    await until(async () => (await checkReplicas())[0]?.etat === 'à jour', 'la réplique a rattrapé');
  });

  it('sends the reads to the primary within a second when the replica stops answering', async () => {
    const { getPublishedArticle } = await import('../../lib/data/get-published-article');
    const rubrique = await createRubrique(prisma);
    const author = await createUser(prisma);
    const story = await createArticle(prisma, { rubriqueId: rubrique.id, authorId: author.id });
    await until(readsFromReplica, 'la réplique est utilisée');
    await replica.stop();
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await getPublishedArticle(story.slug))?.id).toBe(story.id);
    expect(await readsFromReplica()).toBe(false);
    const { checkReplicas } = await import('../../lib/data/check-database');
    expect(await checkReplicas()).toEqual([{ etat: 'injoignable' }]);
  });
});
