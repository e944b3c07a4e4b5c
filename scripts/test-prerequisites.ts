/**
 * `npm test` runs this first (the `pretest` script): the browser tests drive Debian's Chromium and
 * measure layout on real CJK glyphs, and the Nu HTML Checker needs Java, so a fresh machine gets them
 * from Debian's packages before any test starts. Nothing is installed where they are present already.
 * Installing needs root (CI and the project's machines run as root) and apt-get; where either is
 * missing, or apt-get fails (no network, a broken package list), it prints the one command to run
 * and exits 1, and each prerequisite is checked again after installing, so a package that installed
 * but did not provide what the tests need is reported the same way.
 */
import { onFailure } from './lib/cli.ts';
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { DEPLOYMENT } from '../src/config/deployment.ts';
import { FAILURE_EXIT_CODE } from './lib/exit-codes.ts';

onFailure({ headline: (line) => `test prerequisites: ${line}` });

const has = (command: string) => spawnSync('sh', ['-c', command], { stdio: 'ignore' }).status === 0;

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** What the tests need, each with the Debian packages that provide it and the check that shows it is there. */
const PREREQUISITES: readonly { what: string; packages: readonly string[]; present: () => boolean; otherwise?: string }[] = [
  // At the path the tests start it from (CHROMIUM_PATH, default /usr/bin/chromium, where Debian puts it).
  {
    what: `Chromium at ${DEPLOYMENT.chromiumPath}`,
    packages: ['chromium'],
    present: () => executable(DEPLOYMENT.chromiumPath),
    otherwise: 'set CHROMIUM_PATH to the Chromium executable',
  },
  // fc-list comes with fontconfig, which the font package does not always pull in.
  { what: 'the Noto CJK fonts', packages: ['fonts-noto-cjk', 'fontconfig'], present: () => has('fc-list | grep -qi "Noto Sans CJK"') },
  // The Nu HTML Checker (vnu-jar) runs on Java; the package's own Java download is not allowed to run.
  { what: 'a Java runtime', packages: ['default-jre-headless'], present: () => has('command -v java') },
];

const missing = PREREQUISITES.filter((p) => !p.present());
if (missing.length > 0) {
  const packages = [...new Set(missing.flatMap((p) => p.packages))];
  // Waits for another apt (an unattended upgrade) rather than failing on its lock.
  const apt = `apt-get -o DPkg::Lock::Timeout=300 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq ${packages.join(' ')}`;
  const asRoot = process.getuid?.() === 0;
  const advice = `install them with: ${asRoot ? '' : 'sudo sh -c '}${asRoot ? apt : `'${apt}'`}`;
  const stop = (why: string) => {
    console.error(`test prerequisites: ${why}; ${advice}`);
    process.exit(FAILURE_EXIT_CODE);
  };
  console.log(`test prerequisites: installing ${packages.join(', ')} for ${missing.map((p) => p.what).join(', ')}`);
  if (!asRoot) stop('installing needs root');
  if (!has('command -v apt-get')) stop('apt-get is not available (not a Debian-based system?)');
  const run = spawnSync('sh', ['-c', apt], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (run.status !== 0) {
    // apt-get's own reason, its last error line, is all that helps here.
    const reason = (run.stderr ?? '')
      .split('\n')
      .filter((l) => /^(E|Err):/.test(l.trim()))
      .at(-1)
      ?.trim();
    stop(`apt-get failed${reason ? ` (${reason})` : ''}`);
  }
  const still = missing.filter((p) => !p.present());
  if (still.length > 0) {
    console.error(
      `test prerequisites: still missing after installing ${packages.join(', ')}: ${still.map((p) => (p.otherwise ? `${p.what} (${p.otherwise})` : p.what)).join(', ')}`,
    );
    process.exit(FAILURE_EXIT_CODE);
  }
}
