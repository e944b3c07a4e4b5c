/**
 * Every file of the catalogue (src/lib/open-data/catalogue.ts), in a site built from a fixture
 * content tree, against each output that must name it: the file itself, the data pages, the
 * metadata (datapackage.json, catalog.jsonld, the data page's schema.org Dataset), SHA256SUMS and
 * the dictionary. A kind added to the catalogue and missed by one of them fails here; so does a
 * file one of them names that the catalogue does not.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checksumsStep } from '../../scripts/lib/post-build/checksums.ts';
import { writeSyntheticProgramme, writeSyntheticSite } from '../../scripts/lib/synthetic-content.ts';
import { readContent } from '../../src/io/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { CATALOGUE, kindOfPath, publishedFiles, type FileKind, type PublishedFile } from '../../src/lib/open-data/catalogue.ts';
import { buildOrThrow } from '../support/build-site.ts';
import { testContext } from '../support/open-data-context.ts';

/** Two programmes, one with lineage (merged, moved, withdrawn entries), so every kind has files of both. */
function fixtureContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'minsheng-catalogue-')), 'content');
  writeSyntheticSite(dir);
  writeSyntheticProgramme(dir, { id: 'synthetic-2030', year: 2030, perLevel: [3, 2, 2], lineage: true });
  writeSyntheticProgramme(dir, { id: 'synthetic-2031', year: 2031, perLevel: [2, 1, 1], district: '另一测试区' });
  return dir;
}

const contentDir = fixtureContent();
const { content, problems } = validateContent(readContent(contentDir));
const expected = publishedFiles(testContext(content));
const SITE = 'https://example.gov.cn/';

let dist = '';
const page = (path: string) => readFileSync(join(dist, path), 'utf8');
const json = (path: string) => JSON.parse(page(join('data', path)));
const sha256 = (path: string) =>
  createHash('sha256')
    .update(readFileSync(join(dist, 'data', path)))
    .digest('hex');
