import { checkDatabase, checkReplicas } from '@/lib/data/check-database';
import { processBridge } from '@/lib/process-bridge';
import { DIAGNOSTICS_HEADER } from '@/lib/server/diagnostics';

export const dynamic = 'force-dynamic';

/**
 * Readiness, public on purpose (load balancers call it): 200 when the database answers and the
 * server is not shutting down, 503 otherwise. Anyone gets up or down; the
 * details (the database, each read replica's lag, stopping) only go to this machine or to
 * a client with DIAGNOSTICS_TOKEN (lib/server/diagnostics.ts). Liveness is /api/health/live.
 */
export async function GET(request?: Request) {
  // Set by the Node layer when it starts shutting down (lib/server/create-server.ts).
  const stopping = processBridge().stopping;
  const detailed = request?.headers.get(DIAGNOSTICS_HEADER) === '1';
  const [database, replicas] = stopping ? [false, []] : await Promise.all([checkDatabase(), detailed ? checkReplicas() : []]);
  const ready = database && !stopping;
  const status = ready ? 'ok' : 'indisponible';
  return Response.json(
    detailed
      ? {
          status,
          database: database ? 'ok' : stopping ? 'non vérifiée' : 'injoignable',
          ...(stopping ? { arret: 'en cours' } : {}),
          // Read replicas (DATABASE_REPLICA_URLS), for information: readers' pages fall back to the primary.
          ...(replicas.length ? { repliques: replicas } : {}),
        }
      : { status },
    { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store', ...(ready ? {} : { 'Retry-After': '30' }) } },
  );
}
