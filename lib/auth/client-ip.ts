/** Set by lib/server/create-server.ts from the socket (or a trusted proxy); read by sign-in throttling. */
export const CLIENT_IP_HEADER = 'x-dakarinfo-client-ip';
