/** The DCAT catalogue and the schema.org JSON-LD blocks of the data page and the project pages. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { dataBytes, dataJson } from '../support/built-data.ts';

const dist = inject('distRoot');
const SITE = 'https://example.gov.cn/';
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
/** Every JSON-LD block of a page, parsed; the raw text must not be able to end its script element. */
function jsonLd(page: string): Record<string, any>[] {
  return [...read(page).matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)].map((m) => {
    expect(m[1]).not.toMatch(/</);
    return JSON.parse(m[1]!);
  });
}

describe('catalog.jsonld', () => {
  const catalog = dataJson(dist, 'catalog.jsonld');

  it('is a dcat:Catalog with the vocabularies in its context', () => {
    expect(catalog['@type']).toBe('dcat:Catalog');
    expect(catalog['@context']).toMatchObject({ dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' });
    // The licence as the EU licence vocabulary names it, with its SPDX id and canonical address.
    expect(catalog['dct:license']).toMatchObject({
      '@id': 'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0',
      '@type': 'dct:LicenseDocument',
      'dct:identifier': 'CC-BY-4.0',
    });
    expect(catalog['dcat:dataset'].map((d: Record<string, string>) => d['dct:identifier'])).toEqual(['projects', 'standards', 'milestones', 'targets', 'programmes']);
  });

  it('has a dcat:Distribution per file, with its real URL, size and SHA-256', () => {
    const distributions = catalog['dcat:dataset'].flatMap((d: Record<string, unknown[]>) => d['dcat:distribution']) as Record<string, any>[];
    expect(distributions.map((d) => d['dcat:downloadURL']['@id'])).toEqual(
      [
        'projects.csv',
        'projects.nobom.csv',
        'projects.json',
        'standards.csv',
        'standards.nobom.csv',
        'standards.json',
        'milestones.csv',
        'milestones.nobom.csv',
        'targets.csv',
        'targets.nobom.csv',
        'programmes.json',
      ].map((f) => `${SITE}data/${f}`),
    );
    for (const d of distributions) {
      expect(d['@type']).toBe('dcat:Distribution');
      const bytes = dataBytes(dist, d['dcat:downloadURL']['@id'].slice(`${SITE}data/`.length));
      expect(d['dcat:byteSize']['@value']).toBe(String(bytes.length));
      expect(d['spdx:checksum']['spdx:checksumValue']['@value']).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});

describe('JSON-LD on pages', () => {
  it('describes the data page as a schema.org Dataset with its downloads', () => {
    const [dataset, ...rest] = jsonLd('data/index.html');
    expect(rest).toEqual([]);
    expect(dataset).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      url: `${SITE}data/`,
      license: 'https://creativecommons.org/licenses/by/4.0/',
      inLanguage: 'zh-CN',
    });
    expect(dataset!.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toContain(`${SITE}data/projects.csv`);
    // Every download has a name of its own: a table's two CSV files say which is for Excel.
    const names = dataset!.distribution.map((d: { name: string }) => d.name);
    expect(new Set(names).size).toBe(names.length);
    const nameOf = (file: string) => dataset!.distribution.find((d: { contentUrl: string }) => d.contentUrl === `${SITE}data/${file}`)?.name;
    expect([nameOf('projects.csv'), nameOf('projects.nobom.csv')]).toEqual([expect.stringContaining('带 BOM'), expect.stringContaining('无 BOM')]);
    expect(dataset!.dateModified).toBe(dataJson(dist, 'projects.json').lastUpdated);
  });

  it('describes each project page as one schema.org GovernmentService', () => {
    const blocks = jsonLd('luyang-2017/projects/fitness-facilities/index.html');
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({
      '@type': 'GovernmentService',
      name: expect.any(String),
      url: `${SITE}luyang-2017/projects/fitness-facilities/`,
      areaServed: { '@type': 'AdministrativeArea', name: '合肥市庐阳区' },
    });
  });

  it('serves no area with a project not carried out this year (城市老旧小区整治: 2017年我区不再承担该项目任务)', () => {
    const [service] = jsonLd('luyang-2017/projects/old-residential-renovation/index.html');
    expect(service).toMatchObject({ '@type': 'GovernmentService', url: `${SITE}luyang-2017/projects/old-residential-renovation/` });
    expect(service).not.toHaveProperty('areaServed');
  });
});
