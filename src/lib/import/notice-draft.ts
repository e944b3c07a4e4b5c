/**
 * Drafts a programme's records from a plain-text notice (one paragraph per line, as copied from a
 * government website or a Word file): what `npm run new:programme -- --notice …` writes for the
 * editor to review. Pure: no file access, no guessing. Every value drafted is read from a pattern
 * of the text that has one reading; whatever the text leaves open stays null and is named in the
 * record's review notes, and paragraphs that draft nothing are listed (`notDrafted`).
 *
 * What is read (MODEL-SPEC.md's shape):
 * - headings 一、 （一） 1. (1) ①, full- or half-width, with or without a stated count (3项) / 新增实施3项:
 *   a level heading (省级/市级/区级/县级 …民生工程) sets the level and its label; a standing heading
 *   (新增 / 继续实施 / 提标扩面 / 整合归并 / 退出 / 调整退出) sets the standing of what follows and its
 *   stated count; any other short heading is a category with its stated count; a heading that is a
 *   whole sentence (一、实施城镇道路畅通工程,新建改造道路10条…) is an item;
 * - numbered items: one project each, name and description from the text, citing the paragraph;
 * - a list inside one paragraph (A；B；…等17个项目继续实施 / 分别是A；B): one project per name;
 * - merger sentences (原A、B合并为C / A并入C): merged-away projects and the project they join;
 * - 提标扩面 items: a `raised` change on the project of the same name, and a standard where the
 *   sentence states an amount (由2016年每人每月600元提高到800元) or a coverage (覆盖范围扩大到…);
 * - (牵头单位:…) / 责任单位 / 配合单位: units; counts with their verb, unit and qualifier: targets;
 * - stated totals (实施37项, 我区实际实施22项, 为10项), the title's headline (“29+8”), the addressees
 *   line, the basis documents 《…》（…号）, and a closing signature with its date.
 */
import { LEVELS, type Level, type Standing } from '../../schemas/vocabulary.ts';

export interface DraftCitation {
  source: string;
  paragraph: string;
  quote: string;
}

export type UnitRole = 'lead' | 'co-operating' | 'responsible';
export interface DraftUnit {
  name: string;
  role: UnitRole;
  citations: DraftCitation[];
}

export type TargetMeasure = 'count' | 'rate' | 'multiple' | 'share';
export type TargetQualifier = 'at-least' | 'above' | 'strive' | 'about' | 'cumulative' | 'within';
export interface DraftTarget {
  item: string;
  action: string | null;
  measure: TargetMeasure;
  quantity: number;
  quantityMax: number | null;
  unit: string;
  qualifier: TargetQualifier | null;
  reference: string | null;
  year: number | null;
  citations: DraftCitation[];
}

export interface DraftChange {
  kind: 'raised';
  summary: string;
  citations: DraftCitation[];
}

/** Why a drafted value needs the editor's eye (codes; the writer words them through src/i18n). */
export type ReviewNote =
  | { kind: 'editorial-name' }
  | { kind: 'no-level' }
  | { kind: 'no-standing' }
  | { kind: 'moved-to'; target: string }
  | { kind: 'raised-without-project' }
  | { kind: 'count-differs'; stated: number; drafted: number };

export interface DraftProject {
  id: string;
  name: string;
  nameOrigin: 'source' | 'editorial';
  level: Level | null;
  standing: Standing | null;
  category: string | null;
  order: number;
  description: string | null;
  changes: DraftChange[];
  mergedFrom: string[];
  mergedInto: string | null;
  exitNote: string | null;
  targets: DraftTarget[];
  units: DraftUnit[];
  citations: DraftCitation[];
  review: ReviewNote[];
}

export interface DraftAmountStandard {
  id: string;
  project: string;
  name: string;
  kind: 'amount';
  fundingBasis: null;
  rationale: string | null;
  unit: string;
  per: string | null;
  period: 'month' | 'year' | null;
  previous: { value: number; year: number | null } | null;
  current: { value: number; year: number };
  citations: DraftCitation[];
}
export interface DraftCoverageStandard {
  id: string;
  project: string;
  name: string;
  kind: 'coverage';
  fundingBasis: null;
  rationale: string | null;
  previousCoverage: null;
  currentCoverage: string;
  year: number;
  citations: DraftCitation[];
}
export type DraftStandard = DraftAmountStandard | DraftCoverageStandard;
/** A standard before it has its id and project. */
type StandardFields = Omit<DraftAmountStandard, 'id' | 'project'> | Omit<DraftCoverageStandard, 'id' | 'project'>;

export interface DraftCategory {
  id: string;
  name: string;
  order: number;
  statedCount: number | null;
  citations: DraftCitation[];
}

