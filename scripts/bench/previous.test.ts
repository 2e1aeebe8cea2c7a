import { describe, expect, it } from 'vitest';
import { ratiosOf } from './previous';
import type { TThroughput } from './results';

const cell = (page: string, mode: TThroughput['mode'], rps: number): TThroughput => ({
  page,
  mode,
  runs: [],
  requestsPerSecond: rps,
  p50: 1,
  p99: 2,
  non2xx: 0,
  errors: 0,
  timeouts: 0,
  foreignCpuMax: 0,
});

describe('ratiosOf', () => {
  it('keeps the cached and Varnish ratios to the same page’s baseline, nothing else', () => {
    const ratios = ratiosOf(
      [
        cell('home', 'baseline', 40_000),
        cell('home', 'cached', 26_000),
        cell('home', 'uncached', 300),
        cell('home', 'varnish', 30_000),
        cell('search', 'cached', 9_000),
      ],
      '2026-12-07',
      'wrk',
    );
    expect(ratios).toEqual({ date: '2026-12-07', tool: 'wrk', ratios: { home: { cached: 0.65, varnish: 0.75 } } });
  });
});
