import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The repository's Varnish configuration (varnish/default.vcl), run by Varnish's own test tool
 * against a stand-in backend that answers like the app (Cache-Control, Surrogate-Key). Needs Debian's
 * `varnish` and `varnish-modules` (.ci/run installs them); skipped, and said so, without them.
 */
const hasVarnish = spawnSync('varnishtest', ['-h'], { encoding: 'utf8' }).error === undefined;
const work = mkdtempSync(path.join(tmpdir(), 'dakarinfo-vtc-'));
// Varnish compiles the VCL as its own unprivileged user: it must be able to read it.
chmodSync(work, 0o755);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The VCL minus its `vcl` line and backend: varnishtest declares the stand-in backend itself. */
function vclBody(): string {
  const vcl = readFileSync(path.join(import.meta.dirname, '../../varnish/default.vcl'), 'utf8');
  return vcl.replace(/^vcl 4\.1;$/m, '').replace(/^backend default \{[\s\S]*?^\}$/m, '');
}

function runVtc(name: string, spec: string): { ok: boolean; log: string } {
  const body = path.join(work, `${name}.vcl`);
  writeFileSync(body, vclBody(), { mode: 0o644 });
  const file = path.join(work, `${name}.vtc`);
  writeFileSync(file, `varnishtest "${name}"\n${spec.replaceAll('@BODY@', body)}\n`);
  const run = spawnSync('varnishtest', ['-q', file], { encoding: 'utf8', timeout: 60_000 });
  return { ok: run.status === 0, log: `${run.stdout}\n${run.stderr}` };
}

const PAGE =
  'txresp -hdr "Cache-Control: public, max-age=0, s-maxage=60, stale-while-revalidate=300" -hdr "Content-Type: text/html; charset=utf-8"';
const VARNISH = 'varnish v1 -vcl+backend {\n    include "@BODY@";\n} -start';

