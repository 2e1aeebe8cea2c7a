import { withAuth } from 'next-auth/middleware';
import { NextResponse, type NextRequest } from 'next/server';

/**
 * The newsroom and the sign-in page:
 *   - a strict Content-Security-Policy with a fresh nonce per request (Next.js puts it on its own
 *     scripts): no inline script an attacker could slip into a story runs there;
 *   - an early redirect of /admin to /connexion without a session. That is a convenience, not the
 *     security boundary: every newsroom page, server action and route handler checks the session
 *     and the role itself (lib/auth/session.ts).
 */
function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === 'development';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // Style attributes (style={…}) cannot carry a nonce; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function withNonce(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', csp);
  return response;
}

const newsroom = withAuth(withNonce, {
  pages: { signIn: '/connexion' },
  callbacks: { authorized: ({ token, req }) => req.nextUrl.pathname === '/connexion' || Boolean(token) },
});

export function proxy(request: NextRequest, event: Parameters<typeof newsroom>[1]) {
  return newsroom(request as Parameters<typeof newsroom>[0], event);
}

export const config = {
  matcher: [
    { source: '/admin', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/admin/:path*', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/connexion', missing: [{ type: 'header', key: 'next-router-prefetch' }] },

    { source: '/connexion/:path*', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
  ],
};
