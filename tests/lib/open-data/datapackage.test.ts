/**
 * The keys of the published tables (src/lib/open-data/columns.ts `primaryKey`, `foreignKeys`) and
 * how datapackage.json states them (src/lib/open-data/datapackage.ts): on the pure builders, with
 * the tables whole and split by programme. tests/data/frictionless.test.ts reads the built tables
 * with the keys enforced.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PACKAGED_KINDS } from '../../../src/lib/open-data/catalogue.ts';
import { dataPackage } from '../../../src/lib/open-data/datapackage.ts';
import { dataFiles, type DataFile, type DescribedDataFile } from '../../../src/lib/open-data/files.ts';
import { readContent } from '../../../src/io/read-content.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { writeSyntheticProgramme } from '../../../scripts/lib/synthetic-content.ts';
import { copyLuyangExample } from '../../support/content-copy.ts';
import { testContext } from '../../support/open-data-context.ts';

const described = (f: DataFile): DescribedDataFile => ({ ...f, size: f.bytes.byteLength, sha256: createHash('sha256').update(f.bytes).digest('hex') });

interface TableResource {
  name: string;
  path: string;
  schema: { fields: { name: string }[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] };
}
const tableResources = (pkg: Record<string, unknown>) => (pkg.resources as (TableResource & { profile: string })[]).filter((r) => r.profile === 'tabular-data-resource');

describe('the keys of the published tables', () => {
  const tables = PACKAGED_KINDS.flatMap((k) => (k.table ? [k.table] : []));
  const ctx = testContext();

  it.each(tables.map((table) => [table.columns[0]?.name, table] as const))(
    'of a table whose first column is %s name required columns, and foreign keys name the referenced primary key',
    (_name, table) => {
      const required = new Set(table.columns.filter((c) => c.required).map((c) => c.name));
      expect(table.primaryKey.length).toBeGreaterThan(0);
      for (const field of table.primaryKey) expect(required, field).toContain(field);
      for (const fk of table.foreignKeys ?? []) {
        expect(fk.fields).toHaveLength(fk.table.primaryKey.length);
        for (const field of fk.fields) expect(required, field).toContain(field);
        expect(tables).toContain(fk.table);
      }
    },
  );

  it.each(tables.map((table) => [table.columns[0]?.name, table] as const))('hold in the example’s rows (table from %s): no key twice, no foreign key dangling', (_name, table) => {
    const key = (row: unknown, fields: readonly string[], of = table) => JSON.stringify(fields.map((f) => of.columns.find((c) => c.name === f)!.value(row)));
    const rows = table.rows(ctx);
    expect(rows.length).toBeGreaterThan(0);
    const keys = rows.map((r) => key(r, table.primaryKey));
    expect(new Set(keys).size).toBe(keys.length);
    for (const fk of table.foreignKeys ?? []) {
      const referenced = new Set(fk.table.rows(ctx).map((r) => key(r, fk.table.primaryKey, fk.table)));
      for (const r of rows) expect(referenced, key(r, fk.fields)).toContain(key(r, fk.fields));
    }
  });

  it('are stated in datapackage.json, each foreign key to the whole projects table', () => {
    const resources = tableResources(dataPackage(ctx, dataFiles(ctx).map(described)));
    const schema = (name: string) => resources.find((r) => r.name === name)!.schema;
    expect(schema('projects-csv')).toMatchObject({ primaryKey: ['programme_id', 'project_id'] });
    expect(schema('projects-csv').foreignKeys).toBeUndefined();
    expect(schema('milestones-csv')).toMatchObject({ primaryKey: ['programme_id', 'milestone_id'] });
    const toProjects = [{ fields: ['programme_id', 'project_id'], reference: { resource: 'projects-csv', fields: ['programme_id', 'project_id'] } }];
    expect(schema('targets-csv')).toMatchObject({ primaryKey: ['programme_id', 'project_id', 'target_number'], foreignKeys: toProjects });
    expect(schema('standards-csv')).toMatchObject({ primaryKey: ['programme_id', 'standard_id'], foreignKeys: toProjects });
  });
});

describe('the keys of tables split by programme', () => {
  const dir = copyLuyangExample();
  writeSyntheticProgramme(dir, { id: 'synthetic-2030', year: 2030, perLevel: [15, 15, 15] });
  const { content, problems } = validateContent(readContent(dir));
  const whole = testContext(content);
  const size = (path: string) => dataFiles(whole).find((f) => f.path === path)!.bytes.byteLength;

  it('point a part’s foreign key to the projects part of its own programme', () => {
    // Each programme's part is smaller than the whole by the other's rows: projects.csv splits into whole parts.
    expect(problems).toEqual([]);
    const ctx = { ...whole, fileLimit: size('projects.csv') - 1 };
    const resources = tableResources(dataPackage(ctx, dataFiles(ctx).map(described)));
    const parts = resources.filter((r) => r.path.startsWith('projects/part-'));
    expect(parts.map((r) => r.name).sort()).toEqual(['projects-csv-luyang-2017', 'projects-csv-synthetic-2030']);
    for (const r of resources.filter((r) => /^(targets|standards)-csv/.test(r.name))) {
      const programme = /-csv-(.+)$/.exec(r.name)?.[1];
      // A whole file's rows span both parts, which no one resource holds: its key is left out.
      expect(r.schema.foreignKeys, r.name).toEqual(
        programme ? [{ fields: ['programme_id', 'project_id'], reference: { resource: `projects-csv-${programme}`, fields: ['programme_id', 'project_id'] } }] : undefined,
      );
      expect(r.schema.primaryKey.length, r.name).toBeGreaterThan(1);
    }
  });

  it('leave the foreign key out when the projects part is cut into numbered chunks', () => {
    const ctx = { ...whole, fileLimit: 8 * 1024 };
    const resources = tableResources(dataPackage(ctx, dataFiles(ctx).map(described)));
    expect(resources.some((r) => /^projects-csv-luyang-2017-\d+$/.test(r.name))).toBe(true);
    const referencing = resources.filter((r) => /^(targets|standards)-csv/.test(r.name));
    expect(referencing.length).toBeGreaterThan(0);
    for (const r of referencing) {
      const fk = r.schema.foreignKeys?.[0]?.reference.resource;
      if (fk !== undefined)
        expect(
          resources.map((x) => x.name),
          r.name,
        ).toContain(fk);
      if (r.name.includes('luyang-2017')) expect(fk, r.name).toBeUndefined();
    }
  });
});
