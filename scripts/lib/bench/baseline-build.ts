/**
 * Builds a baseline project made by baseline.ts: `node baseline-build.ts <project> <outDir>`.
 * Astro first, then Pagefind over every marked page through the Node API, page by page, as
 * scripts/lib/post-build/pagefind.ts does for the real site.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { shareCompileCache } from '../compile-cache.ts';
import { closePagefind, createSiteIndex } from '../post-build/pagefind.ts';
import { listSitePages } from '../post-build/site-pages.ts';

// As the astro command does before it loads Astro, and as our build does for its Astro child: the
// baseline stands for `astro build`, and gets the same compile cache.
shareCompileCache();
const { build } = await import('astro');

const [projectArg, outArg] = process.argv.slice(2);
if (!projectArg || !outArg) throw new Error('usage: node baseline-build.ts <project> <outDir>');
const root = resolve(projectArg);
const outDir = resolve(outArg);

await build({ root, outDir, logLevel: 'warn' });
// The settings of our build, so that indexing costs the same per page.
const index = await createSiteIndex();
let indexed = 0;
for (const page of listSitePages(outDir, new Set(['pagefind', '_astro']))) {
  const html = readFileSync(page.file, 'utf8');
  // Pages our build leaves out of the index carry no marker here either (baseline-pages.ts).
  if (!html.includes('data-pagefind-body')) continue;
  const added = await index.addHTMLFile({ url: `/${page.path}`, content: html });
  if (added.errors.length) throw new Error(`Pagefind /${page.path}: ${added.errors.join('; ')}`);
  indexed += 1;
}
const { errors: writeErrors } = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
if (writeErrors.length) throw new Error(`Pagefind writeFiles: ${writeErrors.join('; ')}`);
// As in our build: the binary's CPU time counts only once it has exited and been reaped.
await closePagefind();
console.log(`baseline built: ${indexed} pages indexed`);
