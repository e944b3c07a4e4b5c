/** The published JSON files: against the content, and against the JSON Schemas published beside them. */
import { join } from 'node:path';
import { filesUnder } from '../../scripts/lib/files.ts';
import { describe, expect, inject, it } from 'vitest';
import { dataJson, luyangContent } from '../support/built-data.ts';
import { schemaErrors } from '../support/json-schema.ts';

const dist = inject('distRoot');
const content = luyangContent();
const SITE = 'https://example.gov.cn/';

/** Every published JSON file with the schema it names; JSON-LD and the Data Package are tested elsewhere. */
function jsonFiles(): string[] {
  return filesUnder(join(dist, 'data')).filter((f) => f.endsWith('.json') && !f.startsWith('schema/') && f !== 'datapackage.json');
}

describe('every published JSON file', () => {
  const files = jsonFiles();

  it('exists for the three collections and for each project entry', () => {
    expect(files).toEqual(expect.arrayContaining(['projects.json', 'standards.json', 'programmes.json']));
    expect(files.filter((f) => f.includes('/projects/'))).toHaveLength(47);
  });

  it.each(files)('%s is valid against the JSON Schema it names (draft 2020-12)', (file) => {
    const doc = dataJson(dist, file);
    expect(doc.schema).toMatch(new RegExp(`^${SITE}data/schema/[a-z]+\\.schema\\.json$`));
    const schema = dataJson(dist, doc.schema.slice(`${SITE}data/`.length));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(doc.schema);
    expect(schemaErrors(schema, doc)).toEqual([]);
  });
});

describe('the published schemas reject broken data', () => {
  const schema = dataJson(dist, 'schema/projects.schema.json');
  const valid = dataJson(dist, 'projects.json');

  it('fails a project whose level is "galactic"', () => {
    const broken = structuredClone(valid);
    broken.records[0].level = 'galactic';
    expect(schemaErrors(schema, broken).join('\n')).toMatch(/\/records\/0\/level must be equal to one of the allowed values/);
  });

  it('fails a missing citation, an unknown field and a bad wrapper', () => {
    const noCitations = structuredClone(valid);
    noCitations.records[1].citations = [];
    expect(schemaErrors(schema, noCitations)).not.toEqual([]);
    const extra = structuredClone(valid);
    extra.records[2].budget = 100;
    expect(schemaErrors(schema, extra)).not.toEqual([]);
    expect(schemaErrors(schema, { ...valid, formatVersion: 2 })).not.toEqual([]);
    const standards: object = dataJson(dist, 'standards.json');
    expect(schemaErrors(dataJson(dist, 'schema/standards.schema.json'), { ...standards, records: [{ kind: 'amount', id: 'x' }] })).not.toEqual([]);
  });
});

describe('the JSON files hold the content', () => {
  const projects = dataJson(dist, 'projects.json');
  const standards = dataJson(dist, 'standards.json');
  const programmes = dataJson(dist, 'programmes.json');

  it('carry the metadata header: name, licence, schema, sources, date', () => {
    expect(projects).toMatchObject({
      formatVersion: 1,
      name: 'projects',
      licence: { id: 'CC-BY-4.0', url: content.site?.dataLicence.url, name: content.site?.dataLicence.name },
      schema: `${SITE}data/schema/projects.schema.json`,
    });
    expect(projects.generatedFrom).toEqual([
      { programme: 'luyang-2017', source: 'luyang-2017-notice', title: '庐阳区2017年实施“29+8”项民生工程的通知', url: `${SITE}luyang-2017/notice/` },
    ]);
    expect(projects.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('holds every project entry with all its content fields, citations included', () => {
    expect(projects.records).toHaveLength(content.projects.length);
    for (const p of content.projects) {
      const { file: _file, ...fields } = p;
      const record = projects.records.find((r: { id: string; programme: string }) => r.id === p.id && r.programme === p.programme);
      expect(record).toMatchObject(fields);
      expect(dataJson(dist, `${p.programme}/projects/${p.id}.json`).record).toEqual(record);
    }
  });

  it('holds every standard, and each project file its project’s standards', () => {
    expect(standards.records).toHaveLength(content.standards.length);
    for (const s of content.standards) {
      const { file: _file, ...fields } = s;
      expect(standards.records.find((r: { id: string }) => r.id === s.id)).toMatchObject(fields);
    }
    const own = dataJson(dist, 'luyang-2017/projects/employment-support.json');
    expect(own.standards.map((s: { id: string }) => s.id)).toEqual(['graduate-internship-subsidy']);
    expect(own.standards[0]).toMatchObject({ previous: { value: 600, year: 2016 }, current: { value: 800, year: 2017 }, unit: '元', per: '人', period: 'month' });
  });

  it('holds the programme with its notice text, basis documents, deadlines and oversight', () => {
    expect(programmes.records).toHaveLength(content.programmes.length);
    const [programme] = programmes.records;
    const { file: _file, ...fields } = content.programmes[0]!;
    expect(programme).toMatchObject(fields);
    expect(programme.sourceDocument.paragraphs).toHaveLength(content.sources[0]!.paragraphs.length);
    expect(programme.milestones).toHaveLength(content.milestones.length);
    expect(programme.oversight).toHaveLength(content.oversight.length);
    expect(programme.basisDocuments.map((d: { number: string }) => d.number)).toEqual(['皖政〔2017〕10号', '合政〔2017〕1号']);
    // One issuer, the one the programme cites (p3's 区政府决定), in both places.
    expect([programme.document.issuer, programme.sourceDocument.issuer]).toEqual(['区政府', '区政府']);
  });
});
