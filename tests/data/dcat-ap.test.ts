/**
 * catalog.jsonld against the DCAT-AP 3.0.1 SHACL shapes, as a portal harvester validates it: the
 * mandatory and range shapes (dcat-ap-SHACL.ttl, ranges.ttl) and the recommended properties
 * (shapes_recommended.ttl, severity Warning), from the project's shared validators folder (never
 * copied into the project), with a SHACL engine from npm (rdf-validate-shacl).
 *
 * The Luyang example's site.yaml, like the shipped one, leaves organiser and contact unset (the
 * hosting government fills them in), so the catalogue is built from a copy of the example whose
 * site.yaml sets both, as a deployment's does; the example's build is checked to fail on exactly
 * the missing publisher.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildOrThrow, ROOT } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';

const SHAPES_DIR = join(ROOT, '../shared/validators/dcat-ap-3.0.1');
const SHAPE_FILES = ['dcat-ap-SHACL.ttl', 'ranges.ttl', 'shapes_recommended.ttl'];

/** One result of a validation, in words. */
interface Finding {
  severity: string;
  path: string | null;
  focus: string;
  message: string;
}

/**
 * Recommendations the catalogue cannot meet without inventing data: DCAT-AP recommends a bounding
 * box and a centroid for every dct:Location, and the content states no geometry of a jurisdiction
 * (its name only). Nothing else may be reported.
 */
const NO_GEOMETRY = new Set(['http://www.w3.org/ns/dcat#bbox', 'http://www.w3.org/ns/dcat#centroid']);

let validator: SHACLValidator;

async function validate(catalogFile: string): Promise<Finding[]> {
  const data = await rdf.dataset().import(rdf.fromFile(catalogFile));
  const report = await validator.validate(data);
  return report.results.map((r) => ({
    severity: r.severity?.value.split('#')[1] ?? '',
    path: r.path?.value ?? null,
    focus: r.focusNode?.value ?? '',
    message: r.message.map((m) => m.value).join(' '),
  }));
}
const violations = (findings: Finding[]) => findings.filter((f) => f.severity === 'Violation');

/** Runs git in `dir` with a fixed identity and commit date, failing loudly. */
function git(dir: string, args: string[], date?: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.gov.cn',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.gov.cn',
    ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
  };
  const run = spawnSync('git', args, { cwd: dir, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
}

/**
 * The Luyang example with the identity a deployment gives it, in a git repository of its own as
 * a deployment keeps it: the content committed on 1 January 2023, site.yaml's identity on 14
 * November 2023 (the dates the catalogue must then carry).
 */
function configuredContent(): string {
  const dir = copyLuyangExample();
  git(dir, ['init', '-q']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'content'], '2023-01-01T08:00:00Z');
  const sitePath = join(dir, 'site.yaml');
  const site = readFileSync(sitePath, 'utf8')
    .replace(/^organiser: null$/m, 'organiser: 测试区人民政府办公室')
    .replace(/^organiserType: null$/m, 'organiserType: local-authority')
    .replace(/^contact: null$/m, 'contact: opendata@example.gov.cn');
  expect(site).toContain('organiser: 测试区人民政府办公室');
  expect(site).toContain('contact: opendata@example.gov.cn');
  writeFileSync(sitePath, site);
  git(dir, ['commit', '-q', '-am', 'identity'], '2023-11-14T22:13:20Z');
  return dir;
}

let configured = '';
beforeAll(async () => {
  const shapes = rdf.dataset();
  for (const file of SHAPE_FILES) await shapes.import(rdf.fromFile(join(SHAPES_DIR, file)));
  validator = new SHACLValidator(shapes, { factory: rdf });
  // No SOURCE_DATE_EPOCH: the build dates the data by the content's last commit.
  configured = buildOrThrow({ CONTENT_DIR: configuredContent(), SITE_URL: 'https://example.gov.cn', BASE_PATH: '', SOURCE_DATE_EPOCH: '' });
});

