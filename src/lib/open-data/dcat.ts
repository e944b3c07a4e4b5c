/**
 * catalog.jsonld: a DCAT catalogue in JSON-LD that conforms to DCAT-AP 3 (the EU application
 * profile government portals harvest), so that open-data portals and harvesters can list the data
 * sets. One dcat:Dataset per kind of record, one dcat:Distribution per file, each with its size and
 * SHA-256 (SPDX checksum). Values are IRIs of the vocabularies DCAT-AP names (vocabularies.ts), and
 * every node a DCAT-AP range constrains carries its class, so the catalogue validates against the
 * DCAT-AP SHACL shapes on its own (tests/data/dcat-ap.test.ts).
 *
 * The publisher and contact point come from site.yaml (`organiser`, `contact`); without them the
 * catalogue lacks the publisher DCAT-AP requires, and the build warns (identity.ts). Dates are the
 * data's last-updated date and the content's first commit (context.ts), left out where unknown.
 */
import { DATASETS, datasetKinds, fileKind, filesOfKind, fileNote, schemaFile, type SiteFileKind } from './catalogue.ts';
import { partNote } from './split.ts';
import { contextT, type OpenDataContext } from './context.ts';
import type { DescribedDataFile } from './files.ts';
import { absoluteUrl, dataPath, DATA_PAGE_PATH, DICTIONARY_PAGE_PATH } from './links.ts';
import { dataSources } from './sources.ts';
import {
  AVAILABILITY_STABLE,
  DATA_THEME_SCHEME,
  DATA_THEMES,
  dataLicence,
  FILE_TYPES,
  FREQUENCY_ANNUAL,
  LANGUAGE_ZH,
  mediaTypeIri,
  PUBLISHER_TYPES,
  RFC_4180,
  SHA256,
  type Concept,
} from './vocabularies.ts';

const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatap: 'http://data.europa.eu/r5r/',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

type Node = Record<string, unknown>;

const lang = (value: string) => ({ '@value': value, '@language': 'zh-CN' });
const english = (value: string) => ({ '@value': value, '@language': 'en' });
const ref = (id: string) => ({ '@id': id });
/** A node of the given class (DCAT-AP's ranges are checked by class). */
const typed = (id: string, type: string, more: Node = {}): Node => ({ '@id': id, '@type': type, ...more });
const concept = (c: Concept, more: Node = {}) => typed(c.iri, 'skos:Concept', { 'skos:prefLabel': english(c.label), ...more });
const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });
/** Only the entries whose value is known. */
const known = (entries: Record<string, unknown>): Node => Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== null && v !== undefined));

/**
 * The contact point of the data sets from site.yaml's `contact` (an e-mail address, a web
 * address or a phone number), as a vCard; null when the site configures none.
 */
export function contactPoint(contact: string | null, name: string): Node | null {
  if (contact === null) return null;
  const value = contact.trim();
  const how = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
    ? { 'vcard:hasEmail': ref(`mailto:${value}`) }
    : /^https?:\/\//.test(value)
      ? { 'vcard:hasURL': ref(value) }
      : /^\+?[\d\s()-]{3,}$/.test(value)
        ? { 'vcard:hasTelephone': ref(`tel:${value.replace(/[\s()]/g, '')}`) }
        : { 'vcard:note': lang(value) };
  return { '@type': 'vcard:Kind', 'vcard:fn': lang(name), ...how };
}

/**
 * The name of a download as the catalogues give it (catalog.jsonld, the data page's schema.org
 * Dataset): a CSV table's two files are told apart by what each is for (with BOM for Excel and WPS,
 * without for programs), where the format alone would name both alike. `t` is the context's wording.
 */
export function distributionTitle(t: ReturnType<typeof contextT>, f: { title: string; kind: { format: string; bom: boolean } }): string {
  if (f.kind.format === 'csv') return t(f.kind.bom ? 'data.distribution.titleBom' : 'data.distribution.titlePlain', { title: f.title });
  return t('data.distribution.title', { title: f.title, format: f.kind.format.toUpperCase() });
}

/**
 * The catalogue as a JSON-LD document: the data sets of the file catalogue (catalogue.ts), each
 * distributed by the files that belong to it, a JSON file conforming to its JSON Schema.
 */
