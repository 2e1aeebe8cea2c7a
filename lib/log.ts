/**
 * The server's logs: one JSON line per event (pino), with its level, time, the instance's name and,
 * when there is one, the request's id. Read by people who run the site, kept by journald or a file:
 * nothing secret goes in — passwords, secrets, tokens, cookies, authorization headers and readers'
 * addresses are replaced by « [masqué] » wherever they sit in a logged object (`scrub`), and a
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
 * Fields never written, at any depth of a logged object (4 levels at most): their value becomes
 * `MASK`. A key is secret when its name says so (`password`, `newPassword`, `x-forwarded-for`,
 * `DATABASE_URL`…). pino's own redaction works on paths, and its wildcards cost some 200 µs a line —
 * more than a cached page takes to serve — so the site scrubs the object itself, in `formatters.log`.
 */
export const SECRET_KEY =
  /pass(?:word|wd)?|mot_?de_?passe|secret|token|totp|recovery|cookie|authori[sz]ation|e-?mail|^ip$|address|x-forwarded-for|x-real-ip|x-dakarinfo-(?:client-ip|internal)|_url$|^url$|credentials?$/i;

const MAX_DEPTH = 4;

/** Which keys are secret, remembered: the same few keys come back on every line. */
const verdicts = new Map<string, boolean>();
function secretKey(key: string): boolean {
  let secret = verdicts.get(key);
  if (secret === undefined) {
    secret = SECRET_KEY.test(key);
    if (verdicts.size < 2_000) verdicts.set(key, secret);
  }
  return secret;
}

/**
 * `value` with every secret field masked: copied only where something changes (a line without a
 * secret costs one look at each key). Errors are left to their serializer.
 */
export function scrub(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || value instanceof Error || depth >= MAX_DEPTH) return value;
  if (Buffer.isBuffer(value) || value instanceof Date) return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => scrub(item, depth + 1));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  const source = value as Record<string, unknown>;
  let copy: Record<string, unknown> | null = null;
  for (const key of Object.keys(source)) {
    const field = source[key];
    const next = secretKey(key) ? MASK : typeof field === 'object' && field !== null ? scrub(field, depth + 1) : field;
    if (next !== field) {
      copy ??= { ...source };
      copy[key] = next;
    }
  }
  return copy ?? value;
}

/** A key that makes the address digests the same on every instance of one site (NEXTAUTH_SECRET), or this process's own. */
const addressKey = process.env.NEXTAUTH_SECRET ? `dakarinfo-log:${process.env.NEXTAUTH_SECRET}` : randomBytes(32).toString('hex');

/** Digests already computed: the same clients come back (a proxy in front is one address for all). */
const digests = new Map<string, string>();

/** A client's address as it may be logged: 16 hex digits of a keyed digest, never the address. */
export function hashAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  let digest = digests.get(address);
  if (digest === undefined) {
    digest = createHmac('sha256', addressKey).update(address).digest('hex').slice(0, 16);
    if (digests.size >= 10_000) digests.clear();
    digests.set(address, digest);
  }
  return digest;
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
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: {
      level: (label: string) => ({ level: label }),
      log: (object: Record<string, unknown>) => scrub(object) as Record<string, unknown>,
    },
    serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
  };
  if (options.destination) return pino(common, options.destination);
  if (options.pretty) {
    return pino(
      common,
      pino.transport({ target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } }),
    );
  }
  // Written without blocking the request that logs, 4 KB at a time (sonic-boom, asynchronous: one write
  // per line would cost a system call per request), and at least every second; the server flushes at exit.
  const logger = pino(common, pino.destination({ dest: 1, sync: false, minLength: 4096 }));
  setInterval(() => logger.flush(), 1_000).unref();
  return logger;
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
