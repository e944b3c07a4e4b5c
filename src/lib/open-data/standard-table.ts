import type { PublishedStandard } from '../../schemas/open-data.ts';
import { PERIOD_LABELS, PERIODS, STANDARD_KINDS } from '../../schemas/vocabulary.ts';
import { t } from '../../i18n/index.ts';
import { citationParagraphs, type Table } from './columns.ts';
import type { OpenDataContext } from './context.ts';
import { PROJECTS_TABLE } from './project-table.ts';
import { standardRecords } from './standard-records.ts';

/** One row of standards.csv: a published standard and the id of its programme's notice. */
export interface StandardRow {
  record: PublishedStandard;
  mainSource: string;
}

/** Value of an amount-only field, empty for coverage standards. */
const amount = <T>(r: StandardRow, pick: (s: Extract<PublishedStandard, { kind: 'amount' }>) => T): T | null => (r.record.kind === 'amount' ? pick(r.record) : null);
/** Value of a coverage-only field, empty for amount standards. */
const coverage = <T>(r: StandardRow, pick: (s: Extract<PublishedStandard, { kind: 'coverage' }>) => T): T | null => (r.record.kind === 'coverage' ? pick(r.record) : null);

/** standards.csv: amounts with value, unit, per and period in separate columns. */
export const STANDARDS_TABLE: Table<StandardRow> = {
  primaryKey: ['programme_id', 'standard_id'],
  foreignKeys: [{ fields: ['programme_id', 'project_id'], table: PROJECTS_TABLE }],
  rows: (ctx) => standardRows(ctx),
  columns: [
    {
      name: 'programme_id',
      type: 'string',
      required: true,
      title: t('data.column.standards.programme_id.title'),
      description: t('data.column.standards.programme_id.description'),
      value: (r) => r.record.programme,
    },
    {
      name: 'standard_id',
      type: 'string',
      required: true,
      title: t('data.column.standards.standard_id.title'),
      description: t('data.column.standards.standard_id.description'),
      value: (r) => r.record.id,
    },
    {
      name: 'project_id',
      type: 'string',
      required: true,
      title: t('data.column.standards.project_id.title'),
      description: t('data.column.standards.project_id.description'),
      value: (r) => r.record.project,
    },
    {
      name: 'project_name',
      type: 'string',
      required: true,
      title: t('data.column.standards.project_name.title'),
      description: t('data.column.standards.project_name.description'),
      value: (r) => r.record.projectName,
    },
    {
      name: 'name',
      type: 'string',
      required: true,
      title: t('data.column.standards.name.title'),
      description: t('data.column.standards.name.description'),
      value: (r) => r.record.name,
    },
    {
      name: 'kind',
      type: 'string',
      required: true,
      enum: STANDARD_KINDS,
      title: t('data.column.standards.kind.title'),
      description: t('data.column.standards.kind.description'),
      value: (r) => r.record.kind,
    },
    {
      name: 'unit',
      type: 'string',
      title: t('data.column.standards.unit.title'),
      description: t('data.column.standards.unit.description'),
      value: (r) => amount(r, (s) => s.unit),
    },
    { name: 'per', type: 'string', title: t('data.column.standards.per.title'), description: t('data.column.standards.per.description'), value: (r) => amount(r, (s) => s.per) },
    {
      name: 'period',
      type: 'string',
      enum: PERIODS,
      title: t('data.column.standards.period.title'),
      description: t('data.column.standards.period.description'),
      value: (r) => amount(r, (s) => s.period),
    },
    {
      name: 'period_label',
      type: 'string',
      title: t('data.column.standards.period_label.title'),
      description: t('data.column.standards.period_label.description'),
      value: (r) => amount(r, (s) => (s.period ? PERIOD_LABELS[s.period] : null)),
    },
    {
      name: 'previous_value',
      type: 'number',
      title: t('data.column.standards.previous_value.title'),
      description: t('data.column.standards.previous_value.description'),
      value: (r) => amount(r, (s) => s.previous?.value ?? null),
    },
    {
      name: 'previous_year',
      type: 'integer',
      title: t('data.column.standards.previous_year.title'),
      description: t('data.column.standards.previous_year.description'),
      value: (r) => amount(r, (s) => s.previous?.year ?? null),
    },
    {
      name: 'current_value',
      type: 'number',
      title: t('data.column.standards.current_value.title'),
      description: t('data.column.standards.current_value.description'),
      value: (r) => amount(r, (s) => s.current.value),
    },
    {
      name: 'current_year',
      type: 'integer',
      title: t('data.column.standards.current_year.title'),
      description: t('data.column.standards.current_year.description'),
      value: (r) => amount(r, (s) => s.current.year),
    },
    {
      name: 'absolute_change',
      type: 'number',
      title: t('data.column.standards.absolute_change.title'),
      description: t('data.column.standards.absolute_change.description'),
      value: (r) => amount(r, (s) => s.absoluteChange),
    },
    {
      name: 'percent_change',
      type: 'number',
      title: t('data.column.standards.percent_change.title'),
      description: t('data.column.standards.percent_change.description'),
      value: (r) => amount(r, (s) => s.percentChange),
    },
    {
      name: 'previous_coverage',
      type: 'string',
      title: t('data.column.standards.previous_coverage.title'),
      description: t('data.column.standards.previous_coverage.description'),
      value: (r) => coverage(r, (s) => s.previousCoverage),
    },
    {
      name: 'current_coverage',
      type: 'string',
      title: t('data.column.standards.current_coverage.title'),
      description: t('data.column.standards.current_coverage.description'),
      value: (r) => coverage(r, (s) => s.currentCoverage),
    },
    {
      name: 'coverage_year',
      type: 'integer',
      title: t('data.column.standards.coverage_year.title'),
      description: t('data.column.standards.coverage_year.description'),
      value: (r) => coverage(r, (s) => s.year),
    },
    {
      name: 'funding_basis',
      type: 'string',
      title: t('data.column.standards.funding_basis.title'),
      description: t('data.column.standards.funding_basis.description'),
      value: (r) => r.record.fundingBasis,
    },
    {
      name: 'rationale',
      type: 'string',
      title: t('data.column.standards.rationale.title'),
      description: t('data.column.standards.rationale.description'),
      value: (r) => r.record.rationale,
    },
    {
      name: 'citation_paragraphs',
      type: 'string',
      title: t('data.column.standards.citation_paragraphs.title'),
      description: t('data.column.standards.citation_paragraphs.description'),
      value: (r) => citationParagraphs(r.record.citations, r.mainSource),
    },
    {
      name: 'page_url',
      type: 'string',
      required: true,
      title: t('data.column.standards.page_url.title'),
      description: t('data.column.standards.page_url.description'),
      value: (r) => r.record.url,
    },
  ],
};

/** Rows of standards.csv, in standards.json order. */
export function standardRows(ctx: OpenDataContext): StandardRow[] {
  const sources = new Map(ctx.content.programmes.map((p) => [p.id, p.source]));
  return standardRecords(ctx).map((record) => ({ record, mainSource: sources.get(record.programme) ?? '' }));
}
