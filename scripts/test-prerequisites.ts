/**
 * `npm test` runs this first (the `pretest` script): the browser tests drive Debian's Chromium and
 * measure layout on real CJK glyphs, and the Nu HTML Checker needs Java, so a fresh machine gets them
 * from Debian's packages before any test starts. Nothing is installed where they are present already; elsewhere this needs root (CI and
 * the project's machines run as root) and prints what to install when it cannot.
 */
import { spawnSync } from 'node:child_process';

const has = (command: string) => spawnSync('sh', ['-c', command], { stdio: 'ignore' }).status === 0;

/** Debian packages the tests need, each with the check that shows it is there. */
const PREREQUISITES: readonly { pkg: string; present: string }[] = [
  { pkg: 'chromium', present: 'command -v chromium' },
  { pkg: 'fonts-noto-cjk', present: 'fc-list | grep -qi "Noto Sans CJK"' },
  // The Nu HTML Checker (vnu-jar) runs on Java; the package's own Java download is not allowed to run.
  { pkg: 'default-jre-headless', present: 'command -v java' },
];

const missing = PREREQUISITES.filter((p) => !has(p.present)).map((p) => p.pkg);
if (missing.length > 0) {
  const install = `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`;
  console.log(`test prerequisites: installing ${missing.join(', ')}`);
  const run = spawnSync('sh', ['-c', install], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) {
    console.error(`test prerequisites: could not install ${missing.join(', ')}; install them with: sudo ${install}`);
    process.exit(1);
  }
}
