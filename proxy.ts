import { withAuth } from 'next-auth/middleware';
import type { NextRequest } from 'next/server';

/**
 * Early redirect of the newsroom to /connexion when there is no session at all. It is a convenience,
 * not the security boundary: every newsroom page, server action and route handler checks the
 * session and the role itself (lib/auth/session.ts).
 */
const newsroom = withAuth({ pages: { signIn: '/connexion' } });

export function proxy(request: NextRequest, event: Parameters<typeof newsroom>[1]) {
  return newsroom(request as Parameters<typeof newsroom>[0], event);
}

export const config = { matcher: ['/admin', '/admin/:path*'] };
