/**
 * « Les plus lus »: the address of a story's read beacon, a one-pixel image its page carries
 * (answered and counted by lib/server/read-counter.ts). Pure.
 */

/** `/lu/<id>.gif`: an id as cuid() makes them, nothing else is counted. */
export const READ_BEACON = /^\/lu\/([a-z0-9]{20,40})\.gif$/;

/** The address of a story's read beacon. */
export const readBeaconPath = (articleId: string) => `/lu/${articleId}.gif`;
