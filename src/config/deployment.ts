/**
 * Where the site is deployed, from the build environment. Pure so it can be tested and shared by
 * the Astro config, the build script and the tests.
 */

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
