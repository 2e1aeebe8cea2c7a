import { describe, expect, it } from 'vitest';
import { acceptsGzip, decodeUnreserved, queryOf, resolveDotSegments } from './http-negotiation';

describe('acceptsGzip', () => {
  it('takes gzip when a browser names it, with or without a weight', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true);
    expect(acceptsGzip('GZIP')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
  });

  it('does not when the client refuses it or does not name it', () => {
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip; q=0.000, identity')).toBe(false);
    expect(acceptsGzip('*;q=0.5, gzip;q=0')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('gzip;q=abc')).toBe(false);
  });
});

describe('resolveDotSegments', () => {
  it('resolves . and .. segments, also percent-encoded, as Next routes them', () => {
    expect(resolveDotSegments('/sport/../politique')).toBe('/politique');
    expect(resolveDotSegments('/sport/..')).toBe('/');
    expect(resolveDotSegments('/x/../admin')).toBe('/admin');
    expect(resolveDotSegments('/%2e%2e/admin')).toBe('/admin');
    expect(resolveDotSegments('/politique/%2E/article')).toBe('/politique/article');
    expect(resolveDotSegments('/./politique')).toBe('/politique');
  });

  it('never resolves to another site (a « // » address would be one)', () => {
    expect(resolveDotSegments('/.//evil.example/phish')).toBe('/evil.example/phish');
    expect(resolveDotSegments('/x/..//evil.example')).toBe('/evil.example');
    expect(resolveDotSegments('/%2e%2e//evil.example')).toBe('/evil.example');
    expect(resolveDotSegments('/./\\evil.example')).toBe('/evil.example');
  });

  it('leaves ordinary paths alone, dots inside a segment included', () => {
    expect(resolveDotSegments('/politique/budget-2026')).toBeNull();
    expect(resolveDotSegments('/rss.xml')).toBeNull();
    expect(resolveDotSegments('/politique/...')).toBeNull();
    expect(resolveDotSegments('/politique/a..b')).toBeNull();
    expect(resolveDotSegments('/')).toBeNull();
  });
});

describe('queryOf', () => {
  it('keeps a second « ? » as part of the query', () => {
    expect(queryOf('/recherche?z=?&q=eau')).toBe('z=?&q=eau');
    expect(new URLSearchParams(queryOf('/recherche?z=?&q=eau')).get('q')).toBe('eau');
    expect(queryOf('/recherche')).toBe('');
  });
});

describe('decodeUnreserved', () => {
  it('decodes letters, digits and « - . _ ~ » that need no encoding, so the path is checked as Next reads it', () => {
    expect(decodeUnreserved('/%61dmin')).toBe('/admin');
    expect(decodeUnreserved('/%41%44MIN/x')).toBe('/ADMIN/x');
    expect(decodeUnreserved('/%70olitique/le-budget%2Dvote')).toBe('/politique/le-budget-vote');
    expect(decodeUnreserved('/a%5Fb%7Ec%2Ed%30')).toBe('/a_b~c.d0');
  });

  it('leaves alone what must stay encoded, and says so when there is nothing to do', () => {
    expect(decodeUnreserved('/politique')).toBeNull();
    expect(decodeUnreserved('/admin%2Fx')).toBeNull();
    expect(decodeUnreserved('/%C3%A9t%C3%A9')).toBeNull();
    expect(decodeUnreserved('/a%20b%3Fc%23d%25')).toBeNull();
    expect(decodeUnreserved('/%2561dmin')).toBeNull();
  });
});
