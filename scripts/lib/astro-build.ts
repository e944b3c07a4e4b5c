/**
 * Runs Astro's build of the project at `process.argv[2]`, alone in its process: scripts/build.ts
 * starts it as a child so that the memory Astro and its bundler keep until exit (over 1.5 GB of
 * native memory at 20 000 projects) is returned before the post-build steps start Pagefind.
 * Everything else comes from the environment the parent set (CONTENT_DIR, OUT_DIR, ASTRO_CACHE_DIR …).
 */
import { build } from 'astro';

const root = process.argv[2];
if (!root) throw new Error('usage: node scripts/lib/astro-build.ts <project root>');
// ASTRO_LOG_LEVEL=info lists every page with its render time (how the benchmark's findings were made).
const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
const requested = LEVELS.find((l) => l === process.env.ASTRO_LOG_LEVEL);
await build({ root, logLevel: requested ?? 'warn' });
