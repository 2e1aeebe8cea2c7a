import { describe, expect, it } from 'vitest';

describe('/api/health', () => {
  it('answers 503 in French when the database does not answer', async () => {
    // Nothing listens on port 1: the database is "down" for this file's app client.
    process.env.DATABASE_URL = 'postgresql://postgres:x@127.0.0.1:1/none';
    const { GET } = await import('../../app/api/health/route');
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'indisponible', database: 'injoignable' });
  });
});
