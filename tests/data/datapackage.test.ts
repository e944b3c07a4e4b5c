/** datapackage.json against the Frictionless Data Package profile, and against the files it describes. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { dataBytes, dataCsv, dataJson } from '../support/built-data.ts';
import { schemaErrors } from '../support/json-schema.ts';

const dist = inject('distRoot');
const pkg = dataJson(dist, 'datapackage.json');
const profile = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/frictionless-data-package.schema.json'), 'utf8'));

describe('datapackage.json', () => {
  it('is valid against the Data Package profile (local copy in tests/fixtures)', () => {
    expect(pkg.profile).toBe('data-package');
    expect(schemaErrors(profile, pkg, true)).toEqual([]);
  });

  it('the profile copy does catch a broken descriptor', () => {
    expect(schemaErrors(profile, { ...pkg, resources: [] }, true)).not.toEqual([]);
    expect(schemaErrors(profile, { ...pkg, name: 'Not A Name' }, true)).not.toEqual([]);
    const noFields = structuredClone(pkg);
    noFields.resources[0].schema = {};
    expect(schemaErrors(profile, noFields, true)).not.toEqual([]);
  });

  it('names the licence, the sources and the date from the content', () => {
    // Named by its SPDX identifier (site.yaml dataLicence.id), which tools recognise.
    expect(pkg.licenses).toEqual([{ name: 'CC-BY-4.0', title: '知识共享 署名 4.0 国际许可协议（CC BY 4.0）' }]);
    // The notice the data was entered from; not the provincial and city notices it rests on, which this site never entered.
    expect(pkg.sources.map((s: { title: string }) => s.title)).toEqual(['庐阳区2017年实施“29+8”项民生工程的通知']);
    expect(pkg.sources[0].path).toBe('https://example.gov.cn/luyang-2017/notice/');
    // The date of the content's last commit (SOURCE_DATE_EPOCH), to the second; its day is the files' lastUpdated.
    expect(pkg.created).toMatch(new RegExp(`^${dataJson(dist, 'projects.json').lastUpdated}T\\d{2}:\\d{2}:\\d{2}Z$`));
  });

  it.each(['projects.nobom.csv', 'standards.nobom.csv', 'milestones.nobom.csv', 'targets.nobom.csv', 'projects.json', 'standards.json', 'programmes.json'])(
    'describes %s with its real size, sha256 and encoding',
    (path) => {
      const resource = pkg.resources.find((r: { path: string }) => r.path === path);
      const bytes = dataBytes(dist, path);
      expect(resource).toMatchObject({ encoding: 'utf-8', bytes: bytes.length, hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}` });
      expect(resource.mediatype).toBe(path.endsWith('.csv') ? 'text/csv' : 'application/json');
    },
  );

  it('gives each CSV a Table Schema whose fields are the CSV header, typed and described', () => {
    for (const resource of pkg.resources.filter((r: { format: string }) => r.format === 'csv')) {
      expect(resource.profile).toBe('tabular-data-resource');
      const fields = resource.schema.fields as { name: string; type: string; description: string }[];
      expect(fields.map((f) => f.name)).toEqual(dataCsv(dist, resource.path).header);
      for (const f of fields) expect(f.description.length, f.name).toBeGreaterThan(0);
    }
    const standards = pkg.resources.find((r: { path: string }) => r.path === 'standards.nobom.csv');
    expect(standards.schema.fields.find((f: { name: string }) => f.name === 'current_value')).toMatchObject({ type: 'number' });
    expect(standards.schema.fields.find((f: { name: string }) => f.name === 'period')).toMatchObject({ type: 'string', constraints: { enum: ['month', 'year'] } });
  });
});