/** Text of the HTML element with the given id, tags removed and entities decoded. */
function elementText(html: string, id: string): string | undefined {
  const m = html.match(new RegExp(`<(\\w+) id="${id}"[^>]*>(.*?)</\\1>`, 's'));
  return m?.[2]
    ?.replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The path of a kind as a pattern over any placeholders, e.g. `data/<…>/projects/<…>.json`. */
function placeholderPattern(kind: FileKind): RegExp {
  const slot = '\u0000';
  const path = kind.scope === 'site' ? kind.path : kind.scope === 'project' ? kind.path(slot, slot) : kind.path(slot as never);
  return new RegExp(escapeRegExp(path).replaceAll(slot, '<[^<>/]+>'));
}
const each = (test: (f: PublishedFile) => void) => {
  for (const f of expected) test(f);
};

beforeAll(() => {
  dist = buildOrThrow({ CONTENT_DIR: contentDir, SITE_URL: 'https://example.gov.cn', BASE_PATH: '' });
});

describe('the fixture', () => {
  it('is valid content with files of every kind the catalogue has', () => {
    expect(problems).toEqual([]);
    expect(new Set(expected.map((f) => f.kind.id))).toEqual(new Set(CATALOGUE.map((k) => k.id)));
  });
});

describe('every catalogued file', () => {
  it('is in the built site, where no other kind’s pattern claims its path', () => {
    each((f) => {
      expect(existsSync(join(dist, 'data', f.path)), f.path).toBe(true);
      expect(kindOfPath(f.path), f.path).toBe(f.kind);
    });
  });

  it('is listed by the data page (site-wide files) or its programme’s data page (per-programme and per-project files, parts of a split table), with its checksum', () => {
    const main = page('data/index.html');
    each((f) => {
      const programme = f.project?.programme ?? f.programme ?? f.part?.programme;
      const listing = f.kind.listing === 'programme' || f.part ? page(`data/${programme}/index.html`) : main;
      expect(listing, f.path).toContain(`href="/data/${f.path}"`);
      // A per-project file's checksum is in its programme's checksum list, whose own is on the page.
      if (f.kind.scope === 'project') expect(page(`data/${programme}/SHA256SUMS`), f.path).toContain(`${sha256(f.path)}  ${f.path.slice(`${programme}/`.length)}\n`);
      else if (f.kind.stage !== 'post-build') expect(listing, f.path).toMatch(new RegExp(`data-sha256-of="${escapeRegExp(f.path)}"[^>]*>${sha256(f.path)}<`));
    });
  });

  it('is a resource of datapackage.json if it distributes a data set without a byte order mark, and no other file is', () => {
    const resources = json('datapackage.json').resources.map((r: { path: string }) => r.path);
    // The CSV files with a byte order mark are not resources: Frictionless reads their twins without one.
    expect(resources).toEqual(expected.filter((f) => f.kind.dataset !== null && !f.kind.bom).map((f) => f.path));
  });

  it('is a distribution of catalog.jsonld (and of the data page’s Dataset) if it distributes a data set, and no other file is', () => {
    const catalog = json('catalog.jsonld');
    const distributed = catalog['dcat:dataset'].flatMap((d: { 'dct:identifier': string; 'dcat:distribution': { 'dcat:downloadURL': { '@id': string } }[] }) =>
      d['dcat:distribution'].map((x) => ({ dataset: d['dct:identifier'], path: x['dcat:downloadURL']['@id'].replace(`${SITE}data/`, '') })),
    );
    const inDatasets = expected.filter((f) => f.kind.dataset !== null);
    expect([...distributed].sort((a, b) => a.path.localeCompare(b.path))).toEqual(
      inDatasets.map((f) => ({ dataset: f.kind.dataset, path: f.path })).sort((a, b) => a.path.localeCompare(b.path)),
    );
    const dataset = JSON.parse(page('data/index.html').match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
    // The parts of a split table are not: the data page names each split table once.
    expect(dataset.distribution.map((d: { contentUrl: string }) => d.contentUrl.replace(`${SITE}data/`, ''))).toEqual(inDatasets.filter((f) => !f.part).map((f) => f.path));
  });

  it('is in SHA256SUMS with its checksum unless written after it, and SHA256SUMS holds nothing else', () => {
    const sums = new Map(
      page('data/SHA256SUMS')
        .trim()
        .split('\n')
        .map((l) => [l.slice(66), l.slice(0, 64)] as const),
    );
    const summed = expected.filter((f) => f.kind.stage !== 'post-build');
    expect([...sums.keys()].sort()).toEqual(summed.map((f) => f.path).sort());
    for (const f of summed) expect(sums.get(f.path), f.path).toBe(sha256(f.path));
  });

  it('is documented by the dictionary if it has a table or a JSON Schema, and every JSON Schema is linked from it', () => {
    const dictionary = page('data/dictionary/index.html');
    for (const kind of CATALOGUE as readonly FileKind[]) {
      if (kind.scope === 'schema') {
        each((f) => {
          if (f.kind === kind) expect(dictionary, f.path).toContain(`href="/data/${f.path}"`);
        });
      } else if (kind.table || kind.schema) {
        // Its own anchor, naming its path (a per-project path with placeholders).
        expect(elementText(dictionary, kind.id), kind.id).toMatch(placeholderPattern(kind));
      }
    }
  });
});

describe('the checksum step', () => {
  it('refuses a file under data/ that the catalogue does not describe', async () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'minsheng-catalogue-stray-')), 'site');
    cpSync(dist, outDir, { recursive: true });
    writeFileSync(join(outDir, 'data', 'extra.csv'), 'a,b\r\n');
    await expect(checksumsStep.run({ outDir })).rejects.toThrow(/extra\.csv: not a kind of file in the catalogue/);
  });
});
