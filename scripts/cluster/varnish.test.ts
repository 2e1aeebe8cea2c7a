import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VARNISHD, vclFor, xkeyAvailable } from './varnish';
import { existsSync } from 'node:fs';

describe('vclFor', () => {
  it('points the shipped backend at one instance', () => {
    const vcl = vclFor([4101]);
    expect(vcl).toMatch(/backend default \{[^}]*\.port = "4101";/);
    expect(vcl).not.toContain('directors');
  });

  it('puts several instances behind probed backends, a fallback to any of them, and retries', () => {
    const vcl = vclFor([4101, 4102]);
    expect(vcl).not.toContain('backend default');
    expect(vcl).toMatch(/backend app1 \{[^}]*\.port = "4101";[^}]*\.probe = ready;/);
    expect(vcl).toMatch(/backend app2_any \{[^}]*\.port = "4102";[^}]*\}/);
    expect(vcl).toContain('.url = "/api/health";');
    expect(vcl).toContain('new app = directors.fallback();');
    expect(vcl).toContain('return (retry);');
    // The routing comes before the shipped vcl_recv, which returns early for the newsroom.
    expect(vcl.indexOf('set req.backend_hint = app.backend();')).toBeLessThan(vcl.indexOf('req.method == "PURGE"'));
  });

  it.skipIf(!existsSync(VARNISHD) || !xkeyAvailable())('compiles (varnishd -C)', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'dakarinfo-vcl-'));
    chmodSync(work, 0o755);
    try {
      const file = path.join(work, 'cluster.vcl');
      writeFileSync(file, vclFor([4101, 4102]), { mode: 0o644 });
      const run = spawnSync(VARNISHD, ['-C', '-f', file, '-n', path.join(work, 'n')], { encoding: 'utf8', timeout: 60_000 });
      expect(run.status, run.stderr.slice(-2000)).toBe(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
