/**
 * The path of the page being rendered, for what a shared layout marks as current (the rubriques bar).
 * Set by lib/server/create-server.ts on every request, from the request line, overwriting anything a
 * client sent: a cached page can never be marked from a forged header.
 */
export const REQUEST_PATH_HEADER = 'x-dakarinfo-path';
