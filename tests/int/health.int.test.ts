import { describe, expect, it } from 'vitest';
import { disconnectDatabases } from '../../lib/db';
import { processBridge } from '../../lib/process-bridge';
import { DIAGNOSTICS_HEADER } from '../../lib/server/diagnostics';
import { withScratchDatabase } from '../support/scratch-db';

withScratchDatabase();
/** A request as lib/server/create-server.ts passes it on: from this machine (or with the token), or from anyone. */
const fromOperator = () => new Request('http://localhost/api/health', { headers: { [DIAGNOSTICS_HEADER]: '1' } });
const fromAnyone = () => new Request('http://localhost/api/health');

describe('/api/health', () => {
  it('is ready when the database answers and the server is not stopping', async () => {
    const { GET } = await import('../../app/api/health/route');
    const ready = await GET(fromAnyone());
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok' });
    // Shutting down (the Node layer says so through lib/process-bridge.ts): a load balancer must go elsewhere.
    processBridge().stopping = true;
    const stopping = await GET(fromOperator());
    expect(stopping.status).toBe(503);
    expect(stopping.headers.get('retry-after')).toBe('30');
    expect(await stopping.json()).toEqual({ status: 'indisponible', database: 'non vérifiée', arret: 'en cours' });
    // Anyone else learns up or down, nothing of the server's workings.
    expect(await (await GET(fromAnyone())).json()).toEqual({ status: 'indisponible' });
    processBridge().stopping = false;
    expect((await GET()).status).toBe(200);
  });

  it('answers 503 in French when the database does not answer', async () => {
    await disconnectDatabases();
    // Nothing listens on port 1: the database is "down" for this file's app client.
    process.env.DATABASE_URL = 'postgresql://postgres:x@127.0.0.1:1/none';
    const { GET } = await import('../../app/api/health/route');
    const response = await GET(fromOperator());
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'indisponible', database: 'injoignable' });
    expect(await (await GET(fromAnyone())).json()).toEqual({ status: 'indisponible' });
  });
});
