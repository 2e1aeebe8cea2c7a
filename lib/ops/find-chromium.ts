/**
 * Which Chromium the end-to-end tests drive, and how to get one when there is none: pure choices,
 * the filesystem and the machine given as plain functions and facts (lib/ops/ensure-chromium.ts
 * passes the real ones), so the order is unit-tested.
 *   1. CHROMIUM_PATH, when set (and then nothing else: a wrong path is an error, not a fallback);
 *   2. Debian's or Ubuntu's chromium;  3. Google Chrome;  4. a browser Playwright already downloaded.
 */
export type TChromiumChecks = {
  /** The file exists, can be run, and runs (`--version`): a snap wrapper in a container does not. */
  usable: (file: string) => boolean;
  /** Where Playwright keeps the Chromium it downloads (whether or not it is there). */
  playwrightChromium: () => string | undefined;
};

export type TChromiumSource = 'CHROMIUM_PATH' | 'système' | 'Chrome' | 'Playwright';
export type TChromiumChoice =
  { kind: 'found'; path: string; source: TChromiumSource } | { kind: 'bad-explicit'; path: string } | { kind: 'none' };

export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
export const CHROMES = ['/usr/bin/google-chrome-stable', '/usr/bin/google-chrome', '/opt/google/chrome/chrome'];

export function findChromium(env: Record<string, string | undefined>, checks: TChromiumChecks): TChromiumChoice {
  const explicit = env.CHROMIUM_PATH;
  if (explicit)
    return checks.usable(explicit) ? { kind: 'found', path: explicit, source: 'CHROMIUM_PATH' } : { kind: 'bad-explicit', path: explicit };
  const candidates: Array<[string | undefined, TChromiumSource]> = [
    ...SYSTEM_CHROMIUMS.map((file): [string, TChromiumSource] => [file, 'système']),
    ...CHROMES.map((file): [string, TChromiumSource] => [file, 'Chrome']),
    [checks.playwrightChromium(), 'Playwright'],
  ];
  for (const [file, source] of candidates) if (file && checks.usable(file)) return { kind: 'found', path: file, source };
  return { kind: 'none' };
}

/** What is known of the machine when no Chromium was found. */
export type TMachine = { isRoot: boolean; debianLike: boolean; canDownload: boolean };
export type TInstallWay = { say: string; commands: string[][] };

export const PLAYWRIGHT_INSTALL = ['npx', 'playwright', 'install', 'chromium'];

/** The ways to get a Chromium here, in the order to try them. */
export function chromiumInstallWays(machine: TMachine): TInstallWay[] {
  const ways: TInstallWay[] = [];
  if (machine.isRoot && machine.debianLike) {
    ways.push({
      say: 'Installation de Chromium (paquet Debian) : apt-get install chromium…',
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', 'chromium'],
      ],
    });
  }
  if (machine.canDownload)
    ways.push({ say: 'Téléchargement de Chromium par Playwright : npx playwright install chromium…', commands: [PLAYWRIGHT_INSTALL] });
  return ways;
}

/** The one command a person should run, named in the message that stops the tests. */
export function manualInstallCommand(machine: TMachine): string {
  if (machine.debianLike) return machine.isRoot ? 'apt-get install chromium' : 'sudo apt-get install chromium';
  return PLAYWRIGHT_INSTALL.join(' ');
}

export function missingChromiumMessage(machine: TMachine): string {
  return `Aucun Chromium pour les tests de bout en bout, et il n’a pas pu être installé ici. Installez-le avec : ${manualInstallCommand(machine)} (ou donnez le chemin d’un Chromium ou de Chrome dans CHROMIUM_PATH), puis relancez npm test.`;
}

export function badExplicitMessage(file: string): string {
  return `CHROMIUM_PATH=${file} n’est pas un navigateur utilisable (fichier absent, non exécutable ou qui ne démarre pas) : corrigez le chemin, ou retirez CHROMIUM_PATH pour que npm test en cherche un.`;
}
