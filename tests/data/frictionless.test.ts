/**
 * Every published CSV read the way a data team reads it with Frictionless: the JavaScript
 * implementation (`datapackage`, with `tableschema`) loads datapackage.json and reads each table's
 * rows, cast to the types its Table Schema declares. The per-project tables are read through the
 * same library with projects.csv's schema. A file with a byte order mark is the same bytes as its
 * twin after the mark (tests/data/csv.test.ts), so reading the twins reads every table.
 */
import { join } from 'node:path';
import { Package, Resource } from 'datapackage';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { CATALOGUE, type FileKind } from '../../src/lib/open-data/catalogue.ts';
import { dataCsv, dataJson } from '../support/built-data.ts';

const dist = inject('distRoot');
const dataDir = join(dist, 'data');
const descriptor = dataJson(dist, 'datapackage.json');
const tables = descriptor.resources.filter((r: { profile: string }) => r.profile === 'tabular-data-resource') as {
  name: string;
  path: string;
  schema: { fields: { name: string; type: string }[] };
}[];

/** Whether a cast value is of a Table Schema type (null: an empty cell). */
function ofType(value: unknown, type: string): boolean {
  if (value === null) return true;
  if (type === 'string') return typeof value === 'string';
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (type === 'boolean') return typeof value === 'boolean';
  return false;
}

let pkg: Package;
beforeAll(async () => {
  pkg = await Package.load(join(dataDir, 'datapackage.json'));
});

describe('datapackage.json in Frictionless', () => {
  it('is a valid package whose tables are the CSV files without a byte order mark', () => {
    expect(pkg.errors).toEqual([]);
    expect(pkg.valid).toBe(true);
    const packaged = (CATALOGUE as readonly FileKind[]).filter((k) => k.scope === 'site' && k.table && !k.bom).map((k) => (k.scope === 'site' ? k.path : ''));
    expect(tables.map((r) => r.path)).toEqual(packaged);
    expect(tables.map((r) => r.name)).toEqual(['projects-csv', 'standards-csv', 'milestones-csv', 'targets-csv']);
  });

  it.each(tables.map((r) => [r.name, r] as const))('reads every row of %s with the declared types', async (_name, declared) => {
    const resource = pkg.getResource(declared.name)!;
    expect(resource.tabular).toBe(true);
    const rows = await resource.read({ keyed: true, cast: true });
    const { rows: raw } = dataCsv(dist, declared.path);
    expect(rows).toHaveLength(raw.length);
    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((row, i) => {
      expect(Object.keys(row)).toEqual(declared.schema.fields.map((f) => f.name));
      for (const field of declared.schema.fields) {
        expect(ofType(row[field.name], field.type), `${declared.path} row ${i + 1} ${field.name}=${String(row[field.name])}`).toBe(true);
        // Nothing lost or changed by the cast: the value is the cell (an empty cell is null).
        expect(row[field.name] === null ? '' : String(row[field.name]), `${declared.path} row ${i + 1} ${field.name}`).toBe(raw[i]![field.name]);
      }
    });
  });

  it('reads the target of 群众体育设施建设 with its quantity as a number', async () => {
    const rows = await pkg.getResource('targets-csv')!.read({ keyed: true, cast: true });
    expect(rows.find((r) => r.project_id === 'fitness-facilities')).toMatchObject({ quantity: 11, unit: '个', item: '全民健身苑', action: '建成', year: 2017, target_number: 1 });
  });

  it('fails to read the spreadsheet files (with a BOM), which is why the package does not list them', async () => {
    const withBom = await Resource.load({ ...tables[0]!, path: 'projects.csv' }, { basePath: dataDir });
    await expect(withBom.read({ keyed: true, cast: true })).rejects.toThrow(/header names do not match/);
  });
});

describe('the per-project CSV files in Frictionless', () => {
  it('reads each project’s file without a BOM as one row of projects.csv, with the declared types', async () => {
    const projects = tables.find((r) => r.path === 'projects.nobom.csv')!;
    const all = await pkg.getResource('projects-csv')!.read({ keyed: true, cast: true });
    expect(all.length).toBeGreaterThan(0);
    for (const row of all) {
      const path = `${row.programme_id}/projects/${row.project_id}.nobom.csv`;
      const resource = await Resource.load({ ...projects, name: 'project', path }, { basePath: dataDir });
      expect(resource.valid, path).toBe(true);
      expect(await resource.read({ keyed: true, cast: true }), path).toEqual([row]);
    }
  });
});
