import { checkDatabase } from '@/lib/data/check-database';

export const dynamic = 'force-dynamic';

/**
 * Readiness, public on purpose (load balancers call it): 200 when the database answers and the
 * server is not shutting down, 503 otherwise. Liveness is /api/health/live.
 */
export async function GET() {
  const stopping = (globalThis as { __dakarinfoStopping?: boolean }).__dakarinfoStopping === true;
  const database = stopping ? false : await checkDatabase();
  const ready = database && !stopping;
  return Response.json(
    { status: ready ? 'ok' : 'indisponible', database: database ? 'ok' : stopping ? 'non vérifiée' : 'injoignable', ...(stopping ? { arret: 'en cours' } : {}) },
    { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store', ...(ready ? {} : { 'Retry-After': '30' }) } },
  );
}
