/**
 * The published JSON documents: a metadata header (what, when, under which licence, which schema,
 * from which sources) followed by the records.
 */
import { programmeT } from '../programme/wording.ts';
import { sourcePath } from '../site/urls.ts';
import type { ProgrammesFile, ProjectFile, ProjectsFile, PublishedFileName, PublishedStandard, StandardsFile } from '../../schemas/open-data.ts';
import { OPEN_DATA_FORMAT_VERSION } from '../../schemas/open-data.ts';
import type { Translate } from '../../i18n/index.ts';
import type { Programme } from '../../schemas/programme.ts';
import { kindTitle, schemaFile, schemaSubject } from './catalogue.ts';
import { contextT, type OpenDataContext } from './context.ts';
import { absoluteUrl, dataPath } from './links.ts';
import { programmeRecords, programmeSource } from './programme-records.ts';
import { projectEntries, projectRecords } from './project-records.ts';
import { standardRecords } from './standard-records.ts';

/** Title of a JSON file kind, as the catalogue gives it for the kind its schema describes, worded by `translate`. */
const titleOf = (name: PublishedFileName, translate: Translate) => kindTitle(schemaSubject(name), translate);

/** The metadata header shared by every JSON file. */
function header<N extends PublishedFileName>(ctx: OpenDataContext, name: N, title: string, programmes: readonly Programme[]) {
  return {
    formatVersion: OPEN_DATA_FORMAT_VERSION,
    name,
    title,
    lastUpdated: ctx.updated.date,
    licence: { id: ctx.content.site.dataLicence.id, name: ctx.content.site.dataLicence.name, url: ctx.content.site.dataLicence.url },
    schema: absoluteUrl(ctx.siteBase, dataPath(schemaFile(name))),
    generatedFrom: programmes.map((p) => {
      const source = programmeSource(ctx, p);
      return { programme: p.id, source: source.id, title: source.title, url: absoluteUrl(ctx.siteBase, sourcePath(p.id)) };
    }),
  } as const;
}

/** /data/projects.json */
export function projectsDocument(ctx: OpenDataContext): ProjectsFile {
  return { ...header(ctx, 'projects', titleOf('projects', contextT(ctx)), ctx.content.programmes), records: [...projectRecords(ctx)] };
}

/** /data/standards.json */
export function standardsDocument(ctx: OpenDataContext): StandardsFile {
  return { ...header(ctx, 'standards', titleOf('standards', contextT(ctx)), ctx.content.programmes), records: [...standardRecords(ctx)] };
}

/** /data/programmes.json */
export function programmesDocument(ctx: OpenDataContext): ProgrammesFile {
  return { ...header(ctx, 'programmes', titleOf('programmes', contextT(ctx)), ctx.content.programmes), records: programmeRecords(ctx) };
}

/** /data/<programme>/projects/<id>.json, one per project entry, in projects.json order. */
export function projectDocuments(ctx: OpenDataContext): ProjectFile[] {
  // Each project's standards looked up by key: filtering every standard per project was O(projects × standards).
  const standards = new Map<string, PublishedStandard[]>();
  for (const s of standardRecords(ctx)) {
    const key = `${s.programme}/${s.project}`;
    const list = standards.get(key);
    if (list) list.push(s);
    else standards.set(key, [s]);
  }
  const records = projectRecords(ctx);
  // One project's file is its programme's: worded with that programme's terms (单个民生实事项目：…).
  return projectEntries(ctx).map(({ index, project }, i) => {
    const t = programmeT(index.programme);
    return {
      ...header(ctx, 'project', t('data.file.project.documentTitle', { kind: titleOf('project', t), name: project.name }), [index.programme]),
      record: records[i]!,
      standards: standards.get(`${project.programme}/${project.id}`) ?? [],
    };
  });
}
