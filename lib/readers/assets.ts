/**
 * The readers' pages' own files: the stylesheet and the icon, built by the server itself when it
 * starts, from the sources (`styles/site.css` and the parts it imports, `app/icon.svg`), under addresses that name their
 * content (`/_assets/site.<hash>.css`). Nothing here waits for Next.js nor reads a page it rendered:
 * the first reader's page can be rendered before Next has rendered anything.
 *
 * `_assets` can never be a rubrique (a slug has no underscore), and a name that carries its content's
 * hash never changes: browsers and CDNs keep these files a year.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundle } from 'lightningcss';

export const ASSETS_PREFIX = '/_assets/';
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

export type TAsset = { path: string; contentType: string; body: Buffer; gzip: Buffer | null; etag: string };
export type TSiteAssets = { stylesheet: TAsset; icon: TAsset; byPath: ReadonlyMap<string, TAsset> };

/** Browsers the stylesheet is written for (lightningcss adds prefixes and lowers syntax for them). */
const version = (major: number) => major << 16;
const TARGETS = { chrome: version(100), edge: version(100), firefox: version(100), safari: version(15), ios_saf: version(15) };

function asset(name: string, extension: string, contentType: string, body: Buffer): TAsset {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 12).replace(/[-_]/g, 'x');
  return {
    path: `${ASSETS_PREFIX}${name}.${hash}.${extension}`,
    contentType,
    body,
    gzip: body.length >= 1024 ? gzipSync(body, { level: 9 }) : null,
    etag: `"${hash}"`,
  };
}

/** The stylesheet at `filename` with the files it `@import`s, in one file, minified and prefixed. */
export function buildStylesheet(filename: string): TAsset {
  const { code } = bundle({ filename, minify: true, targets: TARGETS });
  return asset('site', 'css', 'text/css; charset=utf-8', Buffer.from(code));
}

/** Both files, from the project's folder `root`. */
export function buildSiteAssets(root: string): TSiteAssets {
  const stylesheet = buildStylesheet(path.join(root, 'styles', 'site.css'));
  const icon = asset('icon', 'svg', 'image/svg+xml', readFileSync(path.join(root, 'app', 'icon.svg')));
  return { stylesheet, icon, byPath: new Map([stylesheet, icon].map((file) => [file.path, file])) };
}
