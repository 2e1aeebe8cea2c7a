import 'next-auth/jwt';

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: string;
    /** The user's tokenVersion when the session was issued. */
    tv?: number;
    /** The UserSession row of this sign-in (lib/data/user-sessions.ts). */
    sid?: string;
    /** When the user signed in (seconds since the epoch): the token never outlives SESSION_MAX_HOURS after it. */
    sat?: number;
  }
}
