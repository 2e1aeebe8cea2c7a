/**
 * `npm run user -- <commande>`: newsroom accounts from the command line, on DATABASE_URL or on the
 * embedded database (reused if `npm start` is running it). Exit code 0 on success, 1 on error,
 * 2 on a usage error. Passwords come from the PASSWORD environment variable, else from the
 * terminal (typed twice, not echoed), or are generated with --generate.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { generatePassword } from '../lib/auth/password';
import type { TPasswordOwner } from '../lib/auth/password-policy';
import type { PrismaClient } from '../lib/generated/prisma/client';
import { resolveDatabase, type TDatabaseTarget } from '../lib/ops/database-url';
import { migrate } from '../lib/ops/migrate';
import { resetTwoFactor } from '../lib/ops/two-factor-admin';
import {
  addUser,
  deactivateUser,
  listUsers,
  MESSAGES,
  parseEmail,
  parseName,
  parsePassword,
  parseRole,
  resetPassword,
  ROLES,
  setRole,
  UserAdminError,
} from '../lib/ops/user-admin';
import { createPrismaClient } from '../lib/prisma-client';

const USAGE = `Utilisation : npm run user -- <commande> [options]

Commandes :
  add --email E --name "Nom" --role R [--generate]   crée un compte
  list                                               liste les comptes
  set-role --email E --role R                        change le rôle d’un compte
  deactivate --email E                               désactive un compte
  reset-password --email E [--generate]              change le mot de passe d’un compte
  reset-2fa --email E                                désactive la double authentification d’un compte

Rôles : ${ROLES.join(', ')}.
Le mot de passe est lu dans la variable d’environnement PASSWORD, sinon demandé deux fois au
terminal ; avec --generate, il est créé et affiché. Il est provisoire : la personne choisit le sien
à sa connexion suivante. Toute modification met fin aux sessions ouvertes du compte (sauf la création).`;

class UsageError extends Error {}
class CliError extends Error {}

type TOptionName = 'email' | 'name' | 'role' | 'generate';
const COMMANDS: Record<string, { required: TOptionName[]; optional: TOptionName[] }> = {
  add: { required: ['email', 'name', 'role'], optional: ['generate'] },
  list: { required: [], optional: [] },
  'set-role': { required: ['email', 'role'], optional: [] },
  deactivate: { required: ['email'], optional: [] },
  'reset-password': { required: ['email'], optional: ['generate'] },
  'reset-2fa': { required: ['email'], optional: [] },
};

type TArgs = { command: string; email?: string; name?: string; role?: string; generate: boolean };

function parseCommandLine(argv: string[]): TArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        generate: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const detail =
      code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
        ? 'option inconnue.'
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
          ? 'une option attend une valeur (ou n’en prend pas).'
          : 'arguments invalides.';
    throw new UsageError(`Erreur : ${detail}`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') return 'help';
  const [command, ...rest] = positionals;
  if (!command) throw new UsageError('Erreur : indiquez une commande.');
  const spec = COMMANDS[command];
  if (!spec) throw new UsageError(`Erreur : commande inconnue « ${command} ».`);
  if (rest.length) throw new UsageError(`Erreur : argument inattendu « ${rest[0]} ».`);
  for (const option of spec.required) {
    if (values[option] === undefined) throw new UsageError(`Erreur : l’option --${option} est obligatoire pour « ${command} ».`);
  }
  for (const option of ['email', 'name', 'role', 'generate'] as const) {
    const given = option === 'generate' ? values.generate : values[option] !== undefined;
    if (given && !spec.required.includes(option) && !spec.optional.includes(option)) {
      throw new UsageError(`Erreur : l’option --${option} ne s’applique pas à « ${command} ».`);
    }
  }
  return { command, email: values.email, name: values.name, role: values.role, generate: values.generate };
}

/** One line typed on the terminal without echo. Ctrl-C or Ctrl-D cancels. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, encoding, callback) {
      if (!muted) process.stderr.write(chunk, encoding);
      callback();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise<string>((resolve, reject) => {
    let answered = false;
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      process.stderr.write('\n');
      if (!answered) reject(new CliError('Saisie interrompue : rien n’a été modifié.'));
    });
    rl.question(question, (answer) => {
      answered = true;
      resolve(answer);
      rl.close();
    });
    muted = true;
  });
}

/** The password from PASSWORD, or typed twice on the terminal; checked against the policy for this person. */
async function readPassword(owner: TPasswordOwner): Promise<string> {
  const fromEnv = process.env.PASSWORD;
  if (fromEnv) return parsePassword(fromEnv, owner);
  if (!process.stdin.isTTY) {
    throw new CliError('Aucun terminal pour saisir le mot de passe : définissez la variable PASSWORD ou utilisez --generate.');
  }
  const first = parsePassword(await askHidden('Mot de passe (12 caractères au moins, difficile à deviner) : '), owner);
  const second = await askHidden('Confirmez le mot de passe : ');
  if (first !== second) throw new CliError('Les deux saisies ne correspondent pas : rien n’a été modifié.');
  return first;
}

