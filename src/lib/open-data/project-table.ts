import type { Citation } from '../../schemas/citation.ts';
import type { PublishedProject } from '../../schemas/open-data.ts';
import { projectCitations } from '../content/citations.ts';
import { NOTICE_STANDING_ORDER } from '../programme/programme-index.ts';
import { standardsOf } from '../programme/standards.ts';
import { CHANGE_LABELS, IMPLEMENTED_STANDINGS, LEVELS, NAME_ORIGINS, NOT_IMPLEMENTED_STANDINGS, STANDING_LABELS, STANDINGS, type UnitRole } from '../../schemas/vocabulary.ts';
import { t } from '../../i18n/index.ts';
import { citationParagraphs, joinValues, MULTI_VALUE_SEPARATOR, type Table } from './columns.ts';
import type { OpenDataContext } from './context.ts';
import { projectEntries, projectRecords } from './project-records.ts';
import { targetLabel } from './target-label.ts';

/** One row of projects.csv: a published project and the id of its programme's notice. */
export interface ProjectRow {
  record: PublishedProject;
  mainSource: string;
  /** Every citation of the project's facts and its standards' figures, in paragraph order ({@link projectCitations}). */
  citations: readonly Citation[];
}

/** The units of a project with one role, joined as a multi-value cell. */
const unitsOf = (r: ProjectRow, role: UnitRole, column: string) =>
  joinValues(
    r.record.units.filter((u) => u.role === role).map((u) => u.name),
    column,
  );

