import { oversightPath } from '../site/urls.ts';
import type { Milestone } from '../../schemas/milestone.ts';
import { MONTH_PART_LABELS, MONTH_PARTS } from '../../schemas/vocabulary.ts';
import { t } from '../../i18n/index.ts';
import { citationParagraphs, type Table } from './columns.ts';
import type { OpenDataContext } from './context.ts';
import { absoluteUrl } from './links.ts';
import { programmeMilestones } from './programme-records.ts';

/** One row of milestones.csv: a deadline with its programme's year, notice and page. */
export interface MilestoneRow {
  milestone: Milestone;
  year: number;
  mainSource: string;
  url: string;
}

/** A deadline as the notice words it, e.g. 6月中旬前. */
export function deadlineLabel(m: Pick<Milestone, 'month' | 'monthPart' | 'before'>): string {
  return t('vocab.deadline', { month: m.month, part: m.monthPart, before: m.before });
}

/** milestones.csv */
export const MILESTONES_TABLE: Table<MilestoneRow> = {
  primaryKey: ['programme_id', 'milestone_id'],
  rows: (ctx) => milestoneRows(ctx),
  columns: [
    {
      name: 'programme_id',
      type: 'string',
      required: true,
      title: t('data.column.milestones.programme_id.title'),
      description: t('data.column.milestones.programme_id.description'),
      value: (r) => r.milestone.programme,
    },
    {
      name: 'milestone_id',
      type: 'string',
      required: true,
      title: t('data.column.milestones.milestone_id.title'),
      description: t('data.column.milestones.milestone_id.description'),
      value: (r) => r.milestone.id,
    },
    {
      name: 'title',
      type: 'string',
      required: true,
      title: t('data.column.milestones.title.title'),
      description: t('data.column.milestones.title.description'),
      value: (r) => r.milestone.title,
    },
    {
      name: 'applies_to',
      type: 'string',
      required: true,
      title: t('data.column.milestones.applies_to.title'),
      description: t('data.column.milestones.applies_to.description'),
      value: (r) => r.milestone.appliesTo,
    },
    {
      name: 'year',
      type: 'integer',
      required: true,
      title: t('data.column.milestones.year.title'),
      description: t('data.column.milestones.year.description'),
      value: (r) => r.year,
    },
    {
      name: 'month',
      type: 'integer',
      required: true,
      title: t('data.column.milestones.month.title'),
      description: t('data.column.milestones.month.description'),
      value: (r) => r.milestone.month,
    },
    {
      name: 'month_part',
      type: 'string',
      enum: MONTH_PARTS,
      title: t('data.column.milestones.month_part.title'),
      description: t('data.column.milestones.month_part.description'),
      value: (r) => r.milestone.monthPart,
    },
    {
      name: 'month_part_label',
      type: 'string',
      title: t('data.column.milestones.month_part_label.title'),
      description: t('data.column.milestones.month_part_label.description'),
      value: (r) => (r.milestone.monthPart ? MONTH_PART_LABELS[r.milestone.monthPart] : null),
    },
    {
      name: 'before',
      type: 'boolean',
      required: true,
      title: t('data.column.milestones.before.title'),
      description: t('data.column.milestones.before.description'),
      value: (r) => r.milestone.before,
    },
    {
      name: 'deadline_label',
      type: 'string',
      required: true,
      title: t('data.column.milestones.deadline_label.title'),
      description: t('data.column.milestones.deadline_label.description'),
      value: (r) => deadlineLabel(r.milestone),
    },
    {
      name: 'citation_paragraphs',
      type: 'string',
      title: t('data.column.milestones.citation_paragraphs.title'),
      description: t('data.column.milestones.citation_paragraphs.description'),
      value: (r) => citationParagraphs(r.milestone.citations, r.mainSource),
    },
    {
      name: 'page_url',
      type: 'string',
      required: true,
      title: t('data.column.milestones.page_url.title'),
      description: t('data.column.milestones.page_url.description'),
      value: (r) => r.url,
    },
  ],
};

/** Rows of milestones.csv: programmes newest first, deadlines in calendar order. */
export function milestoneRows(ctx: OpenDataContext): MilestoneRow[] {
  return ctx.content.programmes.flatMap((p) =>
    programmeMilestones(ctx, p.id).map((milestone) => ({ milestone, year: p.year, mainSource: p.source, url: absoluteUrl(ctx.siteBase, oversightPath(p.id)) })),
  );
}
