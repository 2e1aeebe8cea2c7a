import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, siteUrl } from './site-url';

afterEach(() => vi.unstubAllEnvs());

describe('siteUrl', () => {
  it('prefers SITE_URL, then NEXTAUTH_URL, then localhost:3000', () => {
    vi.stubEnv('SITE_URL', 'https://www.dakarinfo.sn');
    vi.stubEnv('NEXTAUTH_URL', 'https://auth.example.org');
    expect(siteUrl()).toBe('https://www.dakarinfo.sn');
    vi.stubEnv('SITE_URL', '');
    expect(siteUrl()).toBe('https://auth.example.org');
    vi.stubEnv('NEXTAUTH_URL', '');
    expect(siteUrl()).toBe('http://localhost:3000');
  });

  it('never ends with a slash', () => {
    vi.stubEnv('SITE_URL', 'https://www.dakarinfo.sn//');
    expect(siteUrl()).toBe('https://www.dakarinfo.sn');
  });
});

describe('absoluteUrl', () => {
  it('joins a path to the site address with exactly one slash', () => {
    vi.stubEnv('SITE_URL', 'https://www.dakarinfo.sn/');
    expect(absoluteUrl('/politique/un-article')).toBe('https://www.dakarinfo.sn/politique/un-article');
    expect(absoluteUrl('politique')).toBe('https://www.dakarinfo.sn/politique');
    expect(absoluteUrl('/')).toBe('https://www.dakarinfo.sn/');
    expect(absoluteUrl('')).toBe('https://www.dakarinfo.sn/');
  });

  it('leaves an absolute address alone', () => {
    expect(absoluteUrl('https://example.org/a')).toBe('https://example.org/a');
  });
});
