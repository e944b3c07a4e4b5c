/**
 * `npm run build`: validate content, build the site into a staging folder, post-process it, and
 * only then replace dist/. A build that fails at any step leaves the previous dist/ untouched.
 *
 * Environment: CONTENT_DIR (default content), SITE_URL, BASE_PATH, OUT_DIR (default dist).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build } from 'astro';
import { checkContentDir } from './lib/check-content.ts';

const root = resolve(import.meta.dirname, '..');
const contentDir = resolve(root, process.env.CONTENT_DIR ?? 'content');
const outDir = resolve(root, process.env.OUT_DIR ?? 'dist');
const staging = `${outDir}.staging-${process.pid}`;

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n构建失败，未改动已有的 ${outDir} / build failed; ${outDir} left untouched: ${message}`);
  process.exit(1);
}

if (!checkContentDir(contentDir)) fail('content check failed (see above)');

process.env.CONTENT_DIR = contentDir;
process.env.OUT_DIR = staging;
try {
  await build({ root, logLevel: process.env.ASTRO_LOG_LEVEL === 'debug' ? 'debug' : 'warn' });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

// Swap in one rename each way, so dist/ is never half-written.
mkdirSync(dirname(outDir), { recursive: true });
const previous = `${outDir}.previous-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`构建完成 / built ${outDir}`);