describe.skipIf(!hasVarnish)('varnish/default.vcl', () => {
  it('serves one cached copy whatever tracking tags a link carries, and whatever the order of its parameters', () => {
    const { ok, log } = runVtc(
      'tracking',
      `server s1 {
    rxreq
    expect req.url == "/politique/le-budget-vote"
    ${PAGE} -body "story"
    rxreq
    expect req.url == "/recherche?page=2&q=eau&rubrique=economie"
    ${PAGE} -body "search"
} -start
${VARNISH}
client c1 {
    txreq -url "/politique/le-budget-vote?utm_source=facebook&utm_medium=social&fbclid=IwAR1"
    rxresp
    expect resp.body == "story"
    txreq -url "/politique/le-budget-vote?fbclid=IwAR2" -hdr "Cookie: next-auth.session-token=x"
    rxresp
    expect resp.http.X-Varnish-Cache == "HIT"
    txreq -url "/politique/le-budget-vote"
    rxresp
    expect resp.http.X-Varnish-Cache == "HIT"
    txreq -url "/recherche?utm_campaign=lettre&q=eau&rubrique=economie&page=2&gclid=9"
    rxresp
    expect resp.body == "search"
    txreq -url "/recherche?rubrique=economie&page=2&q=eau"
    rxresp
    expect resp.http.X-Varnish-Cache == "HIT"
} -run`,
    );
    expect(ok, log).toBe(true);
  });

  it('purges by surrogate key exactly the pages that carry it, refuses a purge that names none, and never shows readers the keys or diagnostics', () => {
    const { ok, log } = runVtc(
      'purge',
      `server s1 {
    rxreq
    expect req.url == "/politique/a"
    ${PAGE} -hdr "Surrogate-Key: article:a list:home" -hdr "X-Cache-Source: render" -hdr "Server-Timing: render;dur=3" -body "a1"
    rxreq
    expect req.url == "/culture/b"
    ${PAGE} -hdr "Surrogate-Key: article:b" -body "b1"
    rxreq
    expect req.url == "/politique/a"
    ${PAGE} -hdr "Surrogate-Key: article:a list:home" -body "a2"
} -start
${VARNISH}
client c1 {
    txreq -url "/politique/a"
    rxresp
    expect resp.body == "a1"
    expect resp.http.xkey == <undef>
    expect resp.http.Surrogate-Key == <undef>
    expect resp.http.X-Cache-Source == <undef>
    expect resp.http.Server-Timing == <undef>
    txreq -url "/culture/b"
    rxresp
    txreq -req PURGE -url "/" -hdr "xkey-purge: article:a"
    rxresp
    expect resp.status == 200
    txreq -req PURGE -url "/"
    rxresp
    expect resp.status == 400
    txreq -url "/politique/a"
    rxresp
    expect resp.body == "a2"
    txreq -url "/culture/b"
    rxresp
    expect resp.body == "b1"
    expect resp.http.X-Varnish-Cache == "HIT"
} -run`,
    );
    expect(ok, log).toBe(true);
  });

  it('refuses the instances’ metrics from outside, and names every request it sends (X-Request-Id)', () => {
    const { ok, log } = runVtc(
      'metrics-and-request-id',
      `server s1 {
    rxreq
    expect req.url == "/politique"
    expect req.http.X-Request-Id ~ "^varnish-[0-9]+$"
    ${PAGE} -body "rubrique"
} -start
${VARNISH}
client c1 {
    txreq -url "/api/metrics"
    rxresp
    expect resp.status == 404
    txreq -url "/api/metrics?x=1" -hdr "Authorization: Bearer un-jeton-de-metriques-assez-long"
    rxresp
    expect resp.status == 404
    txreq -url "/politique" -hdr "X-Request-Id: choisi-par-le-client"
    rxresp
    expect resp.body == "rubrique"
} -run`,
    );
    expect(ok, log).toBe(true);
  });

  it('empties everything on a BAN (after a restore)', () => {
    const { ok, log } = runVtc(
      'ban',
      `server s1 {
    rxreq
    ${PAGE} -hdr "Surrogate-Key: article:a" -body "a1"
    rxreq
    ${PAGE} -hdr "Surrogate-Key: article:b" -body "b1"
    rxreq
    ${PAGE} -hdr "Surrogate-Key: article:a" -body "a2"
    rxreq
    ${PAGE} -hdr "Surrogate-Key: article:b" -body "b2"
} -start
${VARNISH}
client c1 {
    txreq -url "/politique/a"
    rxresp
    txreq -url "/culture/b"
    rxresp
    txreq -url "/culture/b"
    rxresp
    expect resp.http.X-Varnish-Cache == "HIT"
    txreq -req BAN -url "/"
    rxresp
    expect resp.status == 200
    txreq -url "/politique/a"
    rxresp
    expect resp.body == "a2"
    txreq -url "/culture/b"
    rxresp
    expect resp.body == "b2"
} -run`,
    );
    expect(ok, log).toBe(true);
  });

  it('never keeps the newsroom, sign-in or the API, whatever their headers say', () => {
    const { ok, log } = runVtc(
      'private',
      `server s1 {
    loop 2 {
        rxreq
        expect req.url == "/admin/articles?page=2&utm_source=x"
        ${PAGE} -body "newsroom"
    }
    loop 2 {
        rxreq
        expect req.url == "/connexion"
        ${PAGE} -body "form"
    }
} -start
${VARNISH}
client c1 {
    loop 2 {
        txreq -url "/admin/articles?page=2&utm_source=x" -hdr "Cookie: next-auth.session-token=x"
        rxresp
        expect resp.body == "newsroom"
    }
    loop 2 {
        txreq -url "/connexion"
        rxresp
        expect resp.body == "form"
    }
} -run`,
    );
    expect(ok, log).toBe(true);
  });
});

if (!hasVarnish) {
  describe('varnish/default.vcl', () => {
    it.skip('needs Debian’s varnish and varnish-modules (varnishtest): apt-get install varnish varnish-modules', () => {});
  });
}
