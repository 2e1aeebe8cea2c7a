import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { FOREIGN_ORIGIN_MESSAGE, isForeignOrigin } from '@/lib/auth/request-origin';

const handler = NextAuth(authOptions);

type TContext = { params: Promise<{ nextauth: string[] }> };

/**
 * Every POST here signs someone in or out (the credentials callback, sign-out): refused when it comes
 * from another site's page, before next-auth reads it (issue #18: sign-in CSRF by cookie injection).
 */
async function POST(request: Request, context: TContext) {
  if (isForeignOrigin(request.headers, [process.env.NEXTAUTH_URL, process.env.SITE_URL])) {
    return new Response(FOREIGN_ORIGIN_MESSAGE, {
      status: 403,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  return handler(request, context);
}

export { handler as GET, POST };
