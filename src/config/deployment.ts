/**
 * Where and how the site is built and deployed: the environment (src/config/environment.ts)
 * validated and normalised once into a {@link Deployment}. The Astro config, the pages, the build
 * script and the other scripts all take their settings from {@link DEPLOYMENT}; a script that runs
 * a child with other settings changes a config ({@link deploymentWith}) and turns it back into the
 * child's environment ({@link childProcessEnvironment}), so the variable names live in one place.
 */
import { z } from 'astro/zod';
import { withBase } from '../lib/site/urls.ts';
import { childEnvironment, processEnvironment, type Environment } from './environment.ts';
import { InvalidEnvironmentError } from './invalid-environment.ts';

/** Astro's log levels, quietest last. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The settings of one build (or script run), validated and normalised. */
export interface Deployment {
  /**
   * SITE_URL as configured, without trailing slashes, or null when unset. The published origin is
   * this, else `url` in site.yaml (src/lib/site/origin.ts combines the two); with neither, the
   * build is a preview that publishes no absolute URL.
   */
  siteUrl: string | null;
  /** Base path the site is served under, `/` or `/a/b/`. */
  base: string;
  /** Content tree, as given (relative paths resolve against the caller's directory). */
  contentDir: string;
  /** Output folder, as given. */
  outDir: string;
  /** Astro's cache folder, as given. */
  cacheDir: string;
  /** Seconds since 1970 that date the published data, or null to date it from the content. */
  sourceDateEpoch: number | null;
  /** Whether the per-project data files leave Astro as one bundle for a post-build step to unpack. */
  bundleProjectFiles: boolean;
  /** Size in bytes above which a site-wide table is published split by programme; null for the default (25 MiB). */
  dataFileLimit: number | null;
  /** URLs per sitemap file above which the sitemap is split under a sitemap index; null for the default (50 000). */
  sitemapUrlLimit: number | null;
  /** Folder of the sites' persistent build caches (incremental builds), or null for `.build/site-cache/` in the project. */
  siteCacheDir: string | null;
  /** Astro's log level. */
  logLevel: LogLevel;
  /** Chromium executable for screenshots and browser checks. */
  chromiumPath: string;
}

const DEFAULT_CONTENT_DIR = 'content';
const DEFAULT_OUT_DIR = 'dist';
const DEFAULT_CACHE_DIR = './node_modules/.astro';
const DEFAULT_LOG_LEVEL: LogLevel = 'warn';
const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Normalises a base path to `/` or `/a/b/` form. */
export function normaliseBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const isHttpUrl = (value: string): boolean => {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
};

// An unset variable and an empty one mean the same: `VAR= npm run build` clears a setting.
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));
const trimmed = optional.transform((v) => v?.trim());
const got = (issue: { input?: unknown }) => `, got "${String(issue.input)}"`;

