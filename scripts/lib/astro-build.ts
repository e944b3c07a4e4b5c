/**
 * Runs Astro's build of the project at `process.argv[2]`, alone in its process: scripts/build.ts
 * starts it as a child so that the memory Astro and its bundler keep until exit (over 1.5 GB of
 * native memory at 20 000 projects) is returned before the post-build steps start Pagefind. Its
 * settings (content, staging folder, cache, log level …) are the ones the parent passed in the
 * environment, parsed by src/config/deployment.ts. The content is checked by the collections'
 * loader inside Astro, the one place a build validates it.
 *
 * The content is checked once, by the collections' loader inside Astro (src/io/content-loader.ts),
 * which prints what it checked and, when the content is invalid, throws a ContentInvalidError
 * holding the report. This script prints that report and exits with {@link CONTENT_INVALID_EXIT_CODE}.
 */
import { build } from 'astro';
import { DEPLOYMENT } from '../../src/config/deployment.ts';
import { isContentInvalid } from '../../src/io/content-invalid.ts';
import { CONTENT_INVALID_EXIT_CODE } from './exit-codes.ts';

const root = process.argv[2];
if (!root) throw new Error('usage: node scripts/lib/astro-build.ts <project root>');
try {
  // ASTRO_LOG_LEVEL=info lists every page with its render time (how the benchmark's findings were made).
  await build({ root, logLevel: DEPLOYMENT.logLevel });
} catch (error) {
  if (!isContentInvalid(error)) throw error;
  console.error(error.message);
  process.exit(CONTENT_INVALID_EXIT_CODE);
}
