/** schema.org `Dataset` of the data page, so that dataset search engines can find the downloads. */
import type { OpenDataContext } from './context.ts';
import type { DescribedDataFile } from './files.ts';
import { absoluteUrl, dataPath, DATA_PAGE_PATH } from './links.ts';
import { dataSources } from './sources.ts';

/** The Dataset description: the whole-data-set files as its distributions. */
export function datasetJsonLd(ctx: OpenDataContext, files: readonly DescribedDataFile[]): Record<string, unknown> {
  const { site, programmes } = ctx.content;
  const url = (path: string) => absoluteUrl(ctx.siteBase, path);
  const years = programmes.map((p) => p.year).sort();
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': `${url(DATA_PAGE_PATH)}#dataset`,
    name: site.name,
    description: `${site.description}数据整理自政府公开发布的民生工程通知，每条记录注明原文段落。`,
    url: url(DATA_PAGE_PATH),
    inLanguage: 'zh-CN',
    isAccessibleForFree: true,
    license: site.dataLicence.url,
    dateModified: ctx.updated.date,
    keywords: ['民生工程', ...new Set(programmes.map((p) => p.jurisdiction))],
    ...(site.organiser ? { publisher: { '@type': 'GovernmentOrganization', name: site.organiser } } : {}),
    ...(years.length ? { temporalCoverage: years[0] === years.at(-1) ? String(years[0]) : `${years[0]}/${years.at(-1)}` } : {}),
    spatialCoverage: [...new Set(programmes.map((p) => p.jurisdiction))].map((name) => ({ '@type': 'AdministrativeArea', name })),
    isBasedOn: dataSources(ctx).map((s) => ({ '@type': 'CreativeWork', name: s.title, ...(s.url ? { url: s.url } : {}) })),
    distribution: files
      .filter((f) => f.group === 'table' || f.group === 'json')
      .map((f) => ({ '@type': 'DataDownload', name: `${f.title}（${f.format.toUpperCase()}）`, encodingFormat: f.mediaType, contentUrl: url(dataPath(f.path)), contentSize: `${f.size} B` })),
  };
}
