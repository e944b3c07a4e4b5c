/**
 * Runs Astro's build of the project at `process.argv[2]`, alone in its process: scripts/build.ts
 * starts it as a child so that the memory Astro and its bundler keep until exit (over 1.5 GB of
 * native memory at 20 000 projects) is returned before the post-build steps start Pagefind. Its
 * settings (content, staging folder, cache, log level …) are the ones the parent passed in the
 * environment, parsed by src/config/deployment.ts.
 *
 * The content is checked once, by the collections' loader inside Astro (src/io/content-loader.ts),
 * which prints what it checked and, when the content is invalid, throws a ContentInvalidError
 * holding the report. This script prints that report and exits with {@link CONTENT_INVALID_EXIT_CODE}.
 *
 * It never outlives its parent: the parent starts it with an IPC channel, which closes when the
 * parent dies however it dies (SIGKILL included, which no handler of the parent sees), and this
 * process then exits. It holds the Astro lock (scripts/lib/astro-lock.ts) while it runs and
 * releases it on any exit it sees; a SIGKILL of this process leaves a lock whose holder is dead,
 * which the next build takes over. Any other failure is put into one line (scripts/lib/failure.ts)
 * and sent to the parent, which prints it as part of its own.
 */
import { failAndExit, onFailure } from './cli.ts';
import { build } from 'astro';
import { DEPLOYMENT } from '../../src/config/deployment.ts';
import { isContentInvalid } from '../../src/io/content-invalid.ts';
import { acquireAstroLock } from './astro-lock.ts';
import { CONTENT_INVALID_EXIT_CODE, FAILURE_EXIT_CODE, signalExitCode } from './exit-codes.ts';

/** What this process sends its parent before it exits on a failure. */
export interface AstroChildFailure {
  failure: string;
  exitCode: number;
}

onFailure({
  // Astro writes into the build's staging folder and working directory beside OUT_DIR (scripts/lib/build-folders.ts).
  known: [{ variable: 'OUT_DIR', path: DEPLOYMENT.outDir.replace(/\.staging-\d+$/, '') }],
  report(line, exitCode) {
    if (!process.send || !process.connected) {
      console.error(line);
      process.exit(exitCode);
    }
    const message: AstroChildFailure = { failure: line, exitCode };
    process.send(message, () => process.exit(exitCode));
  },
});
// The channel must not keep this process alive once the build is done, only tell it when the parent goes.
process.channel?.unref();
process.on('disconnect', () => process.exit(FAILURE_EXIT_CODE));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => process.exit(signalExitCode(signal)));

const root = process.argv[2];
if (!root) throw new Error('usage: node scripts/lib/astro-build.ts <project root>');
process.on('exit', await acquireAstroLock(root));
try {
  // ASTRO_LOG_LEVEL=info lists every page with its render time (how the benchmark's findings were made).
  await build({ root, logLevel: DEPLOYMENT.logLevel });
} catch (error) {
  if (!isContentInvalid(error)) failAndExit(error);
  else {
    console.error(error.message);
    process.exit(CONTENT_INVALID_EXIT_CODE);
  }
}