/** The breakdown keys of a level's stated totals: the standings and the change kinds. */
export type BreakdownKey = Standing | 'raised';
export interface DraftLevelTotals {
  decided: number | null;
  implemented: number | null;
  breakdown: Partial<Record<BreakdownKey, number>>;
  citations: DraftCitation[];
}

export type DocumentType = 'notice' | 'announcement' | 'resolution' | 'plan' | 'consultation-draft';
export type IssuerKind = 'government' | 'government-office' | 'livelihood-office' | 'congress' | 'congress-presidium';

export interface BasisDocument {
  number: string;
  title: string;
  level: 'provincial' | 'municipal' | null;
  citations: DraftCitation[];
}

export interface NoticeDraft {
  title: string;
  headline: string | null;
  programmeKind: string | null;
  documentType: DocumentType | null;
  documentNumber: string | null;
  issuer: string | null;
  issuerKind: IssuerKind | null;
  issuedOn: string | null;
  documentCitations: DraftCitation[];
  addressees: string | null;
  basisDocuments: BasisDocument[];
  statedTotals: {
    all: number | null;
    allCitations: DraftCitation[];
    provincial: DraftLevelTotals | null;
    municipal: DraftLevelTotals | null;
    district: DraftLevelTotals | null;
  };
  /** The levels the headings name, each with its heading cited. */
  levels: { code: Level; label: string; citations: DraftCitation[] }[];
  categories: DraftCategory[];
  projects: DraftProject[];
  standards: DraftStandard[];
  citations: DraftCitation[];
  /** Paragraphs (ids) from which nothing was drafted, for the editor to read. */
  notDrafted: string[];
}

export interface DraftOptions {
  /** Id of the source document the citations name. */
  source: string;
  /** The programme year (the current year of a raised standard). */
  year: number;
}

// ---------------------------------------------------------------------------------------------
// Reading the numbering of a paragraph.

interface Marker {
  depth: number;
  /** The text after the marker. */
  body: string;
}

const MARKERS: readonly { depth: number; re: RegExp }[] = [
  { depth: 1, re: /^[一二三四五六七八九十]+[、，,.．]\s*/ },
  { depth: 2, re: /^[（(][一二三四五六七八九十]+[）)]\s*/ },
  { depth: 4, re: /^[（(]\d{1,2}[）)]\s*/ },
  { depth: 5, re: /^[①-⑳]\s*/ },
  // 1. 1． 1、 and a bare number before the text (1免收…), but never a figure (2017年, 9项, 1.5万).
  { depth: 3, re: /^\d{1,2}(?!\d)(?:[.．、](?!\d)\s*|(?![年月日个项万元余多%％.．、\s]))/ },
];

