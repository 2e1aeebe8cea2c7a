import { describe, expect, it } from 'vitest';
import { chromiumInstallWays, findChromium, missingChromiumMessage, type TChromiumChecks } from './find-chromium';

const PLAYWRIGHT = '/root/.cache/ms-playwright/chromium-1234/chrome-linux64/chrome';

/** A machine where exactly these files are usable browsers. */
function machineWith(...usable: string[]): TChromiumChecks & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    usable: (file) => {
      asked.push(file);
      return usable.includes(file);
    },
    playwrightChromium: () => PLAYWRIGHT,
  };
}

describe('findChromium', () => {
  it('takes CHROMIUM_PATH first, and nothing else when it is set', () => {
    const checks = machineWith('/opt/mon-chromium', '/usr/bin/chromium');
    expect(findChromium({ CHROMIUM_PATH: '/opt/mon-chromium' }, checks)).toEqual({
      kind: 'found',
      path: '/opt/mon-chromium',
      source: 'CHROMIUM_PATH',
    });
    expect(findChromium({ CHROMIUM_PATH: '/nulle/part' }, checks)).toEqual({ kind: 'bad-explicit', path: '/nulle/part' });
  });

  it('then Debian’s or Ubuntu’s chromium, then Chrome, then a browser Playwright downloaded', () => {
    const all = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', PLAYWRIGHT];
    expect(findChromium({}, machineWith(...all))).toMatchObject({ path: '/usr/bin/chromium', source: 'système' });
    expect(findChromium({}, machineWith(...all.slice(1)))).toMatchObject({ path: '/usr/bin/chromium-browser', source: 'système' });
    expect(findChromium({}, machineWith(...all.slice(2)))).toMatchObject({ path: '/usr/bin/google-chrome-stable', source: 'Chrome' });
    expect(findChromium({}, machineWith('/opt/google/chrome/chrome', PLAYWRIGHT))).toMatchObject({
      path: '/opt/google/chrome/chrome',
      source: 'Chrome',
    });
    expect(findChromium({}, machineWith(PLAYWRIGHT))).toEqual({ kind: 'found', path: PLAYWRIGHT, source: 'Playwright' });
  });

  it('says none when no candidate is usable, having asked about each in order', () => {
    const checks = machineWith();
    expect(findChromium({ CHROMIUM_PATH: '' }, checks)).toEqual({ kind: 'none' });
    expect(checks.asked).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/snap/bin/chromium',
      '/usr/bin/google-chrome-stable',
      '/usr/bin/google-chrome',
      '/opt/google/chrome/chrome',
      PLAYWRIGHT,
    ]);
  });
});

describe('getting a Chromium when there is none', () => {
  it('root on Debian or Ubuntu: apt-get first, then Playwright’s download where it can download', () => {
    const ways = chromiumInstallWays({ isRoot: true, debianLike: true, canDownload: true });
    expect(ways.map((w) => w.commands)).toEqual([
      [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
      [['npx', 'playwright', 'install', 'chromium']],
    ]);
    expect(ways[0]?.say).toMatch(/apt-get install chromium/);
  });

  it('not root, or not Debian: only the download; with no network either, nothing to try', () => {
    expect(chromiumInstallWays({ isRoot: false, debianLike: true, canDownload: true }).map((w) => w.commands)).toEqual([
      [['npx', 'playwright', 'install', 'chromium']],
    ]);
    expect(chromiumInstallWays({ isRoot: true, debianLike: false, canDownload: false })).toEqual([]);
    expect(chromiumInstallWays({ isRoot: false, debianLike: true, canDownload: false })).toEqual([]);
  });

  it('then stops with a French message naming the exact command', () => {
    expect(missingChromiumMessage({ isRoot: false, debianLike: true, canDownload: false })).toMatch(
      /Installez-le avec : sudo apt-get install chromium /,
    );
    expect(missingChromiumMessage({ isRoot: true, debianLike: true, canDownload: false })).toMatch(
      /Installez-le avec : apt-get install chromium /,
    );
    expect(missingChromiumMessage({ isRoot: false, debianLike: false, canDownload: false })).toMatch(
      /Installez-le avec : npx playwright install chromium /,
    );
  });
});
