/**
 * A Chromium for the end-to-end tests, found or installed (`npm test` calls it before anything
 * else, so a machine without one stops at once, not after the long stages).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import {
  badExplicitMessage,
  chromiumInstallWays,
  findChromium,
  missingChromiumMessage,
  type TChromiumChecks,
  type TMachine,
} from './find-chromium';

export const realChromiumChecks: TChromiumChecks = {
  usable: (file) => {
    try {
      accessSync(file, constants.X_OK);
    } catch {
      return false;
    }
    return spawnSync(file, ['--version'], { stdio: 'ignore', timeout: 20_000 }).status === 0;
  },
  playwrightChromium: () => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  },
};

function debianLike(): boolean {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(?:ID|ID_LIKE)=.*\b(?:debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

/** Playwright's download host answers (any HTTP answer will do), or a proxy is configured for it. */
async function canDownload(env: NodeJS.ProcessEnv): Promise<boolean> {
  if (env.HTTPS_PROXY || env.https_proxy) return true;
  const host = env.PLAYWRIGHT_DOWNLOAD_HOST || 'https://cdn.playwright.dev';
  return fetch(host, { method: 'HEAD', signal: AbortSignal.timeout(5_000) }).then(
    () => true,
    () => false,
  );
}

/** The path of a usable Chromium; installs one when there is none and it can; else throws in French. */
export async function ensureChromium(say: (message: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const first = findChromium(env, realChromiumChecks);
  if (first.kind === 'found') return first.path;
  if (first.kind === 'bad-explicit') throw new Error(badExplicitMessage(first.path));

  const machine: TMachine = { isRoot: process.getuid?.() === 0, debianLike: debianLike(), canDownload: await canDownload(env) };
  for (const way of chromiumInstallWays(machine)) {
    say(way.say);
    const ok = way.commands.every(([command, ...args]) => {
      const result = spawnSync(command, args, {
        cwd: path.resolve(import.meta.dirname, '../..'),
        stdio: 'inherit',
        env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      return result.status === 0;
    });
    const after = findChromium(env, realChromiumChecks);
    if (ok && after.kind === 'found') {
      say(`Chromium installé : ${after.path}`);
      return after.path;
    }
    say('Cette installation n’a pas donné de Chromium utilisable.');
  }
  throw new Error(missingChromiumMessage(machine));
}
