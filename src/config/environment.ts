/**
 * The process environment, read here and nowhere else in the project's code: every variable the
 * project understands is named below, so that one file answers "what can I set?". The values are
 * raw strings; src/config/deployment.ts validates them once into the deployment config that the
 * rest of the code takes its settings from.
 */

/** Every variable the project reads, as the environment spells them (unset and empty mean the same). */
export interface Environment {
  /**
   * Origin of the published site, e.g. `https://www.luyang.gov.cn`: canonical and absolute URLs,
   * the `SiteDomain` meta tag. Overrides `url` in site.yaml; with neither, the build is a preview
   * (a banner on every page, no absolute URL anywhere, no `SiteDomain`).
   */
  SITE_URL?: string | undefined;
  /** Sub-path the site is served under, e.g. `/minsheng/`; any spelling (`minsheng`, `/minsheng`). Default `/`. */
  BASE_PATH?: string | undefined;
  /** Content tree to build or check. Default `content`. */
  CONTENT_DIR?: string | undefined;
  /** Folder the built site is written to (the build script hands Astro its staging folder here). Default `dist`. */
  OUT_DIR?: string | undefined;
  /**
   * Whole seconds since 1970 that date the published data (the reproducible-builds convention,
   * `git log -1 --format=%ct`). The build script sets it from the content's last commit when unset.
   */
  SOURCE_DATE_EPOCH?: string | undefined;
  /** Astro's cache folder; the build script gives each build one of its own. Default `./node_modules/.astro`. */
  ASTRO_CACHE_DIR?: string | undefined;
  /**
   * `1`: the per-project data files leave Astro as one bundle, which a post-build step unpacks.
   * Only the build script sets it (its post-build steps do the unpacking); `astro dev` serves the
   * files one by one.
   */
  MINSHENG_BUNDLE_PROJECT_FILES?: string | undefined;
  /**
   * Size in bytes above which a site-wide table is published split by programme
   * (src/lib/open-data/split.ts). Default 25 MiB, a common CDN per-file limit; tests lower it.
   */
  MINSHENG_DATA_FILE_LIMIT?: string | undefined;
  /**
   * URLs per sitemap file above which sitemap.xml becomes a sitemap index of numbered sitemaps
   * (src/lib/open-data/sitemap.ts). Default 50 000, the sitemap protocol's limit; tests lower it.
   */
  MINSHENG_SITEMAP_URL_LIMIT?: string | undefined;
  /**
   * Folder of the sites' persistent build caches (scripts/lib/build-folders.ts). Default
   * `.build/site-cache/` in the project; the test run points it into its own temporary folder,
   * so that the dozens of sites it builds leave no cache behind.
   */
  MINSHENG_SITE_CACHE_DIR?: string | undefined;
  /** Astro's log level for the build: debug, info (every page with its render time), warn, error, silent. Default `warn`. */
  ASTRO_LOG_LEVEL?: string | undefined;
  /** Chromium executable for screenshots and browser checks. Default `/usr/bin/chromium`. */
  CHROMIUM_PATH?: string | undefined;
}

/** A variable the project reads. */
export type EnvironmentVariable = keyof Environment;

/** The names of {@link Environment}, in its order (a record, so that the compiler checks none is missing). */
const VARIABLES: Record<EnvironmentVariable, true> = {
  SITE_URL: true,
  BASE_PATH: true,
  CONTENT_DIR: true,
  OUT_DIR: true,
  SOURCE_DATE_EPOCH: true,
  ASTRO_CACHE_DIR: true,
  MINSHENG_BUNDLE_PROJECT_FILES: true,
  MINSHENG_DATA_FILE_LIMIT: true,
  MINSHENG_SITEMAP_URL_LIMIT: true,
  MINSHENG_SITE_CACHE_DIR: true,
  ASTRO_LOG_LEVEL: true,
  CHROMIUM_PATH: true,
};

/** Every variable the project reads. */
export const ENVIRONMENT_VARIABLES = Object.keys(VARIABLES) as EnvironmentVariable[];

/**
 * Variables the project sets (never reads) for a tool that reads them from this process's
 * environment when it starts its own child process.
 */
export interface ToolEnvironment {
  /** Pagefind's index chunk size (scripts/lib/post-build/pagefind.ts), read once when its service starts. */
  PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE?: string | undefined;
  /**
   * Node's on-disk compile cache (scripts/lib/compile-cache.ts), for the build's child processes and
   * worker threads, which Node enables from this variable when they start.
   */
  NODE_COMPILE_CACHE?: string | undefined;
  /** Threads of libuv's pool in the Astro child ({@link astroChildEnvironment}), which libuv reads when the child starts. */
  UV_THREADPOOL_SIZE?: string | undefined;
}

/**
 * What the Astro child runs with unless its inherited environment says otherwise: libuv's pool of
 * one thread. The child's work on the pool is writing the pages it renders (mkdir, open, write,
 * close for each of thousands of files), one short task after another; with libuv's default of four
 * threads on a two-core machine, each task woke a sleeping thread, and the wake-ups cost more than
 * the writes. The measurements are in docs/performance.md ("Earlier runs").
 */
const ASTRO_CHILD_DEFAULTS: ToolEnvironment = { UV_THREADPOOL_SIZE: '1' };

/** The Astro child's environment: `inherited` (which wins, so a caller's own UV_THREADPOOL_SIZE holds) over {@link ASTRO_CHILD_DEFAULTS}. */
export function astroChildEnvironment(inherited: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...ASTRO_CHILD_DEFAULTS, ...inherited };
}

/** This process's values of the variables the project reads. */
export function processEnvironment(): Environment {
  return Object.fromEntries(ENVIRONMENT_VARIABLES.map((name) => [name, process.env[name]]));
}

/**
 * The environment for a child process that runs the project's code with other settings: this
 * process's environment (PATH, NODE_OPTIONS, TMPDIR …) without any of the project's variables,
 * plus `variables` — so that a setting the child should not have is not inherited either.
 */
export function childEnvironment(variables: Environment): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ENVIRONMENT_VARIABLES) delete env[name];
  for (const [name, value] of Object.entries(variables)) if (value !== undefined) env[name] = value;
  return env;
}

/** This process's whole environment, copied, for a child process that runs someone else's code (the benchmark's baseline). */
export function inheritedEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env };
}

/** Sets `variables` in this process's environment for the rest of its life (the child processes it starts inherit them). */
export function setToolEnvironment(variables: ToolEnvironment): void {
  for (const [name, value] of Object.entries(variables)) if (value !== undefined) process.env[name] = value;
}

/**
 * Runs `task` with `variables` set in this process's environment, for a library that hands them
 * to the child process it starts; the previous values come back when the task settles.
 */
export async function withToolEnvironment<T>(variables: ToolEnvironment, task: () => Promise<T>): Promise<T> {
  const entries = Object.entries(variables).filter((e): e is [string, string] => e[1] !== undefined);
  const previous = entries.map(([name]) => [name, process.env[name]] as const);
  for (const [name, value] of entries) process.env[name] = value;
  try {
    return await task();
  } finally {
    for (const [name, value] of previous) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
