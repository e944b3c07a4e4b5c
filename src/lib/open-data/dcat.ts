/**
 * catalog.jsonld: a DCAT catalogue (W3C Data Catalog Vocabulary) in JSON-LD, so that government
 * open-data portals and harvesters can list the data sets. One dcat:Dataset per kind of record,
 * one dcat:Distribution per file, each with its size and SHA-256 (SPDX checksum).
 */
import { t } from '../../i18n/index.ts';
import { DATASETS, datasetKinds, fileKind, schemaFile } from './catalogue.ts';
import type { OpenDataContext } from './context.ts';
import type { DescribedDataFile } from './files.ts';
import { absoluteUrl, dataPath, DATA_PAGE_PATH, DICTIONARY_PAGE_PATH } from './links.ts';
import { dataSources } from './sources.ts';

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  spdx: 'http://spdx.org/rdf/terms#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const lang = (value: string) => ({ '@value': value, '@language': 'zh-CN' });
const ref = (id: string) => ({ '@id': id });

/**
 * The catalogue as a JSON-LD document: the data sets of the file catalogue (catalogue.ts), each
 * distributed by the files that belong to it, a JSON file conforming to its JSON Schema.
 */
export function dcatCatalog(ctx: OpenDataContext, files: readonly DescribedDataFile[]): Record<string, unknown> {
  const { site } = ctx.content;
  const url = (path: string) => absoluteUrl(ctx.siteBase, path);
  const byPath = new Map(files.map((f) => [f.path, f]));
  const licence = ref(site.dataLicence.url);
  const modified = { '@value': ctx.updated.date, '@type': 'xsd:date' };
  const publisher = site.organiser ? { 'dct:publisher': { '@type': 'foaf:Organization', 'foaf:name': lang(site.organiser) } } : {};
  const places = [...new Set(ctx.content.programmes.map((p) => p.jurisdiction))];
  const years = [...new Set(ctx.content.programmes.map((p) => p.year))].sort();
  const distribution = (path: string, conformsTo: string | null) => {
    const f = byPath.get(path);
    if (!f) throw new Error(`catalog: no data file ${path}`);
    return {
      '@id': url(dataPath(path)),
      '@type': 'dcat:Distribution',
      'dct:title': lang(t('data.distribution.title', { title: f.title, format: f.kind.format.toUpperCase() })),
      'dcat:downloadURL': ref(url(dataPath(path))),
      'dcat:accessURL': ref(url(DATA_PAGE_PATH)),
      'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${f.kind.mediaType}`),
      'dct:format': f.kind.format.toUpperCase(),
      'dcat:byteSize': { '@value': String(f.size), '@type': 'xsd:nonNegativeInteger' },
      'spdx:checksum': { '@type': 'spdx:Checksum', 'spdx:algorithm': ref('spdx:checksumAlgorithm_sha256'), 'spdx:checksumValue': { '@value': f.sha256, '@type': 'xsd:hexBinary' } },
      'dct:license': licence,
      'dct:modified': modified,
      ...(conformsTo ? { 'dct:conformsTo': ref(conformsTo) } : {}),
    };
  };
  return {
    '@context': CONTEXT,
    '@id': url(dataPath(fileKind('catalog').path)),
    '@type': 'dcat:Catalog',
    'dct:title': lang(site.name),
    'dct:description': lang(site.description),
    'dct:language': ref('http://id.loc.gov/vocabulary/iso639-1/zh'),
    'dct:license': licence,
    'dct:modified': modified,
    'foaf:homepage': ref(url('')),
    ...publisher,
    'dcat:dataset': DATASETS.map((d) => ({
      '@id': `${url(DATA_PAGE_PATH)}#${d.id}`,
      '@type': 'dcat:Dataset',
      'dct:identifier': d.id,
      'dct:title': lang(t(d.title)),
      'dct:description': lang(t(d.description)),
      'dcat:keyword': [lang(t('data.keyword')), ...places.map(lang)],
      'dct:spatial': places.map((p) => ({ '@type': 'dct:Location', 'dct:title': lang(p) })),
      'dct:temporal': years.map((y) => ({ '@type': 'dct:PeriodOfTime', 'dcat:startDate': { '@value': `${y}-01-01`, '@type': 'xsd:date' }, 'dcat:endDate': { '@value': `${y}-12-31`, '@type': 'xsd:date' } })),
      'dct:source': dataSources(ctx).map((s) => (s.url ? { '@id': s.url, 'dct:title': lang(s.title) } : { 'dct:title': lang(s.title) })),
      'dct:license': licence,
      'dct:modified': modified,
      'dcat:landingPage': ref(url(DATA_PAGE_PATH)),
      'foaf:page': ref(url(DICTIONARY_PAGE_PATH)),
      ...publisher,
      'dcat:distribution': datasetKinds(d.id).map((k) => distribution(k.path, k.schema ? url(dataPath(schemaFile(k.schema))) : null)),
    })),
  };
}
