import { checkDatabase } from '@/lib/data/check-database';

export const dynamic = 'force-dynamic';

/** Public on purpose (load balancers call it); says nothing but whether the database answers. */
export async function GET() {
  const database = await checkDatabase();
  return Response.json(
    { status: database ? 'ok' : 'indisponible', database: database ? 'ok' : 'injoignable' },
    { status: database ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
