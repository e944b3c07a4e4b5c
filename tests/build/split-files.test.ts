/**
 * Site-wide files within CDN limits (src/lib/open-data/split.ts): with the limit lowered so that
 * projects.json must split, the build publishes it as one part per programme, the whole file not
 * at all, and every listing of published files (datapackage.json, catalog.jsonld, the data page,
 * SHA256SUMS) names the parts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { writeSyntheticProgramme } from '../../scripts/lib/synthetic-content.ts';
import { BUILD_TIMEOUT, buildOrThrow } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';
import { dataJson } from '../support/built-data.ts';

/**
 * Between the largest part and the whole: the Luyang programme's projects.json is about 55 KB, the
 * synthetic one's smaller, the two together more. Every other table stays below it.
 */
const LIMIT = 64 * 1024;
const PROGRAMMES = ['luyang-2017', 'synthetic-2030'];
const PART = (programme: string) => `projects/part-${programme}.json`;

describe('a site-wide file past the size limit', { timeout: BUILD_TIMEOUT }, () => {
  const contentDir = copyLuyangExample();
  writeSyntheticProgramme(contentDir, { id: 'synthetic-2030', year: 2030, perLevel: [15, 15, 15] });
  let dist = '';
  const data = (path: string) => join(dist, 'data', path);

  it('is published as one part per programme, each under the limit, and not whole', () => {
    dist = buildOrThrow({ CONTENT_DIR: contentDir, MINSHENG_DATA_FILE_LIMIT: String(LIMIT) });
    expect(existsSync(data('projects.json'))).toBe(false);
    for (const programme of PROGRAMMES) {
      expect(existsSync(data(PART(programme))), PART(programme)).toBe(true);
      expect(readFileSync(data(PART(programme))).byteLength).toBeLessThanOrEqual(LIMIT);
    }
    // The smaller tables are untouched.
    expect(existsSync(data('standards.json'))).toBe(true);
    expect(existsSync(data('projects.nobom.csv'))).toBe(true);
  });

  it('holds every project in its parts, each in its own programme’s part', () => {
    expect(
      dataJson<{ records: { id: string }[] }>(dist, 'programmes.json')
        .records.map((p) => p.id)
        .sort(),
    ).toEqual(PROGRAMMES);
    const parts = PROGRAMMES.map((programme) => ({ programme, records: dataJson<{ records: { programme: string; id: string }[] }>(dist, PART(programme)).records }));
    for (const { programme, records } of parts) {
      expect(records.length).toBeGreaterThan(0);
      expect(new Set(records.map((r) => r.programme))).toEqual(new Set([programme]));
    }
    const inParts = parts.flatMap(({ records }) => records.map((r) => `${r.programme}/${r.id}`)).sort();
    const csvRows = readFileSync(data('projects.nobom.csv'), 'utf8').trim().split('\r\n').length - 1;
    expect(inParts).toHaveLength(csvRows);
    expect(new Set(inParts).size).toBe(inParts.length);
    // The per-project files are the projects too: one JSON file each.
    for (const id of inParts) expect(existsSync(data(`${id.replace('/', '/projects/')}.json`)), id).toBe(true);
  });

  it('lists the parts in datapackage.json, catalog.jsonld, the data page and SHA256SUMS', () => {
    const resources = dataJson<{ resources: { name: string; path: string }[] }>(dist, 'datapackage.json').resources;
    expect(resources.map((r) => r.path)).not.toContain('projects.json');
    for (const programme of PROGRAMMES) expect(resources).toContainEqual(expect.objectContaining({ name: `projects-json-${programme}`, path: PART(programme) }));
    const catalog = readFileSync(data('catalog.jsonld'), 'utf8');
    expect(catalog).not.toMatch(/\/data\/projects\.json"/);
    for (const programme of PROGRAMMES) expect(catalog).toContain(`/data/${PART(programme)}"`);
    const page = readFileSync(data('index.html'), 'utf8');
    for (const programme of PROGRAMMES) expect(page).toContain(`data-sha256-of="${PART(programme)}"`);
    expect(page).toContain('按清单拆分为多个文件发布');
    const sums = readFileSync(data('SHA256SUMS'), 'utf8');
    for (const programme of PROGRAMMES) expect(sums).toContain(`  ${PART(programme)}\n`);
    expect(sums).not.toContain('  projects.json\n');
  });

  it('passes the Frictionless check', async () => {
    const pkg = await Package.load(data('datapackage.json'));
    expect(pkg.errors).toEqual([]);
    expect(pkg.valid).toBe(true);
    for (const programme of PROGRAMMES) expect(pkg.getResource(`projects-json-${programme}`)).toBeTruthy();
    for (const resource of pkg.resources.filter((r) => r.tabular)) expect((await resource.read()).length).toBeGreaterThan(0);
  });
});
