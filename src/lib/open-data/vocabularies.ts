/**
 * The controlled vocabularies catalog.jsonld names its values from, as DCAT-AP 3 asks: the EU
 * Publications Office's authority tables (file types, licences, languages, data themes,
 * frequencies, planned availability) and the ADMS licence and publisher types. Each concept carries
 * the English label its vocabulary gives it (they have no Chinese labels), so that the catalogue
 * is complete without fetching them.
 */

/** A concept of a controlled vocabulary: its IRI and its English label there. */
export interface Concept {
  iri: string;
  label: string;
}

const EU = 'http://publications.europa.eu/resource/authority/';

/** The EU file-type authority table (`dct:format`), by the catalogue's format code. */
export const FILE_TYPES = {
  csv: { iri: `${EU}file-type/CSV`, label: 'CSV' },
  json: { iri: `${EU}file-type/JSON`, label: 'JSON' },
  jsonld: { iri: `${EU}file-type/JSON_LD`, label: 'JSON-LD' },
  text: { iri: `${EU}file-type/TXT`, label: 'TXT' },
} as const satisfies Record<string, Concept>;

/** IANA media types (`dcat:mediaType`), the registry's own addresses. */
export const mediaTypeIri = (mediaType: string) => `https://www.iana.org/assignments/media-types/${mediaType}`;

/** The EU language authority table entry of the pages' and data's language (zh-CN is Chinese, ZHO). */
export const LANGUAGE_ZH: Concept = { iri: `${EU}language/ZHO`, label: 'Chinese' };

/** The EU data-theme vocabulary, the catalogue's theme taxonomy. */
export const DATA_THEME_SCHEME = { iri: `${EU}data-theme`, title: 'Data theme' } as const;
/**
 * The themes of every data set: livelihood projects are government programmes (GOVE) for the
 * population's social welfare, health, education and employment (SOCI).
 */
export const DATA_THEMES: readonly Concept[] = [
  { iri: `${EU}data-theme/GOVE`, label: 'Government and public sector' },
  { iri: `${EU}data-theme/SOCI`, label: 'Population and society' },
];

/** How often the data sets gain data: one programme (a notice) per year. */
export const FREQUENCY_ANNUAL: Concept = { iri: `${EU}frequency/ANNUAL`, label: 'annual' };

/** Planned availability of every file: kept at its address (file names are a public interface). */
export const AVAILABILITY_STABLE: Concept = { iri: `${EU}planned-availability/STABLE`, label: 'stable' };

/** The SPDX checksum algorithm of the distributions' checksums. */
export const SHA256 = 'http://spdx.org/rdf/terms#checksumAlgorithm_sha256';

/** RFC 4180, which the CSV files follow. */
export const RFC_4180 = 'https://www.rfc-editor.org/rfc/rfc4180';

const ADMS_LICENCE_TYPE = 'http://purl.org/adms/licencetype/';

/** A licence the site knows by its SPDX identifier. */
export interface KnownLicence {
  /** SPDX identifier, the `name` of a Data Package licence, e.g. `CC-BY-4.0`. */
  spdx: string;
  /** The licence's own canonical address (its legal code), which tools recognise. */
  url: string;
  /** Its entry in the EU licence authority table (`dct:license` in DCAT-AP). */
  eu: string;
  /** Its ADMS licence types. */
  types: readonly Concept[];
}

const attribution: Concept = { iri: `${ADMS_LICENCE_TYPE}Attribution`, label: 'Attribution' };
const shareAlike: Concept = { iri: `${ADMS_LICENCE_TYPE}ShareAlike`, label: 'Share alike' };
const publicDomain: Concept = { iri: `${ADMS_LICENCE_TYPE}PublicDomain`, label: 'Public domain' };

/** Open licences commonly used for government data, by SPDX identifier. */
export const KNOWN_LICENCES: Readonly<Record<string, KnownLicence>> = {
  'CC-BY-4.0': { spdx: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/', eu: `${EU}licence/CC_BY_4_0`, types: [attribution] },
  'CC-BY-SA-4.0': { spdx: 'CC-BY-SA-4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/', eu: `${EU}licence/CC_BYSA_4_0`, types: [attribution, shareAlike] },
  'CC0-1.0': { spdx: 'CC0-1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/', eu: `${EU}licence/CC0`, types: [publicDomain] },
  'ODC-By-1.0': { spdx: 'ODC-By-1.0', url: 'https://opendatacommons.org/licenses/by/1-0/', eu: `${EU}licence/ODC_BY`, types: [attribution] },
};

/** The licence as data files name it: its SPDX id (if any), its canonical address, its DCAT-AP IRI and types. */
export interface DataLicence {
  /** SPDX identifier, or null when the site does not give one. */
  spdx: string | null;
  title: string;
  /** Address tools recognise: the licence's canonical URL when known, else the configured one. */
  url: string;
  /** IRI of the licence document in DCAT: the EU authority table's entry when known, else {@link url}. */
  iri: string;
  types: readonly Concept[];
}

/**
 * The site's licence (site.yaml `dataLicence`) for the metadata files. The configured URL may be a
 * deed in the readers' language (what the pages link to); tools recognise a licence by its SPDX
 * id and canonical address, which a known id supplies.
 */
export function dataLicence(configured: { id: string | null; name: string; url: string }): DataLicence {
  const known = configured.id ? KNOWN_LICENCES[configured.id] : undefined;
  return {
    spdx: configured.id,
    title: configured.name,
    url: known?.url ?? configured.url,
    iri: known?.eu ?? known?.url ?? configured.url,
    types: known?.types ?? [],
  };
}

const ADMS_PUBLISHER_TYPE = 'http://purl.org/adms/publishertype/';

/** The ADMS publisher types, by the code site.yaml's `organiserType` uses. */
export const PUBLISHER_TYPES = {
  'local-authority': { iri: `${ADMS_PUBLISHER_TYPE}LocalAuthority`, label: 'Local Authority' },
  'regional-authority': { iri: `${ADMS_PUBLISHER_TYPE}RegionalAuthority`, label: 'Regional Authority' },
  'national-authority': { iri: `${ADMS_PUBLISHER_TYPE}NationalAuthority`, label: 'National authority' },
  'non-profit-organisation': { iri: `${ADMS_PUBLISHER_TYPE}NonProfitOrganisation`, label: 'Non-Profit Organisation' },
  academia: { iri: `${ADMS_PUBLISHER_TYPE}Academia-ScientificOrganisation`, label: 'Academia/Scientific organisation' },
  company: { iri: `${ADMS_PUBLISHER_TYPE}Company`, label: 'Company' },
} as const satisfies Record<string, Concept>;
export type PublisherType = keyof typeof PUBLISHER_TYPES;
export const PUBLISHER_TYPE_CODES = Object.keys(PUBLISHER_TYPES) as [PublisherType, ...PublisherType[]];
