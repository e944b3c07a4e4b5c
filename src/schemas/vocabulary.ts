/**
 * The closed vocabularies of the content model, each with the label readers see. The codes live
 * here, the labels in the wording module (src/i18n, `vocab.<vocabulary>.<code>`); the maps below
 * join them so that pages, charts and data files share one wording.
 */
import { t } from '../i18n/index.ts';

/** Government level that decided a project. */
export const LEVELS = ['provincial', 'municipal', 'district'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_LABELS: Record<Level, string> = {
  provincial: t('vocab.level.provincial'),
  municipal: t('vocab.level.municipal'),
  district: t('vocab.level.district'),
};

/**
 * A project's standing in one programme: is it carried out this year, and on what footing.
 * The first four count as implemented; the last three are kept so readers can find what left and why.
 */
export const STANDINGS = ['new', 'continued', 'formed-by-merger', 'implemented', 'withdrawn', 'adjusted-out', 'merged-away'] as const;
export type Standing = (typeof STANDINGS)[number];
export const STANDING_LABELS: Record<Standing, string> = {
  new: t('vocab.standing.new'),
  continued: t('vocab.standing.continued'),
  'formed-by-merger': t('vocab.standing.formed-by-merger'),
  implemented: t('vocab.standing.implemented'),
  withdrawn: t('vocab.standing.withdrawn'),
  'adjusted-out': t('vocab.standing.adjusted-out'),
  'merged-away': t('vocab.standing.merged-away'),
};
/** Standings under which a project is carried out in the programme year. */
export const IMPLEMENTED_STANDINGS: readonly Standing[] = ['new', 'continued', 'formed-by-merger', 'implemented'];
/** Standings under which a project is listed but not carried out in the programme year (merged away, withdrawn …). */
export const NOT_IMPLEMENTED_STANDINGS: readonly Standing[] = STANDINGS.filter((s) => !IMPLEMENTED_STANDINGS.includes(s));
/**
 * Standings that account for part of the gap between a level's decided count and what this area
 * carries out (省定33项, 我区实施22项): a project the level still has but this area does not take on
 * (退出实施: 我区不再承担该项目任务). Not 调整退出: such a project left the level's own list
 * (调整至省定…, 退出市级民生工程项目), so it is not among the level's decided projects; nor
 * 已整合归并, counted inside the project it joined.
 */
export const GAP_EXPLAINING_STANDINGS: readonly Standing[] = ['withdrawn'];

/** What kind of jurisdiction a programme is for. */
export const JURISDICTION_KINDS = ['province', 'city', 'county', 'county-level-city', 'district'] as const;
export type JurisdictionKind = (typeof JURISDICTION_KINDS)[number];
export const JURISDICTION_KIND_LABELS: Record<JurisdictionKind, string> = Object.fromEntries(JURISDICTION_KINDS.map((c) => [c, t(`vocab.jurisdictionKind.${c}`)])) as Record<
  JurisdictionKind,
  string
>;

/** What the source document is, as it names itself (通知, 公告, 决议, 实施方案, 征求意见稿). */
export const DOCUMENT_TYPES = ['notice', 'announcement', 'resolution', 'plan', 'consultation-draft'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = Object.fromEntries(DOCUMENT_TYPES.map((c) => [c, t(`vocab.documentType.${c}`)])) as Record<DocumentType, string>;

/** What kind of body issued the source document. */
export const ISSUER_KINDS = ['government', 'government-office', 'livelihood-office', 'congress', 'congress-presidium'] as const;
export type IssuerKind = (typeof ISSUER_KINDS)[number];
export const ISSUER_KIND_LABELS: Record<IssuerKind, string> = Object.fromEntries(ISSUER_KINDS.map((c) => [c, t(`vocab.issuerKind.${c}`)])) as Record<IssuerKind, string>;

/**
 * Where a programme's entry stands: `published` (complete, checked against the source), `draft`
 * (entry in progress) or `consultation` (the source is itself a 征求意见 list). A draft or
 * consultation programme builds with its stated totals reported, not enforced, and every page of it
 * says what it is.
 */
export const PROGRAMME_STATUSES = ['published', 'draft', 'consultation'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export const PROGRAMME_STATUS_LABELS: Record<ProgrammeStatus, string> = Object.fromEntries(PROGRAMME_STATUSES.map((c) => [c, t(`vocab.programmeStatus.${c}`)])) as Record<
  ProgrammeStatus,
  string
>;

/** Whether a project's name is the source's, or a short title this site gives an item that has none. */
export const NAME_ORIGINS = ['source', 'editorial'] as const;
export type NameOrigin = (typeof NAME_ORIGINS)[number];
export const NAME_ORIGIN_LABELS: Record<NameOrigin, string> = { source: t('vocab.nameOrigin.source'), editorial: t('vocab.nameOrigin.editorial') };

/** The role of a unit named for a project, labelled as the source labels it. */
export const UNIT_ROLES = ['lead', 'co-operating', 'responsible'] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];
export const UNIT_ROLE_LABELS: Record<UnitRole, string> = {
  lead: t('vocab.unitRole.lead'),
  'co-operating': t('vocab.unitRole.co-operating'),
  responsible: t('vocab.unitRole.responsible'),
};

/** What a target's number measures: a count (10条), a rate (年均增幅4.5%), a multiple (1.3倍), a share (2.5%的老年人). */
export const TARGET_MEASURES = ['count', 'rate', 'multiple', 'share'] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];
export const TARGET_MEASURE_LABELS: Record<TargetMeasure, string> = Object.fromEntries(TARGET_MEASURES.map((c) => [c, t(`vocab.targetMeasure.${c}`)])) as Record<
  TargetMeasure,
  string
>;

/** How the source qualifies a target's number: 不少于/不低于, 以上, 力争, 约, 累计, 以内/不超过. */
export const TARGET_QUALIFIERS = ['at-least', 'above', 'strive', 'about', 'cumulative', 'within'] as const;
export type TargetQualifier = (typeof TARGET_QUALIFIERS)[number];
export const TARGET_QUALIFIER_LABELS: Record<TargetQualifier, string> = Object.fromEntries(TARGET_QUALIFIERS.map((c) => [c, t(`vocab.targetQualifier.${c}`)])) as Record<
  TargetQualifier,
  string
>;

/** A change made to a project this year, independent of its standing (a continued project can be raised). */
export const CHANGE_KINDS = ['raised'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_LABELS: Record<ChangeKind, string> = {
  raised: t('vocab.change.raised'),
};

/** How a standard changed: a number went up or down, or who is covered was widened. */
export const STANDARD_KINDS = ['amount', 'coverage'] as const;
export type StandardKind = (typeof STANDARD_KINDS)[number];
/** Each kind's label, as the workbook's drop-down and the codes sheet show it. */
export const STANDARD_KIND_LABELS: Record<StandardKind, string> = { amount: t('vocab.standardKind.amount'), coverage: t('vocab.standardKind.coverage') };

/** The unit of an oversight action's frequency, as notices count it: 旬 (ten days) or 月. */
export const FREQUENCY_UNITS = ['xun', 'month'] as const;
export type FrequencyUnit = (typeof FREQUENCY_UNITS)[number];
/** Each unit's label (旬, 月), as the workbook's drop-down and the codes sheet show it. */
export const FREQUENCY_UNIT_LABELS: Record<FrequencyUnit, string> = { xun: t('vocab.frequencyUnit.xun'), month: t('vocab.frequencyUnit.month') };

/** Period a subsidy amount applies to, only where the source says so. */
export const PERIODS = ['month', 'year'] as const;
export type Period = (typeof PERIODS)[number];
export const PERIOD_LABELS: Record<Period, string> = { month: t('vocab.period.month'), year: t('vocab.period.year') };

/** Parts of a month used by Chinese deadlines (上旬/中旬/下旬, 月底). */
export const MONTH_PARTS = ['early', 'mid', 'late', 'end'] as const;
export type MonthPart = (typeof MONTH_PARTS)[number];
export const MONTH_PART_LABELS: Record<MonthPart, string> = {
  early: t('vocab.monthPart.early'),
  mid: t('vocab.monthPart.mid'),
  late: t('vocab.monthPart.late'),
  end: t('vocab.monthPart.end'),
};

/**
 * Topics (what a project is about) and groups (who it is for): an EDITORIAL classification made by
 * this site from each project's own name and description, so that residents can browse by subject
 * or by who they are. Not part of the source notice, and marked so wherever it is shown or
 * published. A person belongs in a group, never in a topic: 残疾人 and 儿童 are groups only, so
 * that no two lists repeat each other.
 */
export const TOPICS = [
  'employment',
  'health',
  'elderly-care',
  'education',
  'housing',
  'social-assistance',
  'social-insurance',
  'social-welfare',
  'legal-aid',
  'urban-rural',
  'agriculture',
  'food-safety',
  'culture-sports',
  'environment',
] as const;
export type Topic = (typeof TOPICS)[number];
export const TOPIC_LABELS: Record<Topic, string> = Object.fromEntries(TOPICS.map((c) => [c, t(`vocab.topic.${c}`)])) as Record<Topic, string>;

export const GROUPS = ['elderly', 'children', 'students', 'patients', 'disabled', 'needy', 'rural-residents', 'women', 'workers', 'veterans'] as const;
export type Group = (typeof GROUPS)[number];
export const GROUP_LABELS: Record<Group, string> = Object.fromEntries(GROUPS.map((c) => [c, t(`vocab.group.${c}`)])) as Record<Group, string>;

/** The wording the site uses wherever the source is silent. */
export const NOT_STATED = t('vocab.notStated');