const TEMPORARY = 'Ce mot de passe est provisoire : la personne choisira le sien à sa prochaine connexion.';

const ROLE_LABELS: Record<string, string> = { ADMIN: 'administrateur', EDITOR: 'éditeur', JOURNALIST: 'journaliste' };

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function run(args: TArgs, prisma: PrismaClient): Promise<void> {
  const say = (message: string) => console.log(message);
  switch (args.command) {
    case 'list': {
      const users = await listUsers(prisma);
      if (!users.length) return say('Aucun compte.');
      say(table([['ADRESSE', 'NOM', 'RÔLE', 'ACTIF'], ...users.map((u) => [u.email, u.name, u.role, u.active ? 'oui' : 'non'])]));
      return say(`${users.length} compte${users.length > 1 ? 's' : ''}.`);
    }
    case 'add': {
      const email = parseEmail(args.email);
      if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) throw new UserAdminError(MESSAGES.duplicateEmail);
      const password = args.generate ? generatePassword() : await readPassword({ name: args.name, email });
      const user = await addUser(prisma, { email, name: args.name, role: args.role, password });
      say(`✓ Compte créé : ${user.email} (${ROLE_LABELS[user.role]}), page d’auteur /auteurs/${user.slug}.`);
      if (args.generate) say(`Mot de passe : ${password}`);
      return say(TEMPORARY);
    }
    case 'set-role': {
      const user = await setRole(prisma, args.email, args.role);
      return say(`✓ ${user.email} est désormais ${ROLE_LABELS[user.role]} ; ses sessions ouvertes sont terminées.`);
    }
    case 'deactivate': {
      const user = await deactivateUser(prisma, args.email);
      return say(`✓ Compte ${user.email} désactivé ; ses sessions ouvertes sont terminées.`);
    }
    case 'reset-password': {
      const email = parseEmail(args.email);
      const owner = await prisma.user.findUnique({ where: { email }, select: { name: true } });
      if (!owner) throw new UserAdminError(MESSAGES.unknownEmail);
      const password = args.generate ? generatePassword() : await readPassword({ name: owner.name, email });
      const user = await resetPassword(prisma, email, password);
      say(`✓ Mot de passe de ${user.email} changé ; ses sessions ouvertes sont terminées.`);
      if (args.generate) say(`Nouveau mot de passe : ${password}`);
      return say(TEMPORARY);
    }
    case 'reset-2fa': {
      const result = await resetTwoFactor(prisma, args.email);
      return say(
        result.wasEnabled
          ? `✓ Double authentification de ${result.email} désactivée ; ses sessions ouvertes sont terminées. Elle se réactive depuis « Mon profil » (ou à la connexion, si le rôle l’exige).`
          : `✓ ${result.email} n’avait pas de double authentification active ; ses sessions ouvertes sont terminées.`,
      );
    }
  }
}

/** Checks what can be checked without the database, so a typo fails before PostgreSQL starts. */
function validateOffline(args: TArgs): void {
  if (args.email !== undefined) parseEmail(args.email);
  if (args.name !== undefined) parseName(args.name);
  if (args.role !== undefined) parseRole(args.role);
}

async function main(): Promise<number> {
  let args: TArgs | 'help';
  try {
    args = parseCommandLine(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }

  let target: TDatabaseTarget | undefined;
  let prisma: PrismaClient | undefined;
  try {
    validateOffline(args);
    const log = (m: string) => console.error(`▸ ${m}`);
    target = await resolveDatabase(log);
    await migrate(target.url, { log });
    prisma = createPrismaClient(target.url, 2);
    await run(args, prisma);
    return 0;
  } catch (error) {
    const known = error instanceof UserAdminError || error instanceof CliError;
    const message = error instanceof Error ? error.message : String(error);
    console.error(known ? `Erreur : ${message}` : `Échec : ${message.split('\n').filter(Boolean).slice(-1)[0] ?? 'erreur inconnue.'}`);
    return 1;
  } finally {
    await prisma?.$disconnect().catch(() => {});
    if (target?.embedded?.owned) await target.embedded.stop().catch(() => {});
  }
}

process.exitCode = await main();
