/**
 * The server's logs: one JSON line per event (pino), with its level, time, the instance's name and,
 * when there is one, the request's id. Read by people who run the site, kept by journald or a file:
 * nothing secret goes in — passwords, secrets, tokens, cookies, authorization headers and readers'
 * addresses are replaced by « [masqué] » wherever they sit in a logged object (`REDACTED_PATHS`), and a
 * client's address is logged only as `hashAddress` (a keyed digest: the same address gives the same
 * value across instances, which is enough to follow an abuse, and cannot be read back).
 *
 *   LOG_LEVEL   trace, debug, info (default), warn, error, fatal, silent
 *   LOG_FORMAT  json (default in production) or pretty (pino-pretty, default in development)
 *   INSTANCE_NAME  the instance's name in every line (default: host name and port)
 *
 * Both copies of lib/ in the server's process (lib/process-bridge.ts) log through one logger: the
 * Node layer creates it first; Next's copy takes it from the bridge.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import pino, { type DestinationStream, type Logger } from 'pino';
import { processBridge } from './process-bridge';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** What replaces a masked value. */
export const MASK = '[masqué]';

/**
 * Fields never written, at the top of a logged object or one or two levels down (`req.headers.cookie`,
 * `user.password`…). pino's redaction works on paths; `*` is one level of any name.
 */
const SECRET_NAMES = [
  'password',
  'motDePasse',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'secret',
  'totpSecret',
  'token',
  'accessToken',
  'refreshToken',
  'totpCode',
  'recoveryCode',
  'authorization',
  'cookie',
  'set-cookie',
  'email',
  'ip',
  'address',
  'clientAddress',
  'x-dakarinfo-client-ip',
  'x-forwarded-for',
  'x-real-ip',
  'x-dakarinfo-internal',
  'DATABASE_URL',
  'NEXTAUTH_SECRET',
  'REDIS_URL',
];

const pathFor = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `["${name}"]`);

export const REDACTED_PATHS = SECRET_NAMES.flatMap((name) => {
  const leaf = pathFor(name);
  const dotted = leaf.startsWith('[') ? leaf : `.${leaf}`;
  return [leaf, `*${dotted}`, `*.*${dotted}`];
});

/** A key that makes the address digests the same on every instance of one site (NEXTAUTH_SECRET), or this process's own. */
const addressKey = process.env.NEXTAUTH_SECRET ? `dakarinfo-log:${process.env.NEXTAUTH_SECRET}` : randomBytes(32).toString('hex');

/** A client's address as it may be logged: 16 hex digits of a keyed digest, never the address. */
export function hashAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  return createHmac('sha256', addressKey).update(address).digest('hex').slice(0, 16);
}

export function logLevel(env: Record<string, string | undefined> = process.env): (typeof LOG_LEVELS)[number] {
  const wanted = String(env.LOG_LEVEL ?? '')
    .trim()
    .toLowerCase();
  return (LOG_LEVELS as readonly string[]).includes(wanted) ? (wanted as (typeof LOG_LEVELS)[number]) : 'info';
}

export function instanceName(env: Record<string, string | undefined> = process.env): string {
  return env.INSTANCE_NAME || `${hostname()}:${env.PORT ?? 3000}`;
}

export type TLoggerOptions = {
  level?: string;
  pretty?: boolean;
  instance?: string;
  /** Where lines go (tests); standard output otherwise. */
  destination?: DestinationStream;
};

/** A logger with the site's redaction, level and instance name. */
export function createLogger(options: TLoggerOptions = {}): Logger {
  const level = options.level ?? logLevel();
  const base = { instance: options.instance ?? instanceName() };
  const common = {
    level,
    base,
    redact: { paths: REDACTED_PATHS, censor: MASK },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
  };
  if (options.destination) return pino(common, options.destination);
  if (options.pretty) {
    return pino(
      common,
      pino.transport({ target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } }),
    );
  }
  // Written without blocking the request that logs (sonic-boom, asynchronous): the server flushes at exit.
  return pino(common, pino.destination({ dest: 1, sync: false }));
}

/** Pretty lines in development (or LOG_FORMAT=pretty), JSON otherwise. */
export function prettyLogs(env: Record<string, string | undefined> = process.env): boolean {
  if (env.LOG_FORMAT === 'pretty') return true;
  if (env.LOG_FORMAT === 'json') return false;
  return env.NODE_ENV === 'development';
}

/** This process's logger: the one the Node layer created, shared with Next's copy of lib/ through the bridge. */
export function logger(): Logger {
  const bridge = processBridge();
  bridge.logger ??= createLogger({ pretty: prettyLogs() });
  return bridge.logger;
}
