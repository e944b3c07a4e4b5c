import { afterEach, describe, expect, it, vi } from 'vitest';
import { childProcessEnvironment, deploymentWith, environmentOf, normaliseBasePath, parseDeployment } from '../../src/config/deployment.ts';
import { ENVIRONMENT_VARIABLES } from '../../src/config/environment.ts';
import { withBase } from '../../src/lib/site/urls.ts';

describe('parseDeployment', () => {
  it('fills in every default from an empty environment', () => {
    expect(parseDeployment({})).toEqual({
      siteUrl: null,
      base: '/',
      contentDir: 'content',
      outDir: 'dist',
      cacheDir: './node_modules/.astro',
      sourceDateEpoch: null,
      bundleProjectFiles: false,
      dataFileLimit: null,
      sitemapUrlLimit: null,
      siteCacheDir: null,
      logLevel: 'warn',
      chromiumPath: '/usr/bin/chromium',
    });
  });

  it('treats an empty variable as unset', () => {
    const empty = Object.fromEntries(ENVIRONMENT_VARIABLES.map((name) => [name, '']));
    expect(parseDeployment(empty)).toEqual(parseDeployment({}));
    expect(parseDeployment({ SITE_URL: '  ', SOURCE_DATE_EPOCH: ' ' })).toMatchObject({ siteUrl: null, sourceDateEpoch: null });
  });

  it('normalises the site URL, the base and the other values', () => {
    const config = parseDeployment({
      SITE_URL: ' https://x.gov.cn/ ',
      BASE_PATH: 'ms',
      CONTENT_DIR: '/tmp/c',
      OUT_DIR: '/tmp/o',
      ASTRO_CACHE_DIR: '/tmp/cache',
      SOURCE_DATE_EPOCH: '1700000000',
      MINSHENG_BUNDLE_PROJECT_FILES: '1',
      MINSHENG_DATA_FILE_LIMIT: '65536',
      MINSHENG_SITEMAP_URL_LIMIT: '100',
      MINSHENG_SITE_CACHE_DIR: '/tmp/site-cache',
      ASTRO_LOG_LEVEL: 'info',
      CHROMIUM_PATH: '/opt/chromium',
    });
    expect(config).toEqual({
      siteUrl: 'https://x.gov.cn',
      base: '/ms/',
      contentDir: '/tmp/c',
      outDir: '/tmp/o',
      cacheDir: '/tmp/cache',
      sourceDateEpoch: 1_700_000_000,
      bundleProjectFiles: true,
      dataFileLimit: 65_536,
      sitemapUrlLimit: 100,
      siteCacheDir: '/tmp/site-cache',
      logLevel: 'info',
      chromiumPath: '/opt/chromium',
    });
    expect(parseDeployment({ MINSHENG_BUNDLE_PROJECT_FILES: '0' }).bundleProjectFiles).toBe(false);
    expect(() => parseDeployment({ MINSHENG_DATA_FILE_LIMIT: '25MiB' })).toThrow(/MINSHENG_DATA_FILE_LIMIT must be a whole number of bytes/);
    expect(() => parseDeployment({ MINSHENG_SITEMAP_URL_LIMIT: '0' })).toThrow(/MINSHENG_SITEMAP_URL_LIMIT must be a whole number of URLs/);
  });

  it('normalises any spelling of a base path', () => {
    expect(['', '/', undefined, 'minsheng', '/minsheng', 'minsheng/', '//a/b//'].map(normaliseBasePath)).toEqual([
      '/',
      '/',
      '/',
      '/minsheng/',
      '/minsheng/',
      '/minsheng/',
      '/a/b/',
    ]);
    expect(parseDeployment({ BASE_PATH: ' /minsheng ' }).base).toBe('/minsheng/');
  });

  it.each([
    ['SITE_URL', 'www.example.gov.cn'],
    ['SITE_URL', 'ftp://example.gov.cn'],
    ['BASE_PATH', '/a/../b/'],
    ['BASE_PATH', '/min sheng/'],
    ['BASE_PATH', '/minsheng/?x=1'],
    ['SOURCE_DATE_EPOCH', 'yesterday'],
    ['SOURCE_DATE_EPOCH', '-1'],
    ['MINSHENG_BUNDLE_PROJECT_FILES', 'yes'],
    ['ASTRO_LOG_LEVEL', 'loud'],
  ])('refuses %s=%s in one line that names the variable and the value', (name, value) => {
    const refuse = () => parseDeployment({ [name]: value });
    expect(refuse).toThrow(new RegExp(`^invalid environment: ${name} must .*got "${value.replace(/[.?]/g, '\\$&')}"$`));
  });

  it('names every malformed variable at once', () => {
    expect(() => parseDeployment({ SITE_URL: 'x', ASTRO_LOG_LEVEL: 'loud' })).toThrow(/SITE_URL .*; ASTRO_LOG_LEVEL /);
  });

  it('returns a frozen config', () => {
    expect(Object.isFrozen(parseDeployment({}))).toBe(true);
  });
});

describe('a config back to the environment of a child process', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const configured = parseDeployment({
    SITE_URL: 'https://x.gov.cn',
    BASE_PATH: '/ms/',
    CONTENT_DIR: '/tmp/c',
    SOURCE_DATE_EPOCH: '1700000000',
    MINSHENG_BUNDLE_PROJECT_FILES: '1',
    ASTRO_LOG_LEVEL: 'error',
  });

  it('spells every variable the project reads, and reads back as the same config', () => {
    expect(Object.keys(environmentOf(parseDeployment({}))).sort()).toEqual([...ENVIRONMENT_VARIABLES].sort());
    for (const config of [parseDeployment({}), configured]) expect(parseDeployment(environmentOf(config))).toEqual(config);
  });

  it('changes settings and derives the rest again', () => {
    const changed = deploymentWith(parseDeployment({}), { siteUrl: 'https://bench.example.gov.cn', base: 'sub', outDir: '/tmp/o' });
    expect(changed).toMatchObject({ siteUrl: 'https://bench.example.gov.cn', base: '/sub/', outDir: '/tmp/o', contentDir: 'content' });
    expect(deploymentWith(configured, { siteUrl: null }).siteUrl).toBeNull();
    expect(() => deploymentWith(configured, { siteUrl: 'x.gov.cn' })).toThrow(/SITE_URL/);
  });

  it('keeps the rest of this process’s environment and none of its own settings', () => {
    vi.stubEnv('SITE_URL', 'https://stale.example.gov.cn');
    vi.stubEnv('SOURCE_DATE_EPOCH', '1');
    const env = childProcessEnvironment(parseDeployment({}));
    expect(env.PATH).toBe(process.env.PATH);
    expect(env.SITE_URL).toBeUndefined();
    expect(env.SOURCE_DATE_EPOCH).toBeUndefined();
    expect(env.MINSHENG_BUNDLE_PROJECT_FILES).toBeUndefined();
    expect(childProcessEnvironment(configured)).toMatchObject({
      SITE_URL: 'https://x.gov.cn',
      BASE_PATH: '/ms/',
      CONTENT_DIR: '/tmp/c',
      SOURCE_DATE_EPOCH: '1700000000',
      MINSHENG_BUNDLE_PROJECT_FILES: '1',
      ASTRO_LOG_LEVEL: 'error',
    });
  });
});

it('joins the base with site paths', () => {
  expect(withBase('/ms/', 'luyang-2017/')).toBe('/ms/luyang-2017/');
  expect(withBase('/', '/about/')).toBe('/about/');
  expect(withBase('/ms', '')).toBe('/ms/');
});
