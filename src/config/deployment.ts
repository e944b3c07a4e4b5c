/**
 * Where the site is deployed, from the build environment: pure functions of an environment, shared
 * by the Astro config, the build script and the tests, and this build's values for server code.
 */
import { withBase } from '../lib/site/urls.ts';

/** Normalises a base path to `/` or `/a/b/` form. */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Astro `site` and `base` from SITE_URL and BASE_PATH; SITE_URL defaults to a placeholder origin. */
export function siteOptions(env: Record<string, string | undefined>): { site: string; base: string } {
  const site = (env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');
  return { site, base: normaliseBasePath(env.BASE_PATH) };
}

/** Resolves the content directory from CONTENT_DIR (default `content`). */
export function contentDir(env: Record<string, string | undefined>): string {
  return env.CONTENT_DIR ?? 'content';
}

/**
 * This build's `site` and `base`, the values astro.config.mjs gives Astro. Server code reads them
 * here rather than from Vite's env object on `import.meta`: Astro passes every server module whose
 * text mentions that object (comments too) through esbuild again, at a cost per module and build.
 */
export const DEPLOYMENT: { site: string; base: string } = siteOptions(process.env);

/** A site path (relative to the base, e.g. `luyang-2017/projects/`) as a link under this build's base path. */
export const siteHref = (path: string): string => withBase(DEPLOYMENT.base, path);
