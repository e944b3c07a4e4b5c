/**
 * The yardstick: a bare Astro project (the same Astro from this repository's node_modules) that
 * builds as many plain pages as our build did, each with the same text as ours
 * (scripts/lib/bench/baseline-pages.ts), through a trivial layout, indexed by Pagefind through its
 * Node API as our build does. Our build's cost is reported as a ratio to it.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BaselinePage } from './baseline-pages.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

/** The script that builds a baseline project (run with the project as working directory). */
export const BASELINE_BUILD_SCRIPT = join(import.meta.dirname, 'baseline-build.ts');

const LAYOUT = `---
const { title, indexed } = Astro.props;
---
<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title}</title></head>
  <body><main data-pagefind-body={indexed ? '' : undefined}><slot /></main></body>
</html>
`;

// The pages are read when the build runs, not imported: bundling megabytes of JSON would add a cost
// to the yardstick that our build does not have.
const page = (pagesFile: string) => `---
import { readFileSync } from 'node:fs';
import Layout from '../../layouts/Layout.astro';
export function getStaticPaths() {
  const pages = JSON.parse(readFileSync(${JSON.stringify(pagesFile)}, 'utf8'));
  return pages.map((p) => ({ params: { slug: p.slug }, props: p }));
}
const { title, text, indexed } = Astro.props;
---
<Layout title={title} indexed={indexed}><p>{text}</p></Layout>
`;

/** Writes a bare Astro project for `pages` into `dir`, with node_modules linked to this repository's. */
export function writeBaselineProject(dir: string, pages: readonly BaselinePage[]): void {
  for (const sub of ['src/pages/p', 'src/layouts', 'src/data']) mkdirSync(join(dir, sub), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'minsheng-bench-baseline', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });\n`,
  );
  writeFileSync(join(dir, 'src/layouts/Layout.astro'), LAYOUT);
  writeFileSync(join(dir, 'src/pages/p/[slug].astro'), page(join(dir, 'src/data/pages.json')));
  writeFileSync(join(dir, 'src/data/pages.json'), JSON.stringify(pages));
}
