/**
 * Site-wide files within CDN limits (src/lib/open-data/split.ts): with the limit lowered so that
 * projects.json must split, the build publishes it as one part per programme, the whole file not
 * at all, and every listing of published files (datapackage.json, catalog.jsonld, SHA256SUMS, the
 * programmes' data pages) names the parts; the data page names the split table once, by its parts'
 * pattern. With a limit that one programme's part passes too, that part is
 * published as numbered chunks, each a complete file of the table, listed the same way; and
 * programmes.json, whose records are programmes, is split the same way.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { writeSyntheticProgramme } from '../../scripts/lib/synthetic-content.ts';
import { BUILD_TIMEOUT, buildOrThrow } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';
import { dataCsv, dataJson } from '../support/built-data.ts';

/**
 * Between the largest part and the whole: the Luyang programme's projects.json is about 55 KB, the
 * synthetic one's smaller, the two together more. Every other table stays below it.
 */
const LIMIT = 64 * 1024;
const PROGRAMMES = ['luyang-2017', 'synthetic-2030'];
const PART = (programme: string) => `projects/part-${programme}.json`;
/** One per-project file of the Luyang example, as a checksum list names it. */
const LUYANG_PROJECT_JSON = 'luyang-2017/projects/employment-support.json';

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

  it('lists the parts in datapackage.json, catalog.jsonld, the programmes’ data pages and SHA256SUMS', () => {
    const resources = dataJson<{ resources: { name: string; path: string }[] }>(dist, 'datapackage.json').resources;
    expect(resources.map((r) => r.path)).not.toContain('projects.json');
    for (const programme of PROGRAMMES) expect(resources).toContainEqual(expect.objectContaining({ name: `projects-json-${programme}`, path: PART(programme) }));
    const catalog = readFileSync(data('catalog.jsonld'), 'utf8');
    expect(catalog).not.toMatch(/\/data\/projects\.json"/);
    for (const programme of PROGRAMMES) expect(catalog).toContain(`/data/${PART(programme)}"`);
    // The data page names the split table once, by its parts' pattern; each part, with its checksum, is on its programme's data page.
    const page = readFileSync(data('index.html'), 'utf8');
    expect(page).toMatch(/<code[^>]*>projects\/part-&lt;计划编号&gt;\.json<\/code>/);
    expect(page).toContain('按清单拆分为多个文件发布');
    expect(page).not.toContain('data-sha256-of="projects/part-');
    for (const programme of PROGRAMMES) expect(readFileSync(data(`${programme}/index.html`), 'utf8')).toContain(`data-sha256-of="${PART(programme)}"`);
    const sums = readFileSync(data('SHA256SUMS'), 'utf8');
    for (const programme of PROGRAMMES) expect(sums).toContain(`  ${PART(programme)}\n`);
    expect(sums).not.toContain('  projects.json\n');
    // Under this limit the site's checksum list still holds every file, per-project ones included.
    expect(sums).toContain(`  ${LUYANG_PROJECT_JSON}\n`);
    expect(readFileSync(data('index.html'), 'utf8')).toContain('data-checksums-scope="all"');
  });

  it('is named in the dictionary by what is published: its parts’ pattern', () => {
    const page = readFileSync(data('dictionary/index.html'), 'utf8');
    expect(page).toMatch(/<h3 id="projects-json"[^>]*>projects\/part-&lt;计划编号&gt;\.json<\/h3>/);
    expect(page).toMatch(/<h3 id="projects-csv"[^>]*>projects\.csv（/);
    expect(page).toContain('完整的 projects.json 超过 64.0 KB');
  });

  it('passes the Frictionless check', async () => {
    const pkg = await Package.load(data('datapackage.json'));
    expect(pkg.errors).toEqual([]);
    expect(pkg.valid).toBe(true);
    for (const programme of PROGRAMMES) expect(pkg.getResource(`projects-json-${programme}`)).toBeTruthy();
    // Read with the keys checked and the foreign keys resolved.
    for (const resource of pkg.resources.filter((r) => r.tabular)) expect((await resource.read({ relations: true })).length).toBeGreaterThan(0);
  });
});

/** Below the Luyang programme’s projects.json (about 55 KB) and its projects CSV (about 13 KB), so that both must be cut into chunks. */
const CHUNK_LIMIT = 8 * 1024;
const LUYANG = 'luyang-2017';