export function dcatCatalog(ctx: OpenDataContext, files: readonly DescribedDataFile[]): Record<string, unknown> {
  const { site } = ctx.content;
  const t = contextT(ctx);
  const url = (path: string) => absoluteUrl(ctx.siteBase, path);
  const licenceOf = dataLicence(site.dataLicence);
  const licence = typed(
    licenceOf.iri,
    'dct:LicenseDocument',
    known({
      'dct:identifier': licenceOf.spdx,
      'rdfs:label': lang(licenceOf.title),
      'rdfs:seeAlso': licenceOf.url === licenceOf.iri ? null : ref(licenceOf.url),
      'dct:type': licenceOf.types.length ? licenceOf.types.map((c) => concept(c)) : null,
    }),
  );
  const language = typed(LANGUAGE_ZH.iri, 'dct:LinguisticSystem');
  const modified = ctx.updated.date === null ? null : date(ctx.updated.date);
  const issued = ctx.history.firstCommitted === null ? null : date(ctx.history.firstCommitted.slice(0, 10));
  const publisher = site.organiser
    ? known({
        '@type': ['foaf:Agent', 'foaf:Organization'],
        'foaf:name': lang(site.organiser),
        'dct:type': site.organiserType ? concept(PUBLISHER_TYPES[site.organiserType]) : null,
      })
    : null;
  const contact = contactPoint(site.contact, site.organiser ?? site.name);
  const places = [...new Set(ctx.content.programmes.map((p) => p.jurisdiction))];
  const spatial = places.map((p) => ({ '@type': 'dct:Location', 'skos:prefLabel': lang(p) }));
  const years = [...new Set(ctx.content.programmes.map((p) => p.year))].sort();
  const temporal = years.map((y) => ({ '@type': 'dct:PeriodOfTime', 'dcat:startDate': date(`${y}-01-01`), 'dcat:endDate': date(`${y}-12-31`) }));
  const scheme = typed(DATA_THEME_SCHEME.iri, 'skos:ConceptScheme', { 'dct:title': english(DATA_THEME_SCHEME.title) });
  const themes = DATA_THEMES.map((c) => concept(c, { 'skos:inScheme': ref(DATA_THEME_SCHEME.iri) }));
  const document = (iri: string) => typed(iri, 'foaf:Document');
  const sources = dataSources(ctx);
  const titles = (list: readonly { title: string }[]) => list.map((s) => s.title).join(t('data.catalog.provenanceSeparator'));
  const provenance = {
    '@type': 'dct:ProvenanceStatement',
    'rdfs:label': lang(t('data.catalog.provenance', { sources: titles(sources.entered), basis: sources.basis.length ? titles(sources.basis) : null })),
  };

  const distribution = (f: DescribedDataFile): Node => {
    const kind = f.kind as SiteFileKind;
    const csv = kind.format === 'csv';
    const conformsTo = kind.schema
      ? typed(url(dataPath(schemaFile(kind.schema))), 'dct:Standard', { 'dct:title': lang(t('data.distribution.jsonSchema', { file: kind.path })) })
      : csv
        ? typed(RFC_4180, 'dct:Standard', { 'dct:title': lang(t('data.distribution.csvStandard')) })
        : null;
    const title = distributionTitle(t, f);
    return known({
      '@id': url(dataPath(f.path)),
      '@type': 'dcat:Distribution',
      'dct:title': lang(title),
      'dct:description': lang(`${fileNote(f, t) ?? f.title}${partNote(f.part, t)}`),
      'dcat:downloadURL': ref(url(dataPath(f.path))),
      'dcat:accessURL': ref(url(DATA_PAGE_PATH)),
      'dcat:mediaType': typed(mediaTypeIri(kind.mediaType), 'dct:MediaType'),
      'dct:format': typed(FILE_TYPES[kind.format].iri, 'dct:MediaTypeOrExtent', { 'rdfs:label': english(FILE_TYPES[kind.format].label) }),
      'dcat:byteSize': { '@value': String(f.size), '@type': 'xsd:nonNegativeInteger' },
      'spdx:checksum': {
        '@type': 'spdx:Checksum',
        'spdx:algorithm': typed(SHA256, 'spdx:ChecksumAlgorithm'),
        'spdx:checksumValue': { '@value': f.sha256, '@type': 'xsd:hexBinary' },
      },
      'dct:license': licence,
      'dct:language': language,
      'dcatap:availability': concept(AVAILABILITY_STABLE),
      'dct:modified': modified,
      'dct:conformsTo': conformsTo,
    });
  };

  return known({
    '@context': CONTEXT,
    '@id': url(dataPath(fileKind('catalog').path)),
    '@type': 'dcat:Catalog',
    'dct:title': lang(site.name),
    'dct:description': lang(site.description),
    'dct:language': language,
    'dct:license': licence,
    'dct:issued': issued,
    'dct:modified': modified,
    'foaf:homepage': document(url('')),
    'dct:publisher': publisher,
    // A reader of the catalogue alone learns why it names no publisher or contact (the pages say so too).
    'rdfs:comment': publisher && contact ? null : lang(t('identity.catalog.notConfigured', { organiser: !publisher, contact: !contact })),
    'dct:spatial': spatial,
    'dcat:themeTaxonomy': scheme,
    'dcat:dataset': DATASETS.map((d) =>
      known({
        '@id': `${url(DATA_PAGE_PATH)}#${d.id}`,
        '@type': 'dcat:Dataset',
        'dct:identifier': d.id,
        'dct:title': lang(t(d.title)),
        'dct:description': lang(d.description(t, ctx.content)),
        'dcat:keyword': [lang(t('data.keyword')), ...places.map(lang)],
        'dcat:theme': themes,
        'dct:spatial': spatial,
        'dct:temporal': temporal,
        'dct:language': language,
        'dct:provenance': provenance,
        'dct:relation': [...sources.entered, ...sources.basis].map((s) =>
          s.url ? typed(s.url, 'foaf:Document', { 'dct:title': lang(s.title) }) : { '@type': 'foaf:Document', 'dct:title': lang(s.title) },
        ),
        'dct:license': licence,
        'dct:issued': issued,
        'dct:modified': modified,
        'dct:accrualPeriodicity': typed(FREQUENCY_ANNUAL.iri, 'dct:Frequency', { 'skos:prefLabel': english(FREQUENCY_ANNUAL.label) }),
        'dcat:landingPage': document(url(DATA_PAGE_PATH)),
        'foaf:page': document(url(DICTIONARY_PAGE_PATH)),
        'dct:publisher': publisher,
        'dcat:contactPoint': contact,
        'dcat:distribution': datasetKinds(d.id).flatMap((kind) => filesOfKind(files, kind).map(distribution)),
      }),
    ),
  });
}
