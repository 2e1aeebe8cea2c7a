import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { CLIENT_IP_HEADER } from './client-ip';
import { SignInError, signIn } from './sign-in';

/** Sessions last a working day; the user is re-checked against the database on every request anyway. */
export const SESSION_MAX_AGE = 8 * 60 * 60;


export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
  jwt: { maxAge: SESSION_MAX_AGE },
  pages: { signIn: '/connexion', error: '/connexion' },
  providers: [
    CredentialsProvider({
      name: 'Dakarinfo',
      credentials: {
        email: { label: 'Adresse électronique', type: 'email' },
        password: { label: 'Mot de passe', type: 'password' },
        // [h-pw] The second step: a 6-digit code or a recovery code, sent with the password again.
        code: { label: 'Code de vérification', type: 'text' },
      },
      async authorize(credentials, req) {
        const header = req.headers?.[CLIENT_IP_HEADER];
        const ip = typeof header === 'string' && header ? header : null;
        try {
          const user = await signIn(credentials, ip);
          return { id: user.id, name: user.name, email: user.email, role: user.role, tokenVersion: user.tokenVersion };
        } catch (error) {
          // next-auth passes the message to the sign-in page as `error`: keep it French and generic.
          if (error instanceof SignInError) throw new Error(error.message);
          throw new Error('La connexion est momentanément impossible. Réessayez dans un instant.');
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signed = user as typeof user & { role: string; tokenVersion: number };
        token.uid = signed.id;
        token.role = signed.role;
        token.tv = signed.tokenVersion;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.uid, role: token.role, tv: token.tv } };
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
