import type { PublishedProject } from '../../schemas/open-data.ts';
import { t } from '../../i18n/index.ts';
import { TARGET_MEASURES, TARGET_QUALIFIER_LABELS, TARGET_QUALIFIERS } from '../../schemas/vocabulary.ts';
import { citationParagraphs, type Table } from './columns.ts';
import type { OpenDataContext } from './context.ts';
import { projectRecords } from './project-records.ts';
import { noticeOfProgramme, PROJECTS_TABLE } from './project-table.ts';
import { targetLabel, type PublishedTarget } from './target-label.ts';

/** One row of targets.csv: a target, its place among its project's targets, and the project. */
export interface TargetRow {
  project: PublishedProject;
  /** 1-based position among the project's targets, in the order the content lists them. */
  number: number;
  target: PublishedTarget;
  mainSource: string;
}

/**
 * targets.csv: one row per quantified target (e.g. 2017年建成11个全民健身苑), with the quantity as a
 * number and the counting word, the thing delivered and the verb in columns of their own.
 */
export const TARGETS_TABLE: Table<TargetRow> = {
  primaryKey: ['programme_id', 'project_id', 'target_number'],
  foreignKeys: [{ fields: ['programme_id', 'project_id'], table: PROJECTS_TABLE }],
  rows: (ctx) => targetRows(ctx),
  columns: [
    {
      name: 'programme_id',
      type: 'string',
      required: true,
      title: t('data.column.targets.programme_id.title'),
      description: t('data.column.targets.programme_id.description'),
      value: (r) => r.project.programme,
    },
    {
      name: 'project_id',
      type: 'string',
      required: true,
      title: t('data.column.targets.project_id.title'),
      description: t('data.column.targets.project_id.description'),
      value: (r) => r.project.id,
    },
    {
      name: 'project_name',
      type: 'string',
      required: true,
      title: t('data.column.targets.project_name.title'),
      description: t('data.column.targets.project_name.description'),
      value: (r) => r.project.name,
    },
    {
      name: 'target_number',
      type: 'integer',
      required: true,
      title: t('data.column.targets.target_number.title'),
      description: t('data.column.targets.target_number.description'),
      value: (r) => r.number,
    },
    {
      name: 'action',
      type: 'string',
      title: t('data.column.targets.action.title'),
      description: t('data.column.targets.action.description'),
      value: (r) => r.target.action,
    },
    {
      name: 'quantity',
      type: 'number',
      required: true,
      title: t('data.column.targets.quantity.title'),
      description: t('data.column.targets.quantity.description'),
      value: (r) => r.target.quantity,
    },
    {
      name: 'unit',
      type: 'string',
      required: true,
      title: t('data.column.targets.unit.title'),
      description: t('data.column.targets.unit.description'),
      value: (r) => r.target.unit,
    },
    {
      name: 'item',
      type: 'string',
      required: true,
      title: t('data.column.targets.item.title'),
      description: t('data.column.targets.item.description'),
      value: (r) => r.target.item,
    },
    { name: 'year', type: 'integer', title: t('data.column.targets.year.title'), description: t('data.column.targets.year.description'), value: (r) => r.target.year },
    {
      name: 'target_label',
      type: 'string',
      required: true,
      title: t('data.column.targets.target_label.title'),
      description: t('data.column.targets.target_label.description'),
      value: (r) => targetLabel(r.target),
    },
    {
      name: 'citation_paragraphs',
      type: 'string',
      title: t('data.column.targets.citation_paragraphs.title'),
      description: t('data.column.targets.citation_paragraphs.description'),
      value: (r) => citationParagraphs(r.target.citations, r.mainSource),
    },
    {
      name: 'page_url',
      type: 'string',
      required: true,
      title: t('data.column.targets.page_url.title'),
      description: t('data.column.targets.page_url.description'),
      value: (r) => r.project.url,
    },
    // Added with the content model of the whole 民生 family, at the end so that existing readers' column positions hold.
    {
      name: 'measure',
      type: 'string',
      required: true,
      enum: TARGET_MEASURES,
      title: t('data.column.targets.measure.title'),
      description: t('data.column.targets.measure.description'),
      value: (r) => r.target.measure,
    },
    {
      name: 'qualifier',
      type: 'string',
      enum: TARGET_QUALIFIERS,
      title: t('data.column.targets.qualifier.title'),
      description: t('data.column.targets.qualifier.description'),
      value: (r) => r.target.qualifier,
    },
    {
      name: 'qualifier_label',
      type: 'string',
      title: t('data.column.targets.qualifier_label.title'),
      description: t('data.column.targets.qualifier_label.description'),
      value: (r) => (r.target.qualifier === null ? null : TARGET_QUALIFIER_LABELS[r.target.qualifier]),
    },
    {
      name: 'quantity_max',
      type: 'number',
      title: t('data.column.targets.quantity_max.title'),
      description: t('data.column.targets.quantity_max.description'),
      value: (r) => r.target.quantityMax,
    },
    {
      name: 'reference',
      type: 'string',
      title: t('data.column.targets.reference.title'),
      description: t('data.column.targets.reference.description'),
      value: (r) => r.target.reference,
    },
  ],
};

/** Rows of targets.csv: every project's targets, projects in projects.csv order. */
export function targetRows(ctx: OpenDataContext): TargetRow[] {
  // From the records, not projectRows: a target row needs no project's gathered citations.
  const sources = noticeOfProgramme(ctx);
  return projectRecords(ctx).flatMap((record) => record.targets.map((target, i) => ({ project: record, number: i + 1, target, mainSource: sources.get(record.programme) ?? '' })));
}