/** projects.csv and the per-project CSV files (each one row of it). */
export const PROJECTS_TABLE: Table<ProjectRow> = {
  primaryKey: ['programme_id', 'project_id'],
  rows: (ctx) => projectRows(ctx),
  columns: [
    {
      name: 'programme_id',
      type: 'string',
      required: true,
      title: t('data.column.projects.programme_id.title'),
      description: t('data.column.projects.programme_id.description'),
      value: (r) => r.record.programme,
    },
    {
      name: 'project_id',
      type: 'string',
      required: true,
      title: t('data.column.projects.project_id.title'),
      description: t('data.column.projects.project_id.description'),
      value: (r) => r.record.id,
    },
    {
      name: 'name',
      type: 'string',
      required: true,
      title: t('data.column.projects.name.title'),
      description: t('data.column.projects.name.description'),
      value: (r) => r.record.name,
    },
    {
      name: 'level',
      type: 'string',
      enum: LEVELS,
      title: t('data.column.projects.level.title'),
      description: t('data.column.projects.level.description'),
      value: (r) => r.record.level,
    },
    {
      name: 'level_label',
      type: 'string',
      title: t('data.column.projects.level_label.title'),
      description: t('data.column.projects.level_label.description'),
      value: (r) => r.record.levelLabel,
    },
    {
      name: 'standing',
      type: 'string',
      enum: STANDINGS,
      title: t('data.column.projects.standing.title'),
      description: t('data.column.projects.standing.description'),
      value: (r) => r.record.standing,
    },
    {
      name: 'standing_label',
      type: 'string',
      title: t('data.column.projects.standing_label.title'),
      description: t('data.column.projects.standing_label.description'),
      value: (r) => r.record.standingLabel,
    },
    {
      name: 'notice_order',
      type: 'integer',
      required: true,
      title: t('data.column.projects.notice_order.title'),
      description: t('data.column.projects.notice_order.description', { standings: NOTICE_STANDING_ORDER.map((s) => STANDING_LABELS[s]) }),
      value: (r) => r.record.order,
    },
    {
      name: 'changes',
      type: 'string',
      title: t('data.column.projects.changes.title'),
      description: t('data.column.projects.changes.description', { separator: MULTI_VALUE_SEPARATOR }),
      value: (r) =>
        joinValues(
          r.record.changes.map((c) => c.kind),
          'changes',
        ),
    },
    {
      name: 'change_labels',
      type: 'string',
      title: t('data.column.projects.change_labels.title'),
      description: t('data.column.projects.change_labels.description', { separator: MULTI_VALUE_SEPARATOR }),
      value: (r) =>
        joinValues(
          r.record.changes.map((c) => CHANGE_LABELS[c.kind]),
          'change_labels',
        ),
    },
    {
      name: 'merged_from',
      type: 'string',
      title: t('data.column.projects.merged_from.title'),
      description: t('data.column.projects.merged_from.description', { separator: MULTI_VALUE_SEPARATOR }),
      value: (r) => joinValues(r.record.mergedFrom, 'merged_from'),
    },
    {
      name: 'merged_into',
      type: 'string',
      title: t('data.column.projects.merged_into.title'),
      description: t('data.column.projects.merged_into.description'),
      value: (r) => r.record.mergedInto,
    },
    {
      name: 'moved_to',
      type: 'string',
      title: t('data.column.projects.moved_to.title'),
      description: t('data.column.projects.moved_to.description'),
      value: (r) => r.record.movedTo?.project ?? null,
    },
    {
      name: 'moved_from',
      type: 'string',
      title: t('data.column.projects.moved_from.title'),
      description: t('data.column.projects.moved_from.description', { separator: MULTI_VALUE_SEPARATOR }),
      value: (r) => joinValues(r.record.movedFrom, 'moved_from'),
    },
    {
      name: 'exit_note',
      type: 'string',
      title: t('data.column.projects.exit_note.title'),
      description: t('data.column.projects.exit_note.description'),
      value: (r) => r.record.exitNote,
    },
    {
      name: 'responsible_body',
      type: 'string',
      title: t('data.column.projects.responsible_body.title'),
      description: t('data.column.projects.responsible_body.description'),
      value: (r) => unitsOf(r, 'responsible', 'responsible_body'),
    },
    {
      name: 'description',
      type: 'string',
      title: t('data.column.projects.description.title'),
      description: t('data.column.projects.description.description'),
      value: (r) => r.record.description,
    },
    {
      name: 'aliases',
      type: 'string',
      title: t('data.column.projects.aliases.title'),
      description: t('data.column.projects.aliases.description', { separator: MULTI_VALUE_SEPARATOR }),
      value: (r) =>
        joinValues(
          r.record.aliases.map((a) => a.name),
          'aliases',
        ),
    },
    {
      name: 'standard_ids',
      type: 'string',
      title: t('data.column.projects.standard_ids.title'),
      description: t('data.column.projects.standard_ids.description', { separator: MULTI_VALUE_SEPARATOR }),
      value: (r) => joinValues(r.record.standards, 'standard_ids'),
    },
    {
      name: 'citation_paragraphs',
      type: 'string',
      title: t('data.column.projects.citation_paragraphs.title'),
      description: t('data.column.projects.citation_paragraphs.description', { separator: MULTI_VALUE_SEPARATOR }),
      value: (r) => citationParagraphs(r.citations, r.mainSource),
    },
    {
      name: 'page_url',
      type: 'string',
      required: true,
      title: t('data.column.projects.page_url.title'),
      description: t('data.column.projects.page_url.description'),
      value: (r) => r.record.url,
    },
    // Added in format v1.1, at the end so that existing readers' column positions hold.
    {
      name: 'targets',
      type: 'string',
      title: t('data.column.projects.targets.title'),
      description: t('data.column.projects.targets.description', { separator: MULTI_VALUE_SEPARATOR }),
      value: (r) => joinValues(r.record.targets.map(targetLabel), 'targets'),
    },
    // Added with the content model of the whole 民生 family, at the end as well.
    {
      name: 'category',
      type: 'string',
      title: t('data.column.projects.category.title'),
      description: t('data.column.projects.category.description'),
      value: (r) => r.record.category,
    },
    {
      name: 'category_name',
      type: 'string',
      title: t('data.column.projects.category_name.title'),
      description: t('data.column.projects.category_name.description'),
      value: (r) => r.record.categoryName,
    },
    {
      name: 'name_origin',
      type: 'string',
      required: true,
      enum: NAME_ORIGINS,
      title: t('data.column.projects.name_origin.title'),
      description: t('data.column.projects.name_origin.description'),
      value: (r) => r.record.nameOrigin,
    },
    {
      name: 'lead_units',
      type: 'string',
      title: t('data.column.projects.lead_units.title'),
      description: t('data.column.projects.lead_units.description'),
      value: (r) => unitsOf(r, 'lead', 'lead_units'),
    },
    {
      name: 'co_operating_units',
      type: 'string',
      title: t('data.column.projects.co_operating_units.title'),
      description: t('data.column.projects.co_operating_units.description'),
      value: (r) => unitsOf(r, 'co-operating', 'co_operating_units'),
    },
    {
      name: 'implemented',
      type: 'boolean',
      required: true,
      title: t('data.column.projects.implemented.title'),
      description: t('data.column.projects.implemented.description', {
        implemented: IMPLEMENTED_STANDINGS.map((s) => STANDING_LABELS[s]),
        notImplemented: NOT_IMPLEMENTED_STANDINGS.map((s) => STANDING_LABELS[s]),
      }),
      value: (r) => r.record.implemented,
    },
  ],
};

/** Each programme's notice by programme id: the source its rows' paragraphs are written bare for (`p12`). */
export function noticeOfProgramme(ctx: OpenDataContext): Map<string, string> {
  return new Map(ctx.content.programmes.map((p) => [p.id, p.source]));
}

/** Rows of projects.csv, in projects.json order. */
export function projectRows(ctx: OpenDataContext): ProjectRow[] {
  const sources = noticeOfProgramme(ctx);
  // projectRecords is made from projectEntries, one record per entry in the same order.
  const entries = projectEntries(ctx);
  return projectRecords(ctx).map((record, i) => {
    const { index, project } = entries[i]!;
    return { record, mainSource: sources.get(record.programme) ?? '', citations: projectCitations(project, standardsOf(index, project.id)) };
  });
}
