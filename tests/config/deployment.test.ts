import { expect, it } from 'vitest';
import { contentDir, normaliseBasePath, siteOptions } from '../../src/config/deployment.ts';
import { withBase } from '../../src/lib/site/urls.ts';

it('normalises any spelling of a base path', () => {
  expect(['', '/', undefined, 'minsheng', '/minsheng', 'minsheng/', '//a/b//'].map(normaliseBasePath)).toEqual(['/', '/', '/', '/minsheng/', '/minsheng/', '/minsheng/', '/a/b/']);
});

it('reads SITE_URL, BASE_PATH and CONTENT_DIR', () => {
  expect(siteOptions({ SITE_URL: 'https://x.gov.cn/', BASE_PATH: 'ms' })).toEqual({ site: 'https://x.gov.cn', base: '/ms/' });
  expect(siteOptions({})).toEqual({ site: 'http://localhost:4321', base: '/' });
  expect(contentDir({})).toBe('content');
  expect(contentDir({ CONTENT_DIR: '/tmp/c' })).toBe('/tmp/c');
});

it('joins the base with site paths', () => {
  expect(withBase('/ms/', 'luyang-2017/')).toBe('/ms/luyang-2017/');
  expect(withBase('/', '/about/')).toBe('/about/');
  expect(withBase('/ms', '')).toBe('/ms/');
});