function markerOf(text: string): Marker | null {
  for (const { depth, re } of MARKERS) {
    const m = re.exec(text);
    if (m && m[0].length < text.length) return { depth, body: text.slice(m[0].length) };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Headings.

const STATED_COUNT = /[（(](\d+)项[）)]\s*[。.]?$|(\d+)项\s*[。.]?$/;
const STANDING_HEADINGS: readonly [RegExp, BreakdownKey][] = [
  [/^新增/, 'new'],
  [/^继续/, 'continued'],
  [/^(?:提标|扩面)/, 'raised'],
  [/^(?:整合|归并)/, 'merged-away'],
  [/^调整/, 'adjusted-out'],
  [/^(?:退出|取消|停止)/, 'withdrawn'],
];
const LEVEL_WORDS: readonly [RegExp, Level][] = [
  [/省级|省定/, 'provincial'],
  [/市级|市定/, 'municipal'],
  [/区级|县级|区定|县定/, 'district'],
];
const LEVEL_HEADING = /民生|实事|项目|工程/;
/** Parts of a notice about how the work is organised, not lists of projects. */
const CLOSING_HEADING = /组织领导|保障措施|工作要求|组织实施|工作措施|有关要求/;
const SENTENCE_INSIDE = /[，,；;：:。]/;

type Heading =
  | { kind: 'level'; level: Level; label: string }
  | { kind: 'standing'; standing: BreakdownKey; count: number | null; quote: string }
  | { kind: 'category'; name: string; count: number | null }
  | { kind: 'closing' };

/** What a numbered line is when it is a heading, or null when it is an item. */
function headingOf(body: string): Heading | null {
  const countMatch = STATED_COUNT.exec(body);
  const count = countMatch ? Number(countMatch[1] ?? countMatch[2]) : null;
  const core = body
    .replace(/[（(]\d+项[）)]\s*[。.]?$/, '')
    .replace(/[。.]$/, '')
    .trim();
  if (SENTENCE_INSIDE.test(core) || core.length > 30) return null;
  if (CLOSING_HEADING.test(core)) return { kind: 'closing' };
  for (const [re, level] of LEVEL_WORDS) {
    const m = re.exec(core);
    if (m && LEVEL_HEADING.test(core)) return { kind: 'level', level, label: m[0] };
  }
  const bare = core.replace(/\d+项$/, '');
  for (const [re, standing] of STANDING_HEADINGS) {
    if (re.test(bare) && bare.length <= 8) return { kind: 'standing', standing, count, quote: core };
  }
  return { kind: 'category', name: core.replace(/\d+项$/, '').trim(), count };
}

// ---------------------------------------------------------------------------------------------
// Units, targets and standards inside an item's text.

const UNIT_GROUP = /[（(]((?:牵头单位|责任单位|配合单位|牵头部门|责任部门|配合部门)[:：][^（）()]*)[）)]/g;
const UNIT_ROLES: readonly [RegExp, UnitRole][] = [
  [/^牵头/, 'lead'],
  [/^配合/, 'co-operating'],
  [/^责任/, 'responsible'],
];

function unitsOf(text: string, cite: (quote: string) => DraftCitation): { units: DraftUnit[]; rest: string } {
  const units: DraftUnit[] = [];
  for (const m of text.matchAll(UNIT_GROUP)) {
    for (const part of m[1]!.split(/[;；]/)) {
      const [label = '', names = ''] = part.split(/[:：]/, 2);
      const role = UNIT_ROLES.find(([re]) => re.test(label.trim()))?.[1];
      if (!role) continue;
      for (const name of names.split(/[、，,]/).map((n) => n.trim())) {
        if (name) units.push({ name, role, citations: [cite(part.trim())] });
      }
    }
  }
  return { units, rest: text.replace(UNIT_GROUP, '').trim() };
}

const VERBS = '新建改造|改造提升|新(?:[（(]改、扩[）)])?建|新增|建成|打通|完成|创建|设立|推广安装|安装|改造|基本消除|消除|实施|培训|发放|建设';
const UNITS = '万平方米|平方米|公里|千米|人次|个|所|条|辆|家|套|人|户|座|处|张|台|场|次|吨|亩|米|间|名|支|块|批|项';
const COUNT_AFTER = new RegExp(`^(?:(\\d{4})年)?(?:全年)?(力争|累计|约)?(${VERBS})([^\\d，,；;。、]+?)(\\d+(?:\\.\\d+)?)(万)?(${UNITS})(以上|左右|以内)?$`);
const COUNT_BEFORE = new RegExp(`^(?:(\\d{4})年)?(?:全年)?(力争|累计|约)?(${VERBS})(\\d+(?:\\.\\d+)?)(万)?(${UNITS})([^\\d，,；;。、]+)$`);
const SHARE = /^(?:实现)?(?:全[县区市省])?(不少于|不低于)(\d+(?:\.\d+)?)%的([^，,；;。\d]+?)(享有|享受|参加|覆盖)([^，,；;。\d]+)$/;
const QUALIFIERS: Record<string, TargetQualifier> = {
  力争: 'strive',
  累计: 'cumulative',
  约: 'about',
  以上: 'above',
  左右: 'about',
  以内: 'within',
  不少于: 'at-least',
  不低于: 'at-least',
};

/** The clauses of a text (split at ，；。 and their half-width forms), each as it stands in the text. */
function clausesOf(text: string): string[] {
  return text
    .split(/[，,；;。]/)
    .map((c) => c.trim())
    .filter(Boolean);
}

function targetsOf(text: string, cite: (quote: string) => DraftCitation): DraftTarget[] {
  const targets: DraftTarget[] = [];
  for (const whole of clausesOf(text)) {
    // A clause that lists several targets (新增普惠性幼儿园45所以上、等级幼儿园7所以上): its parts
    // (not splitting 新(改、扩)建); a part without its own verb drafts nothing.
    const parts = targetIn(whole) ? [whole] : whole.split(/、(?![^(（]*[)）])/);
    for (const clause of parts) {
      const target = targetIn(clause);
      const quote = text.includes(`${clause}。`) ? `${clause}。` : clause;
      if (target) targets.push({ ...target, citations: [cite(quote)] });
    }
  }
  return targets;
}

/** The target one clause states, when it matches one of the patterns whole. */
function targetIn(clause: string): Omit<DraftTarget, 'citations'> | null {
  const base = { quantityMax: null, reference: null };
  let m = COUNT_AFTER.exec(clause);
  if (m) {
    // 改造面积3万平方米 is a size, not 面积 delivered: the whole phrase is the item, without a verb.
    const size = /^(?:面积|长度|里程|规模)$/.test(m[4]!);
    return {
      ...base,
      item: size ? `${m[3]}${m[4]}` : m[4]!,
      action: size ? null : m[3]!,
      measure: 'count',
      quantity: Number(m[5]) * (m[6] ? 10000 : 1),
      unit: m[7]!,
      qualifier: QUALIFIERS[m[8] ?? m[2] ?? ''] ?? null,
      year: m[1] ? Number(m[1]) : null,
    };
  }
  m = COUNT_BEFORE.exec(clause);
  if (m) {
    return {
      ...base,
      item: m[7]!,
      action: m[3]!,
      measure: 'count',
      quantity: Number(m[4]) * (m[5] ? 10000 : 1),
      unit: m[6]!,
      qualifier: QUALIFIERS[m[2] ?? ''] ?? null,
      year: m[1] ? Number(m[1]) : null,
    };
  }
  m = SHARE.exec(clause);
  if (m) {
    return { ...base, item: m[5]!, action: m[4]!, measure: 'share', quantity: Number(m[2]), unit: '%', qualifier: QUALIFIERS[m[1]!] ?? null, reference: m[3]!, year: null };
  }
  return null;
}

const AMOUNT = /将(.+?)由(\d{4})年(每[人户])?(每[月年])?(\d+(?:\.\d+)?)元提高到(\d+(?:\.\d+)?)元/;
const COVERAGE = /将(.+?覆盖范围)扩大到([^，,；;。]+)/;
const INCLUSION = /将([^，,；;。]+?)纳入([^，,；;。]+)/;
const RATIONALE = /^(根据[^，,；;。]+)[，,]/;

function standardOf(text: string, year: number, cite: (quote: string) => DraftCitation): StandardFields | null {
  const rationale = RATIONALE.exec(text)?.[1] ?? null;
  const amount = AMOUNT.exec(text);
  if (amount) {
    return {
      name: amount[1]!,
      kind: 'amount',
      fundingBasis: null,
      rationale,
      unit: '元',
      per: amount[3] ? amount[3].slice(1) : null,
      period: amount[4] === '每月' ? 'month' : amount[4] === '每年' ? 'year' : null,
      previous: { value: Number(amount[5]), year: Number(amount[2]) },
      current: { value: Number(amount[6]), year },
      citations: [cite(text)],
    };
  }
  const coverage = COVERAGE.exec(text);
  if (coverage) {
    return { name: coverage[1]!, kind: 'coverage', fundingBasis: null, rationale, previousCoverage: null, currentCoverage: coverage[2]!, year, citations: [cite(text)] };
  }
  // 将免除…学杂费纳入补助内容: what is newly covered, in the sentence's words.
  const inclusion = INCLUSION.exec(text);
  if (inclusion) {
    return {
      name: inclusion[1]!,
      kind: 'coverage',
      fundingBasis: null,
      rationale,
      previousCoverage: null,
      currentCoverage: `${inclusion[1]}纳入${inclusion[2]}`,
      year,
      citations: [cite(text)],
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The notice as a whole.

/** A short first sentence that names the item (技工大省技能培训工程。开展…), or null. */
function namingSentence(text: string): { name: string; rest: string | null } | null {
  const stop = text.indexOf('。');
  const first = stop < 0 ? text : text.slice(0, stop);
  if (!first || first.length > 30 || /[，,；;：:]/.test(first)) return null;
  const rest = stop < 0 ? '' : text.slice(stop + 1).trim();
  return { name: first.trim(), rest: rest || null };
}

/** The start of a numbered paragraph up to the end of its first sentence (3.公共卫生服务及妇幼健康、计生特扶。). */
function namingPart(paragraph: string): string {
  const stop = paragraph.indexOf('。');
  return stop < 0 ? paragraph : paragraph.slice(0, stop + 1);
}

/** For a project leaving the list (调整至… / 退出…): its name and the words about its leaving. */
const LEAVING = /调整至|调整到|调整为|退出|不再/;

const LIST_INTRO = /(?:分别是|分别为|包括)[:：]?|(?<=\d项)[:：]/;
const LIST_TAIL = /等(\d+)(?:个|项)(?:项目)?([^。；;]*)[。.]?$/;
const MERGER = /^(原)?(.+?)(合并为|并入)(?:新增的)?(.+)$/;
const SIGNATURE_DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
const PROGRAMME_KINDS = /民生工程|民生实事|为民办实事|民心工程|惠民实事/;
const DOCUMENT_TYPES: readonly [RegExp, DocumentType][] = [
  [/征求意见/, 'consultation-draft'],
  [/公告/, 'announcement'],
  [/决议/, 'resolution'],
  [/方案/, 'plan'],
  [/通知/, 'notice'],
];
const ISSUER_KINDS: readonly [RegExp, IssuerKind][] = [
  [/主席团$/, 'congress-presidium'],
  [/人民代表大会(?:常务委员会)?$/, 'congress'],
  [/民生(?:工程|实事)?[^政府]*办公室$|民生办$/, 'livelihood-office'],
  [/办公室$|办公厅$/, 'government-office'],
  [/政府$/, 'government'],
];
const BASIS_DOCUMENT = /《([^》]+)》[（(]([^）)]*〔\d{4}〕\d+号)[）)]/g;
const DOCUMENT_NUMBER = /[（(](第\d+号)[）)]$/;
const HEADLINE = /[“"](\d+(?:\+\d+)+)[”"]/;

interface Section {
  level: Level | null;
  standing: BreakdownKey | null;
  /** Paragraph index of the innermost heading: records are ordered within it. */
  heading: number;
  category: string | null;
  /** The stated count of the innermost standing heading, to compare with what was drafted. */
  count: number | null;
  closing: boolean;
}

interface PendingProject extends Omit<DraftProject, 'id' | 'order' | 'mergedFrom' | 'mergedInto'> {
  heading: number;
  mergedFrom: PendingProject[];
  mergedInto: PendingProject | null;
  /** The leaving project's target as the text names it, when it is moved into another (调整至“…”). */
  movedToName: string | null;
  /** A raised change as the text names the project, waiting to be attached to it. */
  raisedName?: string;
  standards: StandardFields[];
}

/** Drafts a programme's records from its notice's paragraphs (`lines[0]` is the title, p1). */
export function draftNotice(lines: readonly string[], options: DraftOptions): NoticeDraft {
  const cite = (index: number) => (quote: string) => ({ source: options.source, paragraph: `p${index + 1}`, quote });
  const title = lines[0] ?? '';
  const draft: NoticeDraft = {
    title,
    headline: HEADLINE.exec(title)?.[1] ?? null,
    programmeKind: PROGRAMME_KINDS.exec(title)?.[0] ?? PROGRAMME_KINDS.exec(lines.join('\n'))?.[0] ?? null,
    documentType: DOCUMENT_TYPES.find(([re]) => re.test(title))?.[1] ?? null,
    documentNumber: DOCUMENT_NUMBER.exec(title)?.[1] ?? null,
    issuer: null,
    issuerKind: null,
    issuedOn: null,
    documentCitations: title ? [cite(0)(title)] : [],
    addressees: null,
    basisDocuments: [],
    statedTotals: { all: null, allCitations: [], provincial: null, municipal: null, district: null },
    levels: [],
    categories: [],
    projects: [],
    standards: [],
    citations: title ? [cite(0)(title)] : [],
    notDrafted: [],
  };
  const pending: PendingProject[] = [];
  const raised: PendingProject[] = [];
  const mergers: { level: Level | null; heading: number; target: string; sources: PendingProject[]; citation: DraftCitation }[] = [];
  const sectionCounts: { section: Section; index: number }[] = [];
  let section: Section = { level: null, standing: null, heading: 0, category: null, count: null, closing: false };
  let headingSeen = false;

  const levelTotals = (level: Level): DraftLevelTotals => {
    draft.statedTotals[level] ??= { decided: null, implemented: null, breakdown: {}, citations: [] };
    return draft.statedTotals[level]!;
  };
  const project = (fields: Partial<PendingProject> & { name: string }): PendingProject => {
    const standing = section.standing === 'raised' ? null : section.standing;
    const p: PendingProject = {
      nameOrigin: 'source',
      level: section.level,
      standing,
      category: section.category,
      description: null,
      changes: [],
      exitNote: null,
      targets: [],
      units: [],
      citations: [],
      review: [],
      heading: section.heading,
      mergedFrom: [],
      mergedInto: null,
      movedToName: null,
      standards: [],
      ...fields,
    };
    return p;
  };

  // The closing signature: an issuer line followed by the date, at the end.
  let end = lines.length;
  const last = lines.length - 1;
  const date = last > 0 ? SIGNATURE_DATE.exec(lines[last]!) : null;
  if (date) {
    draft.issuedOn = `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
    end = last;
    const signer = lines[last - 1];
    if (signer && last - 1 > 0 && !SENTENCE_INSIDE.test(signer) && signer.length <= 40 && !markerOf(signer)) {
      draft.issuer = signer;
      draft.issuerKind = ISSUER_KINDS.find(([re]) => re.test(signer))?.[1] ?? null;
      draft.documentCitations.push(cite(last - 1)(signer));
      end = last - 1;
    }
  }

  for (let i = 1; i < end; i++) {
    const text = lines[i]!;
    const c = cite(i);
    const marker = markerOf(text);
    let heading = marker && marker.depth <= 2 ? headingOf(marker.body) : null;
    // A short line without a count is a category only when something is listed under it: not when it
    // ends as a sentence (一、新建公园2个。) or the next line is numbered at the same depth.
    if (heading?.kind === 'category' && heading.count === null) {
      const next = i + 1 < end ? markerOf(lines[i + 1]!) : null;
      if (/[。.]$/.test(marker!.body) || i + 1 >= end || (next && next.depth === marker!.depth)) heading = null;
    }
    if (heading) {
      headingSeen = true;
      if (marker!.depth === 1) section = { level: null, standing: null, heading: i, category: null, count: null, closing: false };
      else section = { ...section, standing: null, count: null, heading: i };
      if (heading.kind === 'closing') section.closing = true;
      else if (heading.kind === 'level') {
        section.level = heading.level;
        if (!draft.levels.some((l) => l.code === heading.level)) draft.levels.push({ code: heading.level, label: heading.label, citations: [c(text)] });
      } else if (heading.kind === 'standing') {
        section.standing = heading.standing;
        section.count = heading.count;
        if (section.level && heading.count !== null) {
          const totals = levelTotals(section.level);
          totals.breakdown[heading.standing] = heading.count;
          totals.citations.push(c(heading.quote));
        }
        sectionCounts.push({ section: { ...section }, index: i });
      } else {
        const id = `category-${draft.categories.length + 1}`;
        draft.categories.push({ id, name: heading.name, order: draft.categories.length + 1, statedCount: heading.count, citations: [c(marker!.body)] });
        section.category = id;
      }
      continue;
    }
    if (section.closing) {
      draft.notDrafted.push(`p${i + 1}`);
      continue;
    }

    // Before any heading: addressees, basis documents, the total.
    if (!headingSeen && !marker) {
      let used = false;
      if (i === 1 && /[：:]$/.test(text) && !/[。]/.test(text) && !LIST_INTRO.test(text)) {
        draft.addressees = text.replace(/[：:]$/, '');
        draft.citations.push(c(draft.addressees));
        used = true;
      }
      for (const m of text.matchAll(BASIS_DOCUMENT)) {
        const level = /省人民政府|省政府/.test(m[1]!) ? 'provincial' : /市人民政府|市政府/.test(m[1]!) ? 'municipal' : null;
        draft.basisDocuments.push({ number: m[2]!, title: m[1]!, level, citations: [c(m[0])] });
        used = true;
      }
      if (draft.statedTotals.all === null) {
        // Not the titles of other documents (《…关于2017年实施33项民生工程的通知》).
        const clause = text.split(/[，,。；;]/).find((k) => /(?:实施|确定|为)[^，,。]*?\d+项/.test(k.replace(/《[^》]*》/g, '')));
        const n = clause ? /(\d+)项/.exec(clause.replace(/《[^》]*》/g, '').replace(/.*(?:实施|确定|为)/, '')) : null;
        if (clause && n) {
          draft.statedTotals.all = Number(n[1]);
          draft.statedTotals.allCitations.push(c(clause.trim()));
          draft.citations.push(c(clause.trim()));
          used = true;
        }
      }
      if (!used) draft.notDrafted.push(`p${i + 1}`);
      continue;
    }

    // A numbered item (or a heading that is itself an item).
    if (marker) {
      const { units, rest } = unitsOf(marker.body, c);
      const whole = c(text);
      if (section.standing === 'raised') {
        const named = namingSentence(rest);
        const p = project({ name: named?.name ?? rest, raisedName: named?.name ?? rest, units });
        const summary = named?.rest ?? rest;
        p.changes.push({ kind: 'raised', summary, citations: [whole] });
        p.citations.push(whole);
        const standard = standardOf(summary, options.year, c);
        if (standard) p.standards.push(standard);
        raised.push(p);
        continue;
      }
      if (section.standing === 'withdrawn' || section.standing === 'adjusted-out') {
        pending.push(leaving(i, rest, units, whole));
        continue;
      }
      const named = namingSentence(rest);
      if (named) {
        pending.push(project({ name: named.name, description: named.rest, units, targets: targetsOf(rest, c), citations: [whole] }));
      } else {
        const name = clausesOf(rest)[0] ?? rest;
        pending.push(project({ name, nameOrigin: 'editorial', description: rest, units, targets: targetsOf(rest, c), citations: [whole], review: [{ kind: 'editorial-name' }] }));
      }
      continue;
    }

    // Merger sentences (原A、B合并为C；D并入E).
    if (section.standing === 'merged-away' || /合并为|并入/.test(text)) {
      const clauses = text.match(/[^。；;]+(?:。|[；;]|$)/g) ?? [];
      const sources: PendingProject[] = [];
      const notes: string[] = [];
      for (const raw of clauses) {
        const quote = raw.replace(/[；;]$/, '').trim();
        const m = MERGER.exec(quote.replace(/。$/, ''));
        if (!m) {
          if (quote) notes.push(quote);
          continue;
        }
        const target = m[4]!
          .replace(/[，,]作为.*$/, '')
          .replace(/(?:项目)?继续实施$/, '')
          .replace(/项目$/, '')
          .trim();
        const names = m[2]!.split('、').map((n) => n.trim());
        const from = names.map((name) => project({ name, standing: 'merged-away', citations: [c(quote)] }));
        sources.push(...from);
        pending.push(...from);
        mergers.push({ level: section.level, heading: section.heading, target, sources: from, citation: c(quote) });
      }
      if (sources.length) {
        const note = notes.join('');
        if (note) {
          for (const s of sources) {
            s.exitNote = note;
            for (const n of notes) s.citations.push(c(n));
          }
        }
        continue;
      }
    }

    // A list of names in one paragraph.
    const list = listOf(text);
    if (list) {
      if (list.intro && section.level) statedLevelTotals(section.level, list.intro, c);
      const standing =
        section.standing && section.standing !== 'raised'
          ? section.standing
          : /继续实施/.test(list.tail)
            ? 'continued'
            : /实施/.test(list.intro ?? list.tail)
              ? 'implemented'
              : null;
      const from = pending.length;
      for (const name of list.names) pending.push(project({ name, standing, citations: [c(name)] }));
      const stated = list.count ?? (list.intro ? statedCountIn(list.intro) : null);
      if (stated !== null && stated !== list.names.length) {
        for (const p of pending.slice(from)) p.review.push({ kind: 'count-differs', stated, drafted: list.names.length });
      }
      continue;
    }

    // Under a level: the level's stated totals (省政府确定实施33项。其中，我区实际实施22项).
    if (section.level && !section.standing && /\d+项/.test(text)) {
      statedLevelTotals(section.level, text, c);
      continue;
    }

    // An unnumbered item under a standing heading (城市老旧小区整治。2017年我区不再承担该项目任务。).
    if (section.standing && section.standing !== 'raised') {
      const named = namingSentence(text);
      if (named) {
        if (section.standing === 'withdrawn' || section.standing === 'adjusted-out') pending.push(project({ name: named.name, exitNote: named.rest, citations: [c(text)] }));
        else pending.push(project({ name: named.name, description: named.rest, targets: targetsOf(text, c), citations: [c(text)] }));
        continue;
      }
    }
    draft.notDrafted.push(`p${i + 1}`);
  }

  function leaving(i: number, rest: string, units: DraftUnit[], whole: DraftCitation): PendingProject {
    const named = namingSentence(rest);
    if (named) return project({ name: named.name, exitNote: named.rest, units, citations: [whole] });
    const at = LEAVING.exec(rest);
    if (at && at.index > 0) {
      const exitNote = rest.slice(at.index);
      const moved = /^调整(?:至|到|为)[^“"]*[“"]([^”"]+)[”"]/.exec(exitNote)?.[1] ?? null;
      const p = project({ name: rest.slice(0, at.index), exitNote, units, citations: [whole], movedToName: moved });
      if (moved) p.review.push({ kind: 'moved-to', target: moved });
      return p;
    }
    return project({ name: clausesOf(rest)[0] ?? rest, nameOrigin: 'editorial', description: rest, units, citations: [whole], review: [{ kind: 'editorial-name' }] });
  }

  function statedLevelTotals(level: Level, text: string, c: (quote: string) => DraftCitation) {
    const totals = levelTotals(level);
    // The level's own decision (省政府确定实施33项 / 全市实施市定民生工程9项), then what this area carries out.
    const sentences = text.match(/[^。]+。?/g) ?? [];
    const used: string[] = [];
    for (const sentence of sentences) {
      for (const clause of sentence.split(/[，,]/)) {
        const implemented = /(?:实际实施|承担|实施其中)(\d+)项/.exec(clause) ?? (/^(?:其中)?我[区县市]/.test(clause) ? /(\d+)项/.exec(clause) : null);
        const decided = /(?:确定|实施)[^，,。]*?(\d+)项/.exec(clause);
        if (implemented && totals.implemented === null) {
          totals.implemented = Number(implemented[1]);
          if (!used.includes(sentence)) used.push(sentence);
        } else if (decided && totals.decided === null) {
          totals.decided = Number(decided[1]);
          if (!used.includes(sentence)) used.push(sentence);
        }
      }
    }
    // The jurisdiction's own level (区政府确定实施8项): what it decided to carry out is what it carries out.
    if (level === 'district' && totals.implemented === null && totals.decided !== null && used.some((s) => /确定实施/.test(s))) totals.implemented = totals.decided;
    if (used.length) totals.citations.unshift(c(used.join('').trim()));
  }

  if (draft.issuedOn) draft.citations.push(cite(last)(lines[last]!));

  // Mergers: the target is a project of the same level when one has its name; otherwise a project
  // formed by the merger, placed after its sources.
  for (const merger of mergers) {
    const existing = pending.find((p) => p.level === merger.level && p.name === merger.target && p.standing !== 'merged-away');
    const into =
      existing ??
      (() => {
        const formed = project({ name: merger.target, level: merger.level, standing: 'formed-by-merger', heading: merger.heading, citations: [] });
        pending.splice(pending.indexOf(merger.sources.at(-1)!) + 1, 0, formed);
        return formed;
      })();
    into.citations.push(merger.citation);
    for (const s of merger.sources) {
      s.mergedInto = into;
      into.mergedFrom.push(s);
    }
  }
  // Raised changes (提标扩面): on the project of the same name and level, or drafted apart for review.
  for (const r of raised) {
    const target = pending.find((p) => p.level === r.level && p.name === r.raisedName && p.standing !== 'merged-away');
    if (target) {
      target.changes.push(...r.changes);
      target.standards.push(...r.standards);
      target.units.push(...r.units);
      // A project formed by a merger has no item of its own: the raised item's words name it.
      if (target.standing === 'formed-by-merger') target.citations.push(...r.citations.map((c) => ({ ...c, quote: namingPart(c.quote) })));
    } else {
      r.review.push({ kind: 'raised-without-project' });
      pending.push(r);
    }
  }
  // Standing sections whose stated count differs from what was drafted under them.
  for (const p of pending) {
    if (!p.level && draft.levels.length) p.review.push({ kind: 'no-level' });
    if (!p.standing && draft.levels.length) p.review.push({ kind: 'no-standing' });
  }
  for (const { section: s, index } of sectionCounts) {
    if (s.count === null || s.standing === 'raised') continue;
    const drafted = pending.filter((p) => p.heading === index && p.standing === s.standing).length;
    if (drafted !== s.count) for (const p of pending.filter((q) => q.heading === index)) p.review.push({ kind: 'count-differs', stated: s.count, drafted });
  }

  // Ids in document order; order within each heading and standing.
  const width = String(pending.length).length < 2 ? 2 : String(pending.length).length;
  const ids = new Map(pending.map((p, n) => [p, `project-${String(n + 1).padStart(width, '0')}`]));
  const counters = new Map<string, number>();
  for (const p of pending) {
    const key = `${p.heading}|${p.standing}`;
    const order = (counters.get(key) ?? 0) + 1;
    counters.set(key, order);
    const id = ids.get(p)!;
    const { heading: _h, movedToName: _m, raisedName: _r, standards, mergedFrom, mergedInto, ...rest } = p;
    draft.projects.push({
      ...rest,
      id,
      order,
      mergedFrom: mergedFrom.map((s) => ids.get(s)!),
      mergedInto: mergedInto ? ids.get(mergedInto)! : null,
      review: [...new Map(p.review.map((r) => [JSON.stringify(r), r])).values()],
    });
    for (const s of standards) draft.standards.push({ ...s, id: `standard-${String(draft.standards.length + 1).padStart(2, '0')}`, project: id });
  }
  draft.levels.sort((a, b) => LEVELS.indexOf(a.code) - LEVELS.indexOf(b.code));
  return draft;
}

/** The stated count of an intro (确定实施8项). */
function statedCountIn(text: string): number | null {
  const m = /(\d+)项/.exec(text);
  return m ? Number(m[1]) : null;
}

/** A list of names written in one paragraph, or null. */
function listOf(text: string): { names: string[]; count: number | null; tail: string; intro: string | null } | null {
  let body = text;
  let intro: string | null = null;
  const introAt = LIST_INTRO.exec(text);
  if (introAt) {
    intro = text.slice(0, introAt.index);
    body = text.slice(introAt.index + introAt[0].length);
  }
  let count: number | null = null;
  let tail = '';
  const tailAt = LIST_TAIL.exec(body);
  if (tailAt) {
    count = Number(tailAt[1]);
    tail = tailAt[2] ?? '';
    body = body.slice(0, tailAt.index);
  }
  const names = body
    .replace(/[。.]$/, '')
    .split(/[；;]/)
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length < 2 && !((tailAt || introAt) && names.length === 1)) return null;
  if (names.some((n) => n.length > 40 || /[。，,]/.test(n))) return null;
  return { names, count, tail, intro };
}
