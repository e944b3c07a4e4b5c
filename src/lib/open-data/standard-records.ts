import { amountChange, standardsOf, unitLabel } from '../programme/standards.ts';
import { projectPath } from '../site/urls.ts';
import type { PublishedStandard } from '../../schemas/open-data.ts';
import type { Standard } from '../../schemas/standard.ts';
import { oncePerContext, type OpenDataContext } from './context.ts';
import { absoluteUrl } from './links.ts';
import { projectEntries } from './project-records.ts';
import { withoutFile } from './strip-file.ts';

/** One standard as published, with its project's name and page, and (for amounts) the change. */
export function publishedStandard(siteBase: string, projectName: string, standard: Standard): PublishedStandard {
  const extras = { projectName, url: absoluteUrl(siteBase, `${projectPath(standard.programme, standard.project)}#standards`) };
  if (standard.kind === 'coverage') return { ...withoutFile(standard), ...extras };
  const change = amountChange(standard);
  return { ...withoutFile(standard), ...extras, unitLabel: unitLabel(standard), absoluteChange: change.absolute, percentChange: change.percent };
}

/**
 * Records of standards.json: grouped by project in project order, each project's in site order.
 * Made once per context: standards.csv, standards.json and every project's own file read them.
 */
export const standardRecords: (ctx: OpenDataContext) => readonly PublishedStandard[] = oncePerContext((ctx) =>
  Object.freeze(projectEntries(ctx).flatMap(({ index, project }) => standardsOf(index, project.id).map((s) => publishedStandard(ctx.siteBase, project.name, s)))),
);
