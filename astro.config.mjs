// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { DEPLOYMENT } from './src/config/deployment.ts';
import { ASSETS_FOLDER } from './src/lib/site/site-folders.ts';

/**
 * Every setting from the environment comes parsed from src/config/deployment.ts: SITE_URL and
 * BASE_PATH let a government host the output under a sub-path of its own domain; OUT_DIR and
 * ASTRO_CACHE_DIR let the build script write to a staging folder with its copy of the site's cache.
 */
const { siteUrl, base, outDir, cacheDir } = DEPLOYMENT;
/** `astro dev` (npm run dev), the editors' live preview. */
const devServer = process.argv.slice(2).includes('dev');

/**
 * Outside `astro dev`, no Vite environment pre-bundles dependencies. Only the dev server's browser
 * pages use them; yet the short-lived Vite server Astro starts to sync the content (`astro build`,
 * `astro check`, `astro sync`) bundled the dev toolbar's dependencies into node_modules/.vite/deps
 * each time, because each build's outDir and cacheDir change Vite's configuration hash. Runs after
 * Astro's own plugins, which add those dependencies to every environment's `optimizeDeps.include`.
 * @type {import('vite').Plugin}
 */
const noDependencyOptimizer = {
  name: 'minsheng:no-dependency-optimizer',
  enforce: 'post',
  configEnvironment(_name, options) {
    options.optimizeDeps = { ...options.optimizeDeps, noDiscovery: true, include: [] };
  },
};

export default defineConfig({
  // The pages take the published origin from src/data/published.ts (SITE_URL or site.yaml's `url`);
  // Astro's own `site` is only SITE_URL, and nothing of Astro's uses it.
  site: siteUrl ?? undefined,
  base,
  // Built pages live at folder URLs (/luyang-2017/projects/), files at file URLs (/data/projects.csv).
  // The dev server would demand a slash after the files too, so it accepts both.
  trailingSlash: devServer ? 'ignore' : 'always',
  outDir,
  cacheDir,
  // Four pages in flight: while one page's file is being written (slow on some disks), the next
  // renders. Measured at 4 000 projects: about a second less wall time, the same CPU time.
  build: { concurrency: 4, format: 'directory', inlineStylesheets: 'never', assets: ASSETS_FOLDER },
  // Keeps every script an external file, so the Content-Security-Policy needs no inline allowance.
  vite: {
    build: {
      assetsInlineLimit: 0,
    },
    plugins: devServer ? [] : [noDependencyOptimizer],
  },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // Pages whose getStaticPaths() gives a cacheKey (src/lib/site/page-keys.ts) and whose code is
  // unchanged are copied from the previous build's cache (cacheDir, scripts/lib/build-folders.ts).
  experimental: { incrementalBuild: true },
});
