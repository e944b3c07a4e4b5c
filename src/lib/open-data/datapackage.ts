/**
 * datapackage.json: a Frictionless Data Package (v1 profile `data-package`) describing the CSV
 * tables with Table Schemas and the JSON files, each with its size and SHA-256.
 */
import type { Column, Table } from './columns.ts';
import { MULTI_VALUE_SEPARATOR } from './columns.ts';
import type { OpenDataContext } from './context.ts';
import type { DescribedDataFile } from './files.ts';
import { absoluteUrl, dataPath, DATA_PAGE_PATH } from './links.ts';
import { MILESTONES_TABLE } from './milestone-table.ts';
import { PROJECTS_TABLE } from './project-table.ts';
import { dataSources } from './sources.ts';
import { STANDARDS_TABLE } from './standard-table.ts';

/** Path of the package descriptor inside data/. */
export const DATAPACKAGE_FILE = 'datapackage.json';

/** A Table Schema field from a column definition. */
function tableField(c: Column<unknown>) {
  const constraints = { ...(c.required ? { required: true } : {}), ...(c.enum ? { enum: [...c.enum] } : {}) };
  return { name: c.name, title: c.title, description: c.description, type: c.type, ...(Object.keys(constraints).length ? { constraints } : {}) };
}

/** The CSV dialect every table uses. */
const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true } as const;

/** Resource name of a file: its path with the extension as a suffix, e.g. `projects-csv`. */
const resourceName = (path: string) => path.replace(/\.(\w+)$/, '-$1').replace(/\//g, '-');

const integrity = (f: DescribedDataFile) => ({ encoding: 'utf-8', bytes: f.size, hash: `sha256:${f.sha256}` });

/**
 * The package descriptor. Resources are the whole-data-set files (three CSV tables, three JSON
 * files); the per-project files are slices of them and are listed on the data page instead.
 */
export function dataPackage(ctx: OpenDataContext, files: readonly DescribedDataFile[]): Record<string, unknown> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const file = (path: string) => {
    const f = byPath.get(path);
    if (!f) throw new Error(`datapackage: no data file ${path}`);
    return f;
  };
  const tables: Table<unknown>[] = [PROJECTS_TABLE, STANDARDS_TABLE, MILESTONES_TABLE];
  const tableResources = tables.map((t) => {
    const f = file(`${t.name}.csv`);
    return {
      profile: 'tabular-data-resource',
      name: resourceName(f.path),
      path: f.path,
      title: t.title,
      description: `${t.description}多值字段以英文分号“${MULTI_VALUE_SEPARATOR}”分隔。文件为带 BOM 的 UTF-8 编码。`,
      format: 'csv',
      mediatype: f.mediaType,
      ...integrity(f),
      dialect: CSV_DIALECT,
      schema: { fields: t.columns.map(tableField) },
    };
  });
  const jsonResources = ['projects', 'standards', 'programmes'].map((name) => {
    const f = file(`${name}.json`);
    return {
      profile: 'data-resource',
      name: resourceName(f.path),
      path: f.path,
      title: f.title,
      description: `JSON 文件：元数据加 records 数组；结构见 JSON Schema ${`schema/${name}.schema.json`}。`,
      format: 'json',
      mediatype: f.mediaType,
      ...integrity(f),
      // Not `schema`, which Data Package v1 reserves for Table Schemas.
      jsonSchema: `schema/${name}.schema.json`,
    };
  });
  const { site } = ctx.content;
  const years = [...new Set(ctx.content.programmes.map((p) => String(p.year)))];
  const places = [...new Set(ctx.content.programmes.map((p) => p.jurisdiction))];
  return {
    profile: 'data-package',
    name: 'minsheng-open-data',
    id: absoluteUrl(ctx.siteBase, dataPath(DATAPACKAGE_FILE)),
    title: site.name,
    description: site.description,
    homepage: absoluteUrl(ctx.siteBase, DATA_PAGE_PATH),
    created: ctx.updated.dateTime,
    keywords: ['民生工程', ...places, ...years],
    licenses: [{ path: site.dataLicence.url, title: site.dataLicence.name }],
    ...(site.organiser ? { contributors: [{ title: site.organiser, role: 'publisher' }] } : {}),
    sources: dataSources(ctx).map((s) => ({ title: s.title, ...(s.url ? { path: s.url } : {}) })),
    resources: [...tableResources, ...jsonResources],
  };
}
