import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../lib/ops/migrate';
import type { TArticleDraft } from '../../lib/validation/article';
import { createRubrique, createUser } from '../support/factories';
import { withScratchDatabase } from '../support/scratch-db';

const { prisma } = withScratchDatabase();

describe('nothing is ever half-written', () => {
  it('a publish that fails half-way (the audit entry cannot be written) leaves the story as it was', async () => {
    const { createArticle, saveArticle } = await import('../../lib/data/save-article');
    const rubrique = await createRubrique(prisma());
    const editor = await createUser(prisma(), { role: 'EDITOR' });
    const draft: TArticleDraft = {
      title: 'Panne au milieu',
      chapo: 'Un chapô.',
      body: 'Un texte assez long pour être publié.',
      rubriqueId: rubrique.id,
      slug: '',
      placement: 'NONE',
      related: [],
      relatedInline: false,
      imageId: null,
      imageAlt: '',
      imageCaption: '',
      imageCredit: '',
    };
    const created = await createArticle(editor, draft);

    // Fault injection: the last write of the transaction fails.
    await prisma().$executeRawUnsafe(`CREATE FUNCTION refuse_publish_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.action = 'article.publish' THEN RAISE EXCEPTION 'panne simulée'; END IF; RETURN NEW; END $$`);
    await prisma().$executeRawUnsafe(
      'CREATE TRIGGER refuse_publish_audit BEFORE INSERT ON "AuditLog" FOR EACH ROW EXECUTE FUNCTION refuse_publish_audit()',
    );
    try {
      await expect(
        saveArticle(editor, created.id, 1, { ...draft, body: 'Texte modifié au moment de publier.', related: [] }, 'publish'),
      ).rejects.toThrow(/panne simulée/);
    } finally {
      await prisma().$executeRawUnsafe('DROP TRIGGER refuse_publish_audit ON "AuditLog"');
      await prisma().$executeRawUnsafe('DROP FUNCTION refuse_publish_audit()');
    }
    const row = await prisma().article.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ status: 'DRAFT', version: 1, publishedAt: null, body: 'Un texte assez long pour être publié.' });
    expect(await prisma().revision.count({ where: { articleId: created.id } })).toBe(1);
    expect(await prisma().auditLog.count({ where: { action: 'article.publish', targetId: created.id } })).toBe(0);
  });

  it('a failed migration leaves the database as it was, and the good ones run once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dakarinfo-migrations-'));
    const write = (name: string, sql: string) => {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, 'migration.sql'), sql);
    };
    write('20990101000000_ok', 'CREATE TABLE essai_ok (id int);');
    write('20990102000000_casse', 'CREATE TABLE essai_casse (id int); INSERT INTO essai_ok VALUES (1); SELECT 1/0;');
    const url = process.env.DATABASE_URL as string;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('DELETE FROM "_prisma_migrations" WHERE migration_name LIKE \'2099%\'');
      await expect(migrate(url, { dir })).rejects.toThrow(/20990102000000_casse a échoué ; la base est restée telle qu’elle était/);
      expect((await client.query("SELECT to_regclass('essai_casse') AS t")).rows[0].t).toBeNull();
      expect((await client.query('SELECT count(*)::int AS n FROM essai_ok')).rows[0].n).toBe(0);
      const applied = (await client.query('SELECT migration_name FROM "_prisma_migrations" WHERE migration_name LIKE \'2099%\'')).rows.map(
        (r) => r.migration_name,
      );
      expect(applied).toEqual(['20990101000000_ok']);
      // Fixed, it runs; run again, nothing happens.
      writeFileSync(path.join(dir, '20990102000000_casse', 'migration.sql'), 'CREATE TABLE essai_casse (id int);');
      expect((await migrate(url, { dir })).applied).toEqual(['20990102000000_casse']);
      expect((await migrate(url, { dir })).applied).toEqual([]);
    } finally {
      await client.end();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
