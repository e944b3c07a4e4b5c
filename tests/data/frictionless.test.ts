/**
 * Every published CSV read the way a data team reads it with Frictionless: the JavaScript
 * implementation (`datapackage`, with `tableschema`) loads datapackage.json and reads each table's
 * rows, cast to the types its Table Schema declares. The per-project tables are read through the
 * same library with projects.csv's schema. A file with a byte order mark is the same bytes as its
 * twin after the mark (tests/data/csv.test.ts), so reading the twins reads every table. The
 * tables' keys hold as the library checks them: no primary key twice, no foreign key dangling.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  schema: { fields: { name: string; type: string }[]; primaryKey: string[]; foreignKeys?: { fields: string[]; reference: { resource: string } }[] };
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

describe('the tables’ keys in Frictionless', () => {
  it('name each row once and every project a row of projects.csv, resolved by the library', async () => {
    expect(tables.map((r) => [r.name, r.schema.primaryKey.length > 0, r.schema.foreignKeys?.map((fk) => fk.reference.resource) ?? []])).toEqual([
      ['projects-csv', true, []],
      ['standards-csv', true, ['projects-csv']],
      ['milestones-csv', true, []],
      ['targets-csv', true, ['projects-csv']],
    ]);
    for (const declared of tables) {
      const rows = await pkg.getResource(declared.name)!.read({ keyed: true, relations: true });
      expect(rows.length, declared.name).toBe(dataCsv(dist, declared.path).rows.length);
      if (!declared.schema.foreignKeys) continue;
      // A resolved key holds the projects row it names: the project's name is the row's own copy of it.
      for (const row of rows) expect((row.project_id as { name: string }).name, declared.name).toBe(row.project_name);
    }
  });

  it('are stated in the data dictionary, each table’s above its columns', () => {
    const dictionary = readFileSync(join(dataDir, 'dictionary/index.html'), 'utf8');
    const section = (id: string) => dictionary.slice(dictionary.indexOf(`<h3 id="${id}"`), dictionary.indexOf('<table', dictionary.indexOf(`<h3 id="${id}"`)));
    expect(section('targets-csv')).toContain('每一行由 programme_id、project_id、target_number 这几列共同确定，同一组值不会出现在两行');
    expect(section('targets-csv')).toContain('programme_id、project_id 指向 projects.csv 中的一行');
    expect(section('projects-csv')).toContain('每一行由 programme_id、project_id 这两列共同确定');
    expect(section('projects-csv')).not.toContain('指向');
  });

  /** A copy of the package in which `path` is replaced by `edit` of its text. */
  function editedPackage(path: string, edit: (text: string) => string): string {
    const dir = mkdtempSync(join(tmpdir(), 'frictionless-keys-'));
    copyFileSync(join(dataDir, 'datapackage.json'), join(dir, 'datapackage.json'));
    for (const r of tables) copyFileSync(join(dataDir, r.path), join(dir, r.path));
    writeFileSync(join(dir, path), edit(readFileSync(join(dir, path), 'utf8')));
    // The bytes changed: the package's size and hash of the file are not what this test checks.
    const descriptorCopy = dataJson(dist, 'datapackage.json');
    for (const r of descriptorCopy.resources) if (r.path === path) delete r.bytes, delete r.hash;
    writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(descriptorCopy));
    return dir;
  }

  it('rejects a target listed twice', async () => {
    const dir = editedPackage('targets.nobom.csv', (text) => {
      const lines = text.split('\r\n');
      return [...lines.slice(0, 2), lines[1], ...lines.slice(2)].join('\r\n');
    });
    const edited = await Package.load(join(dir, 'datapackage.json'));
    await expect(edited.getResource('targets-csv')!.read({ keyed: true })).rejects.toThrow(/unique constraint violation in column "programme_id, project_id, target_number"/);
  });

  it('rejects a standard whose project is not in projects.csv', async () => {
    const standards = dataCsv(dist, 'standards.nobom.csv').rows[0]!;
    const dir = editedPackage('standards.nobom.csv', (text) => text.replace(`,${standards.project_id},`, ',no-such-project,'));
    const edited = await Package.load(join(dir, 'datapackage.json'));
    // Read without the relations the row is well-formed; with them, the dangling key is found.
    expect(await edited.getResource('standards-csv')!.read({ keyed: true })).toHaveLength(dataCsv(dist, 'standards.nobom.csv').rows.length);
    await expect(edited.getResource('standards-csv')!.read({ keyed: true, relations: true })).rejects.toThrow(/Foreign key "programme_id,project_id" violation in row 2/);
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
