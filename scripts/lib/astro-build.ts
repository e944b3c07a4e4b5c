/**
 * Checks the content tree and then runs Astro's build of the project at `process.argv[2]`, alone in
 * its process: scripts/build.ts starts it as a child so that the memory Astro and its bundler keep
 * until exit (over 1.5 GB of native memory at 20 000 projects) is returned before the post-build
 * steps start Pagefind. Its settings (content, staging folder, cache, log level …) are the ones the
 * parent passed in the environment, parsed by src/config/deployment.ts.
 *
 * Exit code {@link CONTENT_INVALID_EXIT_CODE} means the content check failed (its problems are printed).
 */
import { build } from 'astro';
import { DEPLOYMENT } from '../../src/config/deployment.ts';
import { checkContentDir } from './check-content.ts';
import { CONTENT_INVALID_EXIT_CODE } from './exit-codes.ts';

const root = process.argv[2];
if (!root) throw new Error('usage: node scripts/lib/astro-build.ts <project root>');
// The check runs in this process so that Astro's content loaders take its records (parsed and
// validated once; src/io/validated-content.ts) and bad content never reaches Astro.
if (!checkContentDir(DEPLOYMENT.contentDir)) process.exit(CONTENT_INVALID_EXIT_CODE);
// ASTRO_LOG_LEVEL=info lists every page with its render time (how the benchmark's findings were made).
await build({ root, logLevel: DEPLOYMENT.logLevel });
