/** schema.org `Dataset` of the data page, so that dataset search engines can find the downloads. */
import { contextT, type OpenDataContext } from './context.ts';
import { distributionTitle } from './dcat.ts';
import type { DescribedDataFile } from './files.ts';
import { absoluteUrl, dataPath, DATA_PAGE_PATH } from './links.ts';
import { dataSources } from './sources.ts';
import { dataLicence } from './vocabularies.ts';

/**
 * The Dataset description: the files of the catalogue's data sets as its distributions, but the
 * parts of a table split by programme (split.ts), which would make the data page grow with the
 * number of programmes; catalog.jsonld and datapackage.json list them.
 */
export function datasetJsonLd(ctx: OpenDataContext, files: readonly DescribedDataFile[]): Record<string, unknown> {
  const { site, programmes } = ctx.content;
  const t = contextT(ctx);
  const url = (path: string) => absoluteUrl(ctx.siteBase, path);
  const years = programmes.map((p) => p.year).sort();
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${url(DATA_PAGE_PATH)}#dataset`,
    name: site.name,
    description: t('data.jsonld.dataset.description', { site: site.description }),
    url: url(DATA_PAGE_PATH),
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
    license: dataLicence(site.dataLicence).url,
    ...(ctx.updated.date === null ? {} : { dateModified: ctx.updated.date }),
    keywords: [t('data.keyword'), ...new Set(programmes.map((p) => p.jurisdiction))],
    ...(site.organiser ? { publisher: { '@type': 'GovernmentOrganization', name: site.organiser } } : {}),
    ...(years.length ? { temporalCoverage: years[0] === years.at(-1) ? String(years[0]) : `${years[0]}/${years.at(-1)}` } : {}),
    spatialCoverage: [...new Set(programmes.map((p) => p.jurisdiction))].map((name) => ({ '@type': 'AdministrativeArea', name })),
    // What the data is derived from: the notices, not the documents they in turn implement.
    isBasedOn: dataSources(ctx).entered.map((s) => ({ '@type': 'CreativeWork', name: s.title, ...(s.url ? { url: s.url } : {}) })),
    distribution: files
      .filter((f) => f.kind.dataset !== null && !f.part)
      .map((f) => ({
        '@type': 'DataDownload',
        name: distributionTitle(t, f),
        encodingFormat: f.kind.mediaType,
        contentUrl: url(dataPath(f.path)),
        contentSize: `${f.size} B`,
      })),
  };
}
