import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMetrics } from './metrics';

type TPanel = { type: string; title: string; targets?: Array<{ expr: string }> };

/** The Grafana dashboard shipped in ops/grafana/ reads only series the server exports. */
describe('ops/grafana/dakarinfo.json', () => {
  it('queries series that GET /api/metrics exports, in every panel', async () => {
    const dashboard = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'ops', 'grafana', 'dakarinfo.json'), 'utf8')) as {
      panels: TPanel[];
    };
    const exported = new Set(
      (await createMetrics().text())
        .split('\n')
        .filter((line) => line.startsWith('# TYPE '))
        .flatMap((line) => {
          const [, , name, type] = line.split(' ');
          return type === 'histogram' ? [`${name}_bucket`, `${name}_count`, `${name}_sum`] : [name as string];
        }),
    );
    const graphs = dashboard.panels.filter((panel) => panel.type !== 'row');
    expect(graphs.length).toBeGreaterThan(10);
    for (const panel of graphs) {
      expect(panel.targets?.length, panel.title).toBeGreaterThan(0);
      for (const { expr } of panel.targets ?? []) {
        const names = expr.match(/\b(?:dakarinfo|nodejs|process)_[a-z0-9_]+/g) ?? [];
        expect(names.length, expr).toBeGreaterThan(0);
        for (const name of names) expect(exported.has(name), `${panel.title}: ${name}`).toBe(true);
      }
    }
  });
});