describe('a programme’s part past the size limit', { timeout: BUILD_TIMEOUT }, () => {
  const contentDir = copyLuyangExample();
  let dist = '';
  const data = (path: string) => join(dist, 'data', path);
  /** The numbered chunks of the Luyang part of a table, in order: `projects/part-luyang-2017-<n><ext>`. */
  const chunks = (table: string, ext: string) => {
    const pattern = new RegExp(`^part-${LUYANG}-(\\d+)${ext.replaceAll('.', '\\.')}$`);
    const found = readdirSync(data(table)).flatMap((name) => {
      const n = pattern.exec(name)?.[1];
      return n === undefined ? [] : [{ n: Number(n), path: `${table}/${name}` }];
    });
    return found.sort((a, b) => a.n - b.n).map((c) => c.path);
  };

  it('is published as numbered chunks, each a complete JSON file within the limit, and not whole', () => {
    dist = buildOrThrow({ CONTENT_DIR: contentDir, MINSHENG_DATA_FILE_LIMIT: String(CHUNK_LIMIT) });
    expect(existsSync(data('projects.json'))).toBe(false);
    expect(existsSync(data(PART(LUYANG)))).toBe(false);
    const json = chunks('projects', '.json');
    expect(json.length).toBeGreaterThan(1);
    expect(json).toEqual(json.map((_, i) => `projects/part-${LUYANG}-${i + 1}.json`));
    const ids = json.flatMap((path) => {
      expect(readFileSync(data(path)).byteLength, path).toBeLessThanOrEqual(CHUNK_LIMIT);
      const doc = dataJson<{ generatedFrom: { programme: string }[]; records: { programme: string; id: string }[] }>(dist, path);
      expect(doc.records.length, path).toBeGreaterThan(0);
      expect(new Set([...doc.records, ...doc.generatedFrom].map((r) => r.programme))).toEqual(new Set([LUYANG]));
      return doc.records.map((r) => r.id);
    });
    // Every project once, in the notice's order: the order of the CSV chunks' rows too.
    const csvIds = chunks('projects', '.nobom.csv').flatMap((path) => dataCsv(dist, path).rows.map((r) => r.project_id));
    expect(ids).toEqual(csvIds);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(
      readdirSync(data(`${LUYANG}/projects`))
        .filter((f) => f.endsWith('.json'))
        .map((f) => f.slice(0, -'.json'.length))
        .sort(),
    );
  });

  it('cuts a CSV table’s two twins at the same rows, each chunk with its header', () => {
    const plain = chunks('projects', '.nobom.csv');
    const bom = chunks('projects', '.csv').filter((path) => !path.endsWith('.nobom.csv'));
    expect(plain.length).toBeGreaterThan(1);
    expect(bom).toEqual(plain.map((p) => p.replace('.nobom.csv', '.csv')));
    const header = dataCsv(dist, plain[0]!).header;
    expect(header[0]).toBe('programme_id');
    plain.forEach((path, i) => {
      const text = readFileSync(data(path), 'utf8');
      expect(readFileSync(data(bom[i]!), 'utf8')).toBe(`\uFEFF${text}`);
      expect(dataCsv(dist, path).header, path).toEqual(header);
      expect(dataCsv(dist, path).rows.length, path).toBeGreaterThan(0);
      expect(readFileSync(data(bom[i]!)).byteLength, bom[i]).toBeLessThanOrEqual(CHUNK_LIMIT);
    });
  });

  it('lists the chunks in datapackage.json, catalog.jsonld, the programme’s data page and SHA256SUMS', () => {
    const json = chunks('projects', '.json');
    const plain = chunks('projects', '.nobom.csv');
    const resources = dataJson<{ resources: { name: string; path: string; description: string }[] }>(dist, 'datapackage.json').resources;
    json.forEach((path, i) => expect(resources).toContainEqual(expect.objectContaining({ name: `projects-json-${LUYANG}-${i + 1}`, path })));
    plain.forEach((path, i) => {
      const resource = resources.find((r) => r.name === `projects-csv-${LUYANG}-${i + 1}`);
      expect(resource?.path).toBe(path);
      // The spreadsheet twin it names is the chunk's own.
      expect(resource?.description).toContain(path.replace('.nobom.csv', '.csv'));
    });
    expect(resources.map((r) => r.path)).not.toContain(PART(LUYANG));
    const catalog = readFileSync(data('catalog.jsonld'), 'utf8');
    const page = readFileSync(data(`${LUYANG}/index.html`), 'utf8');
    const sums = readFileSync(data('SHA256SUMS'), 'utf8');
    for (const path of [...json, ...plain]) {
      expect(catalog).toContain(`/data/${path}"`);
      expect(page).toContain(`data-sha256-of="${path}"`);
      expect(sums).toContain(`  ${path}\n`);
    }
    expect(page).toContain(`共 ${json.length} 份`);
    const main = readFileSync(data('index.html'), 'utf8');
    expect(main).toMatch(/<code[^>]*>projects\/part-&lt;计划编号&gt;-&lt;序号&gt;\.json<\/code>/);
    expect(main).toContain('再按记录顺序编号分为多个文件');
    expect(sums).not.toContain(`  ${PART(LUYANG)}\n`);
  });

  it('leaves the per-project files out of SHA256SUMS, which would pass the limit, to the programme’s list it names', () => {
    const sums = readFileSync(data('SHA256SUMS'), 'utf8');
    expect(sums).not.toContain(`  ${LUYANG_PROJECT_JSON}\n`);
    expect(sums).not.toMatch(/ {2}luyang-2017\/projects\//);
    expect(sums).toContain(`  ${LUYANG}/SHA256SUMS\n`);
    expect(readFileSync(data(`${LUYANG}/SHA256SUMS`), 'utf8')).toContain(`  ${LUYANG_PROJECT_JSON.slice(LUYANG.length + 1)}\n`);
    // sha256sum checks the site's list, then the programme's: together every file.
    for (const cwd of [data(''), data(LUYANG)]) {
      const check = spawnSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd, encoding: 'utf8' });
      expect(check.status, `${cwd}: ${check.stdout}${check.stderr}`).toBe(0);
    }
    const main = readFileSync(data('index.html'), 'utf8');
    expect(main).toContain('data-checksums-scope="without-project-files"');
    expect(main).toContain('它们的校验值不在其中，而是按计划汇总在各计划数据目录下的 SHA256SUMS 中');
  });

  it('splits programmes.json too: its one record, which alone passes the limit, in a part of its own', () => {
    const part = `programmes/part-${LUYANG}.json`;
    expect(existsSync(data('programmes.json'))).toBe(false);
    expect(dataJson<{ records: { id: string }[] }>(dist, part).records.map((r) => r.id)).toEqual([LUYANG]);
    const resources = dataJson<{ resources: { name: string; path: string }[] }>(dist, 'datapackage.json').resources;
    expect(resources).toContainEqual(expect.objectContaining({ name: `programmes-json-${LUYANG}`, path: part }));
    expect(resources.map((r) => r.path)).not.toContain('programmes.json');
    expect(readFileSync(data('catalog.jsonld'), 'utf8')).toContain(`/data/${part}"`);
    expect(readFileSync(data(`${LUYANG}/index.html`), 'utf8')).toContain(`data-sha256-of="${part}"`);
    expect(readFileSync(data('index.html'), 'utf8')).toMatch(/<code[^>]*>programmes\/part-&lt;计划编号&gt;\.json<\/code>/);
    const sums = readFileSync(data('SHA256SUMS'), 'utf8');
    expect(sums).toContain(`  ${part}\n`);
    expect(sums).not.toContain('  programmes.json\n');
    expect(readFileSync(data('dictionary/index.html'), 'utf8')).toMatch(/<h3 id="programmes-json"[^>]*>programmes\/part-&lt;计划编号&gt;\.json<\/h3>/);
  });

  it('is named in the dictionary by what is published: its chunks’ pattern', () => {
    const page = readFileSync(data('dictionary/index.html'), 'utf8');
    expect(page).toMatch(/<h3 id="projects-json"[^>]*>projects\/part-&lt;计划编号&gt;-&lt;序号&gt;\.json<\/h3>/);
    expect(page).toMatch(/<h3 id="projects-csv"[^>]*>projects\/part-&lt;计划编号&gt;-&lt;序号&gt;\.csv（/);
    expect(page).not.toMatch(/<h3 id="projects-(json|csv)"[^>]*>projects\.(json|csv)/);
  });

  it('passes the Frictionless check', async () => {
    const pkg = await Package.load(data('datapackage.json'));
    expect(pkg.errors).toEqual([]);
    expect(pkg.valid).toBe(true);
    // Read with the keys checked and the foreign keys resolved.
    for (const resource of pkg.resources.filter((r) => r.tabular)) expect((await resource.read({ relations: true })).length).toBeGreaterThan(0);
  });
});
