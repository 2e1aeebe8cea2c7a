/**
 * The one crossing between the two copies of lib/ that live in the server's process.
 *
 * The Node layer (server.ts, run by tsx) imports lib/ as it is. Next.js compiles app/ — the newsroom's
 * pages, its server actions, the API's route handlers — with everything they import into bundles of
 * its own, so that code runs a second copy of every lib/ module, with its own module state. Most state
 * belongs to one side only (the page cache, the readers' renderer and the navigation to the Node
 * layer; sessions to Next). What both sides need of one instance is here, under one global symbol,
 * with its type, and nowhere else:
 *   - `purge`: the invalidation bus (lib/server/invalidation-bus.ts). Actions commit in Next's copy;
 *     the caches they must purge live in the Node layer's.
 *   - `renderPreview`, `renderFrontPreview`: the readers' renderer (lib/readers/render.tsx), for the
 *     newsroom's « Aperçu » of a story and of « La une »: a preview is the very page readers get, from
 *     the same renderer instance and stylesheet.
 *   - `renderReport`: the same renderer's answer to a reader's « Signaler une erreur » (a Next route).
 *   - `stopping`: set when the server starts shutting down; readiness (/api/health) answers 503.
 *   - `writes`: the newest write position the invalidation bus noted (lib/read-replicas.ts), which
 *     both copies' read routers must respect.
 *   - `databases`: one Prisma client per process (and one per read replica), not one per copy: one
 *     connection pool, closed by the Node layer at shutdown (lib/db.ts). `pools`: those pools, for the
 *     metrics (connections in use and waiting).
 *   - `logger`: the one logger (lib/log.ts); `observe`: what Next's copy reports to the Node layer's
 *     metrics (sign-in outcomes, lib/server/metrics.ts).
 */
import type { Pool } from 'pg';
import type { Logger } from 'pino';
import type { PrismaClient } from './generated/prisma/client';
import type { TReadRouter, TWrites } from './read-replicas';
import type { TReportOutcome } from './data/error-reports';

export type TPreviewBanner = { text: string; backHref: string };
export type TPreviewRenderer = (articleId: string, banner: TPreviewBanner, notYetPublished: boolean) => Promise<string | null>;
/** « La une »'s preview: Manchettes with an arrangement not yet published (lib/data/get-homepage.ts). */
export type TFrontPreviewRenderer = (
  arrangement: { lead: string | null; top: string[]; cleared: string[] },
  banner: TPreviewBanner,
) => Promise<string>;

/** An event Next's copy of lib/ reports to the metrics the Node layer keeps. */
export type TOpsEvent = { kind: 'sign-in'; outcome: 'success' | 'failure' | 'locked' };
/** « Signaler une erreur »: the readers' page that answers a posted report (components/article/ReportOutcome.tsx). */
export type TReportRenderer = (outcome: TReportOutcome) => Promise<string>;

export type TProcessBridge = {
  purge: ((keys: string[]) => void) | null;
  renderReport: TReportRenderer | null;
  renderPreview: TPreviewRenderer | null;
  renderFrontPreview: TFrontPreviewRenderer | null;
  stopping: boolean;
  writes: TWrites;
  databases: { primary: PrismaClient | null; replicas: PrismaClient[]; router: TReadRouter<PrismaClient> | null };
  pools: Array<{ name: string; pool: Pool }>;
  logger: Logger | null;
  observe: ((event: TOpsEvent) => void) | null;
};

const KEY = Symbol.for('dakarinfo.process-bridge');

export function processBridge(): TProcessBridge {
  const holder = globalThis as { [KEY]?: TProcessBridge };
  holder[KEY] ??= {
    purge: null,
    renderReport: null,
    renderPreview: null,
    renderFrontPreview: null,
    stopping: false,
    writes: { required: 0n, primaryUntil: 0 },
    databases: { primary: null, replicas: [], router: null },
    pools: [],
    logger: null,
    observe: null,
  };
  return holder[KEY];
}
