import { describe, expect, it } from 'vitest';
import { parseWrkOutput } from './load';

const OUTPUT = `Running 3s test @ http://127.0.0.1:3401/
  2 threads and 50 connections
Requests/sec:  12000.00
WRK_JSON {"requests":36000,"durationUs":3000000,"bytes":180000000,"connect":1,"read":2,"write":3,"status":7,"timeout":4,"p50":1500,"p90":4200,"p99":12000,"max":90000}
`;

describe('parseWrkOutput', () => {
  it('reads the JSON line of wrk.lua: rates per second, latencies in ms, answers ≥ 400 and socket errors apart', () => {
    expect(parseWrkOutput(OUTPUT, 0.02)).toEqual({
      requestsPerSecond: 12_000,
      bytesPerSecond: 60_000_000,
      p50: 1.5,
      p90: 4.2,
      p99: 12,
      total: 36_000,
      non2xx: 7,
      errors: 6,
      timeouts: 4,
      foreignCpu: 0.02,
    });
  });

  it('refuses output without the JSON line (wrk failed, or the script did not run)', () => {
    expect(() => parseWrkOutput('unable to connect to 127.0.0.1:3401 Connection refused')).toThrow(/WRK_JSON/);
  });
});
