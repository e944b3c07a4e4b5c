/** Two builds of the same commit must publish byte-identical data, feed and sitemap. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../scripts/lib/files.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrThrow } from '../support/build-site.ts';

describe('reproducible builds', () => {
  // SOURCE_DATE_EPOCH as a deployment passes it (the commit date), so its path is covered too.
  const env = { SITE_URL: 'https://example.gov.cn', BASE_PATH: '', SOURCE_DATE_EPOCH: '1700000000' };
  let first = '';
  let second = '';
  beforeAll(() => {
    first = buildOrThrow(env);
    second = buildOrThrow(env);
  });

  it('writes every data file, the feed, the sitemap and robots.txt byte for byte the same', () => {
    const data = filesUnder(join(first, 'data'));
    expect(filesUnder(join(second, 'data'))).toEqual(data);
    const published = [...data.map((f) => join('data', f)), 'feed.xml', 'sitemap.xml', 'robots.txt'];
    expect(published.length).toBeGreaterThan(100);
    const differing = published.filter((f) => !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
    expect(differing).toEqual([]);
  });

  it('dates the data by SOURCE_DATE_EPOCH, not by the clock', () => {
    const projects = JSON.parse(readFileSync(join(first, 'data/projects.json'), 'utf8'));
    expect(projects.lastUpdated).toBe('2023-11-14');
    expect(JSON.parse(readFileSync(join(first, 'data/datapackage.json'), 'utf8')).created).toBe('2023-11-14T22:13:20Z');
    expect(readFileSync(join(first, 'feed.xml'), 'utf8')).toContain('<updated>2023-11-14T22:13:20Z</updated>');
  });
});
