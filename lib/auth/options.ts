import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import { encode, type JWTEncodeParams } from 'next-auth/jwt';
import CredentialsProvider from 'next-auth/providers/credentials';
import { endUserSession, startUserSession } from '../data/user-sessions';
import { CLIENT_IP_HEADER } from './client-ip';
import { sessionLifetime } from './session-lifetime';
import { SignInError, signIn } from './sign-in';

/**
 * A session lasts at most SESSION_MAX_HOURS after signing in (12 by default), however often it is
 * used: the token carries the sign-in time and is never issued beyond it. Its row in the database
 * (lib/data/user-sessions.ts) also ends it after SESSION_IDLE_MINUTES without activity and at sign-out.
 */
export const SESSION_MAX_AGE = sessionLifetime().absoluteSeconds;

/**
 * `__Secure-`/`__Host-` cookie names (which another site on the same host cannot set) exactly when
 * the site is served over https: next-auth's own default, written out. Over plain http the browser
 * refuses those names, so the sign-in route's Origin check is what stops a forged sign-in there.
 */
export const SECURE_COOKIES = (process.env.NEXTAUTH_URL ?? '').startsWith('https://');
export const SESSION_COOKIE = SECURE_COOKIES ? '__Secure-next-auth.session-token' : 'next-auth.session-token';

/** next-auth re-issues the token on every session read: never past the end of the sign-in's lifetime. */
async function encodeWithinLifetime(params: JWTEncodeParams): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const signedInAt = typeof params.token?.sat === 'number' ? params.token.sat : now;
  const remaining = signedInAt + SESSION_MAX_AGE - now;
  return encode({ ...params, maxAge: Math.min(params.maxAge ?? SESSION_MAX_AGE, remaining) });
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
  jwt: { maxAge: SESSION_MAX_AGE, encode: encodeWithinLifetime },
  useSecureCookies: SECURE_COOKIES,
  pages: { signIn: '/connexion', error: '/connexion' },
  providers: [
    CredentialsProvider({
      name: 'Dakarinfo',
      credentials: {
        email: { label: 'Adresse électronique', type: 'email' },
        password: { label: 'Mot de passe', type: 'password' },

        code: { label: 'Code de vérification', type: 'text' },
      },
      async authorize(credentials, req) {
        const header = req.headers?.[CLIENT_IP_HEADER];
        const ip = typeof header === 'string' && header ? header : null;
        try {
          const user = await signIn(credentials, ip);
          const sessionId = await startUserSession(user.id, SESSION_MAX_AGE);
          return { id: user.id, name: user.name, email: user.email, role: user.role, tokenVersion: user.tokenVersion, sessionId };
        } catch (error) {
          // next-auth passes the message to the sign-in page as `error`: keep it French and generic.
          if (error instanceof SignInError) throw new Error(error.message);
          throw new Error('La connexion est momentanément impossible. Réessayez dans un instant.');
        }
      },
    }),
  ],
  events: {
    // « Se déconnecter » ends the session on the server: a copy of the cookie kept elsewhere stops working too.
    async signOut({ token }) {
      if (token?.sid) await endUserSession(token.sid);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signed = user as typeof user & { role: string; tokenVersion: number; sessionId: string };
        token.uid = signed.id;
        token.role = signed.role;
        token.tv = signed.tokenVersion;
        token.sid = signed.sessionId;
        token.sat = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.uid, role: token.role, tv: token.tv, sid: token.sid } };
    },
    // Only same-site redirects after sign-in or sign-out: an open redirect is refused.
    async redirect({ url, baseUrl }) {
      if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) return `${baseUrl}${url}`;
      try {
        if (new URL(url).origin === baseUrl) return url;
      } catch {
        // not a URL: fall through
      }
      return `${baseUrl}/admin`;
    },
  },
};
