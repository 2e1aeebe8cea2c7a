export const dynamic = 'force-dynamic';

/** Liveness: the process answers. Never checks the database (a database outage must not restart the app). */
export function GET() {
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
