import { describe, expect, it } from 'vitest';
import { isForeignOrigin } from './request-origin';

const SITE = ['http://localhost:3000'];
const headers = (values: Record<string, string>) => new Headers({ host: 'localhost:3000', ...values });

describe('isForeignOrigin', () => {
  it('lets the site’s own pages through, by Origin or by Referer', () => {
    expect(isForeignOrigin(headers({ origin: 'http://localhost:3000' }), SITE)).toBe(false);
    expect(isForeignOrigin(headers({ referer: 'http://localhost:3000/connexion?callbackUrl=%2Fadmin' }), SITE)).toBe(false);
  });

  it('refuses another port of the same host, another host, and an opaque origin', () => {
    expect(isForeignOrigin(headers({ origin: 'http://localhost:4000' }), SITE)).toBe(true);
    expect(isForeignOrigin(headers({ origin: 'https://evil.example' }), SITE)).toBe(true);
    expect(isForeignOrigin(headers({ origin: 'null' }), SITE)).toBe(true);
    expect(isForeignOrigin(headers({ referer: 'http://localhost:4000/piege.html' }), SITE)).toBe(true);
  });

  it('reads Origin before Referer', () => {
    expect(isForeignOrigin(headers({ origin: 'http://localhost:4000', referer: 'http://localhost:3000/connexion' }), SITE)).toBe(true);
  });

  it('accepts the configured public address behind a proxy that rewrites Host', () => {
    const proxied = new Headers({ host: '127.0.0.1:3000', origin: 'https://www.dakarinfo.sn' });
    expect(isForeignOrigin(proxied, ['https://www.dakarinfo.sn'])).toBe(false);
    expect(isForeignOrigin(proxied, [])).toBe(true);
  });

  it('lets a request without Origin or Referer through (not a browser form from elsewhere)', () => {
    expect(isForeignOrigin(headers({}), SITE)).toBe(false);
  });
});
