/** `npm run db:seed`: create the demo newsroom on an empty database (DATABASE_URL or embedded). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DATA_DIR, resolveDatabase } from '../lib/ops/database-url';
import { migrate } from '../lib/ops/migrate';
import { createPrismaClient } from '../lib/prisma-client';
import { seedDemoNewsroom } from '../prisma/seed';

const { url, embedded } = await resolveDatabase((m) => console.log(`▸ ${m}`));
const prisma = createPrismaClient(url, 2);
try {
  await migrate(url);
  const { seeded, accounts } = await seedDemoNewsroom(prisma);
  if (!seeded) console.log('La base contient déjà des articles : rien à faire.');
  else {
    const lines = accounts.map((a) => `  ${a.role} : ${a.email} / ${a.password}`).join('\n');
    if (embedded) writeFileSync(path.join(DATA_DIR, 'demo-accounts.txt'), `Comptes de démonstration de Dakarinfo\n${lines}\n`, { mode: 0o600 });
    console.log(`✓ Rédaction de démonstration créée. Comptes :\n${lines}`);
  }
} finally {
  await prisma.$disconnect();
  if (embedded?.owned) await embedded.stop();
}
