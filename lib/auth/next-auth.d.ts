import 'next-auth/jwt';

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: string;
    /** The user's tokenVersion when the session was issued. */
    tv?: number;
  }
}