describe('catalog.jsonld against DCAT-AP 3.0.1', () => {
  it('has zero violations, and of the recommendations misses only a geometry no content states', async () => {
    const findings = await validate(join(configured, 'data', 'catalog.jsonld'));
    expect(violations(findings)).toEqual([]);
    expect(findings.filter((f) => !NO_GEOMETRY.has(f.path ?? ''))).toEqual([]);
  });

  it('names the publisher and contact point from site.yaml, and file types, licence, themes, dates and periodicity as vocabulary IRIs', () => {
    const catalog = JSON.parse(readFileSync(join(configured, 'data', 'catalog.jsonld'), 'utf8'));
    expect(catalog['dct:publisher']).toMatchObject({
      'foaf:name': { '@value': '测试区人民政府办公室' },
      'dct:type': { '@id': 'http://purl.org/adms/publishertype/LocalAuthority' },
    });
    // Nothing is missing, so the catalogue has no note of what is.
    expect(catalog['rdfs:comment']).toBeUndefined();
    expect(catalog['dct:license']).toMatchObject({
      '@id': 'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0',
      'dct:identifier': 'CC-BY-4.0',
      'rdfs:seeAlso': { '@id': 'https://creativecommons.org/licenses/by/4.0/' },
    });
    const [dataset] = catalog['dcat:dataset'];
    expect(dataset['dcat:contactPoint']).toMatchObject({ '@type': 'vcard:Kind', 'vcard:hasEmail': { '@id': 'mailto:opendata@example.gov.cn' } });
    expect(dataset['dcat:theme'].map((c: { '@id': string }) => c['@id'])).toEqual([
      'http://publications.europa.eu/resource/authority/data-theme/GOVE',
      'http://publications.europa.eu/resource/authority/data-theme/SOCI',
    ]);
    expect(dataset['dct:accrualPeriodicity']['@id']).toBe('http://publications.europa.eu/resource/authority/frequency/ANNUAL');
    // Modified on the content's last commit, issued on its first.
    expect(dataset['dct:modified']).toEqual({ '@value': '2023-11-14', '@type': 'xsd:date' });
    expect(dataset['dct:issued']).toEqual({ '@value': '2023-01-01', '@type': 'xsd:date' });
    expect(catalog['dct:issued']).toEqual({ '@value': '2023-01-01', '@type': 'xsd:date' });
    const formats = dataset['dcat:distribution'].map((d: Record<string, { '@id': string }>) => d['dct:format']!['@id']);
    expect(formats).toEqual(
      expect.arrayContaining(['http://publications.europa.eu/resource/authority/file-type/CSV', 'http://publications.europa.eu/resource/authority/file-type/JSON']),
    );
  });
});

describe('the feed of a site whose content is under git', () => {
  it('dates the programme by the last commit that touched it, not by a day the notice does not state', () => {
    const feed = readFileSync(join(configured, 'feed.xml'), 'utf8');
    // The programme's files were last committed on 1 January 2023 at 08:00; site.yaml later.
    expect(feed).toContain('<updated>2023-01-01T08:00:00Z</updated>');
    expect(feed).toMatch(/<feed[^]*?<updated>2023-11-14T22:13:20Z<\/updated>/);
    expect(feed).not.toContain('2017-01-01');
  });
});

describe('the dates of the Luyang example’s build (content under git)', () => {
  it('issues every data set on the content’s first commit and modifies it on its last', () => {
    const catalog = JSON.parse(readFileSync(join(inject('distRoot'), 'data', 'catalog.jsonld'), 'utf8'));
    const lastUpdated = JSON.parse(readFileSync(join(inject('distRoot'), 'data', 'projects.json'), 'utf8')).lastUpdated;
    for (const dataset of catalog['dcat:dataset']) {
      expect(dataset['dct:modified']['@value']).toBe(lastUpdated);
      expect(dataset['dct:issued']['@value'] <= lastUpdated).toBe(true);
    }
  });
});

describe('the provenance of the Luyang example’s data sets', () => {
  it('says the data was entered from the district’s notice, and that the documents it rests on were not entered', () => {
    const catalog = JSON.parse(readFileSync(join(inject('distRoot'), 'data', 'catalog.jsonld'), 'utf8'));
    for (const dataset of catalog['dcat:dataset']) {
      const label: string = dataset['dct:provenance']['rdfs:label']['@value'];
      const [entered, rest] = label.split('每条记录注明原文段落并摘录原文。');
      expect(entered).toBe('由本站逐段录入并核对以下政府公开文件整理而成：庐阳区2017年实施“29+8”项民生工程的通知。');
      expect(rest).toContain('皖政〔2017〕10号');
      expect(rest).toContain('合政〔2017〕1号');
      expect(rest).toContain('本站未录入这些文件的原文');
    }
  });
});

describe('the shapes catch a catalogue that does not conform', () => {
  it('report the missing publisher of a site that configures no organiser (the Luyang example’s site.yaml)', async () => {
    const found = violations(await validate(join(inject('distRoot'), 'data', 'catalog.jsonld')));
    expect(found.map((f) => f.path)).toEqual(['http://purl.org/dc/terms/publisher']);
    // The catalogue itself says why, in plain Chinese.
    const catalog = JSON.parse(readFileSync(join(inject('distRoot'), 'data', 'catalog.jsonld'), 'utf8'));
    expect(catalog['rdfs:comment']).toMatchObject({ '@value': '本站发布者尚未配置主办单位和联系方式，本数据目录因此没有发布者（dct:publisher）和联系方式（dcat:contactPoint）。' });
  });

  it('report a file type given as text and a licence without its class', async () => {
    const catalog = JSON.parse(readFileSync(join(configured, 'data', 'catalog.jsonld'), 'utf8'));
    const distribution = catalog['dcat:dataset'][0]['dcat:distribution'][0];
    distribution['dct:format'] = 'CSV';
    distribution['dct:license'] = { '@id': 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' };
    const broken = join(mkdtempSync(join(tmpdir(), 'minsheng-dcat-')), 'catalog.jsonld');
    writeFileSync(broken, JSON.stringify(catalog));
    const paths = violations(await validate(broken)).map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['http://purl.org/dc/terms/format', 'http://purl.org/dc/terms/license']));
  });
});