/** The environment's variables, each turned into its setting; an issue's path names the variable. */
const environmentSchema = z.object({
  /** An http(s) URL; trailing slashes dropped. */
  SITE_URL: trimmed
    .refine((v) => v === undefined || isHttpUrl(v), { error: (issue) => `must be an http(s) URL such as https://www.example.gov.cn${got(issue)}` })
    .transform((v) => (v === undefined ? null : v.replace(/\/+$/, ''))),
  /** A URL path: no query, fragment, backslash, white space or dot segment. */
  BASE_PATH: trimmed
    .refine((v) => v === undefined || (!/[?#\\\s]/.test(v) && !v.split('/').some((s) => s === '.' || s === '..')), {
      error: (issue) => `must be a URL path such as /minsheng/${got(issue)}`,
    })
    .transform(normaliseBasePath),
  CONTENT_DIR: optional.transform((v) => v ?? DEFAULT_CONTENT_DIR),
  OUT_DIR: optional.transform((v) => v ?? DEFAULT_OUT_DIR),
  ASTRO_CACHE_DIR: optional.transform((v) => v ?? DEFAULT_CACHE_DIR),
  /** Whole seconds, as `git log -1 --format=%ct` prints them. */
  SOURCE_DATE_EPOCH: trimmed
    .refine((v) => v === undefined || /^\d+$/.test(v), { error: (issue) => `must be whole seconds since 1970${got(issue)}` })
    .transform((v) => (v === undefined ? null : Number(v))),
  /** `1` or `0`. */
  MINSHENG_BUNDLE_PROJECT_FILES: trimmed.refine((v) => v === undefined || v === '0' || v === '1', { error: (issue) => `must be 1 or 0${got(issue)}` }).transform((v) => v === '1'),
  /** Whole bytes, more than 0. */
  MINSHENG_DATA_FILE_LIMIT: trimmed
    .refine((v) => v === undefined || /^[1-9]\d*$/.test(v), { error: (issue) => `must be a whole number of bytes${got(issue)}` })
    .transform((v) => (v === undefined ? null : Number(v))),
  /** A whole number of URLs, more than 0. */
  MINSHENG_SITEMAP_URL_LIMIT: trimmed
    .refine((v) => v === undefined || /^[1-9]\d*$/.test(v), { error: (issue) => `must be a whole number of URLs${got(issue)}` })
    .transform((v) => (v === undefined ? null : Number(v))),
  MINSHENG_SITE_CACHE_DIR: optional.transform((v) => v ?? null),
  ASTRO_LOG_LEVEL: trimmed
    .refine((v) => v === undefined || (LOG_LEVELS as readonly string[]).includes(v), { error: (issue) => `must be one of ${LOG_LEVELS.join(', ')}${got(issue)}` })
    .transform((v) => (v as LogLevel | undefined) ?? DEFAULT_LOG_LEVEL),
  CHROMIUM_PATH: optional.transform((v) => v ?? DEFAULT_CHROMIUM_PATH),
});

/**
 * Validates and normalises an environment into a frozen {@link Deployment}. Throws an
 * {@link InvalidEnvironmentError} with one line per malformed variable, each naming it (e.g.
 * `SITE_URL must be an http(s) URL …, got "example.gov.cn"`).
 */
export function parseDeployment(env: Environment): Deployment {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.')} ${issue.message}`);
    throw new InvalidEnvironmentError(lines);
  }
  const v = parsed.data;
  return Object.freeze({
    siteUrl: v.SITE_URL,
    base: v.BASE_PATH,
    contentDir: v.CONTENT_DIR,
    outDir: v.OUT_DIR,
    cacheDir: v.ASTRO_CACHE_DIR,
    sourceDateEpoch: v.SOURCE_DATE_EPOCH,
    bundleProjectFiles: v.MINSHENG_BUNDLE_PROJECT_FILES,
    dataFileLimit: v.MINSHENG_DATA_FILE_LIMIT,
    sitemapUrlLimit: v.MINSHENG_SITEMAP_URL_LIMIT,
    siteCacheDir: v.MINSHENG_SITE_CACHE_DIR,
    logLevel: v.ASTRO_LOG_LEVEL,
    chromiumPath: v.CHROMIUM_PATH,
  });
}

/** A config's settings spelled as the environment variables that {@link parseDeployment} reads back. */
export function environmentOf(config: Deployment): Environment {
  return {
    SITE_URL: config.siteUrl ?? undefined,
    BASE_PATH: config.base,
    CONTENT_DIR: config.contentDir,
    OUT_DIR: config.outDir,
    ASTRO_CACHE_DIR: config.cacheDir,
    SOURCE_DATE_EPOCH: config.sourceDateEpoch === null ? undefined : String(config.sourceDateEpoch),
    MINSHENG_BUNDLE_PROJECT_FILES: config.bundleProjectFiles ? '1' : undefined,
    MINSHENG_DATA_FILE_LIMIT: config.dataFileLimit === null ? undefined : String(config.dataFileLimit),
    MINSHENG_SITEMAP_URL_LIMIT: config.sitemapUrlLimit === null ? undefined : String(config.sitemapUrlLimit),
    MINSHENG_SITE_CACHE_DIR: config.siteCacheDir ?? undefined,
    ASTRO_LOG_LEVEL: config.logLevel,
    CHROMIUM_PATH: config.chromiumPath,
  };
}

/** `config` with some settings changed, validated and normalised again (so `base` is normalised). */
export function deploymentWith(config: Deployment, changes: Partial<Deployment>): Deployment {
  return parseDeployment(environmentOf({ ...config, ...changes }));
}

/**
 * The environment of a child process that runs the project's code (the Astro build, the build
 * script) with `config`: this process's environment with the project's variables set from it.
 */
export function childProcessEnvironment(config: Deployment): NodeJS.ProcessEnv {
  return childEnvironment(environmentOf(config));
}

/**
 * This process's settings. Server code reads them here rather than from Vite's env object on
 * `import.meta`: Astro passes every server module whose text mentions that object (comments too)
 * through esbuild again, at a cost per module and build.
 */
export const DEPLOYMENT: Deployment = parseDeployment(processEnvironment());

/** A site path (relative to the base, e.g. `luyang-2017/projects/`) as a link under this build's base path. */
export const siteHref = (path: string): string => withBase(DEPLOYMENT.base, path);
