/**
 * "Build if needed": a fingerprint of what `next build` reads (sources, config, lock file). The start
 * script rebuilds when it differs from the one recorded after the last build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'lib', 'proxy.ts', 'next.config.js', 'package-lock.json', 'tsconfig.json'];
const SKIP = new Set(['node_modules', '.next', '.next-e2e', 'generated', '.data']);
const distDir = () => process.env.DAKARINFO_DIST_DIR || '.next';

function walk(root: string, file: string, hash: ReturnType<typeof createHash>): void {
  const full = path.join(root, file);
  if (!existsSync(full)) return;
  const stat = statSync(full);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(full).sort()) if (!SKIP.has(entry)) walk(root, path.join(file, entry), hash);
    return;
  }
  hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\0`);
}

export function buildFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const input of INPUTS) walk(root, input, hash);
  return hash.digest('hex');
}

export function needsBuild(root: string): boolean {
  const stamp = path.join(root, distDir(), 'dakarinfo-build-stamp');
  if (!existsSync(path.join(root, distDir(), 'BUILD_ID')) || !existsSync(stamp)) return true;
  return readFileSync(stamp, 'utf8').trim() !== buildFingerprint(root);
}

export function recordBuild(root: string): void {
  writeFileSync(path.join(root, distDir(), 'dakarinfo-build-stamp'), buildFingerprint(root));
}
