/**
 * Generates clearly synthetic content trees for tests and benchmarks (never for content/).
 * Every generated programme is valid: its notice text contains every quoted sentence, its stated
 * totals equal its itemised projects, and its lineage is consistent.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { sourceDocumentMdx } from '../../src/lib/content/notice.ts';

export interface SyntheticProgrammeOptions {
  /** Programme id, e.g. `synthetic-2030`. */
  id: string;
  year: number;
  /**
   * Number of project entries per level (provincial, municipal, district). Without `lineage` all
   * of them are carried out; with it, some are merged away, adjusted out or withdrawn.
   */
  perLevel: [number, number, number];
  /**
   * Characters of description text per project (realistic notices: 30–120): one length for every
   * project, or a `[min, max]` range that lengths are spread over deterministically.
   */
  descriptionLength?: number | readonly [number, number];
  /** Name of the synthetic district (default 测试区), so that several programmes of one year differ. */
  district?: string;
  /**
   * Adds lineage as real notices have it, in every block of 50 entries of a level: two projects
   * merged into a third (整合归并), one adjusted into another project, one withdrawn.
   */
  lineage?: boolean;
  /**
   * Also raises every n-th continued provincial or municipal project (提标扩面), each with an
   * amount standard. Without it only the first provincial project is raised.
   */
  raisedEvery?: number;
  /**
   * Description text: `filler` (default) repeats a fixed string's characters; `phrases` strings
   * together words of real notices, so that a search index sees a realistic vocabulary.
   */
  text?: 'filler' | 'phrases';
}

const LEVELS = ['provincial', 'municipal', 'district'] as const;
const LEVEL_WORDS = { provincial: '省级', municipal: '市级', district: '区级' } as const;
const FILLER = '开展示范建设提升服务能力完善保障机制加强资金管理推动项目落实改善群众生活条件';
const IMPLEMENTED = new Set(['new', 'continued', 'formed-by-merger', 'implemented']);

/** Words and phrases of real livelihood-project notices, for `text: 'phrases'`. */
const PHRASES = [
  '对',
  '城乡低保对象',
  '困难群众',
  '残疾人',
  '六十周岁以上老年人',
  '实施',
  '免费',
  '提供',
  '基本公共卫生服务',
  '健康体检',
  '就业见习补贴',
  '职业技能培训',
  '农村危房改造',
  '城市棚户区改造',
  '农村饮水安全',
  '道路硬化',
  '中小学校舍维修',
  '医疗救助',
  '临时救助',
  '补助标准',
  '提高到',
  '每人每月',
  '元',
  '覆盖',
  '全区',
  '所有',
  '社区',
  '居家养老服务',
  '保障',
  '改善',
  '生活条件',
  '加强',
  '资金管理',
  '推动',
  '项目落实',
  '，',
  '，',
  '，',
  '新建',
  '改建',
  '公共厕所',
  '健身苑',
  '农贸市场',
  '保障性住房',
  '公共租赁住房',
  '学前教育',
  '义务教育',
  '营养改善计划',
  '贫困家庭',
  '学生',
];

function filler(n: number, seed: number): string {
  let out = '';
  for (let i = 0; out.length < n; i++) out += FILLER[(seed * 7 + i * 3) % FILLER.length];
  return out;
}

function phrases(n: number, seed: number): string {
  let out = '';
  for (let i = 0; out.length < n; i++) out += PHRASES[(seed * 31 + i * 17 + ((seed >> 3) % 7) * i * i) % PHRASES.length];
  return out.slice(0, n);
}

/** Description length of entry `i` of level `li`: fixed, or spread over the range by a cheap hash. */
function descriptionLength(o: SyntheticProgrammeOptions, i: number, li: number): number {
  const d = o.descriptionLength ?? 60;
  if (typeof d === 'number') return d;
  const [min, max] = d;
  return min + ((i * 37 + li * 11) % (max - min + 1));
}

/** Lineage role of entry `i` (1-based) of a level with `n` entries, by its place in a block of 50. */
function lineageRole(i: number, n: number): 'merger' | 'merged' | 'moved' | 'withdrawn' | null {
  const k = i % 50;
  if (k === 10 && i + 2 <= n) return 'merger';
  if ((k === 11 || k === 12) && i - (k - 10) >= 1 && i - (k - 10) + 2 <= n) return 'merged';
  if (k === 20) return 'moved';
  if (k === 30) return 'withdrawn';
  return null;
}

/** Writes one synthetic programme (programme, projects, standards, one milestone, notice) under `contentDir`. */
export function writeSyntheticProgramme(contentDir: string, o: SyntheticProgrammeOptions): void {
  const dir = join(contentDir, 'programmes', o.id);
  for (const sub of ['projects', 'standards', 'milestones', 'oversight']) mkdirSync(join(dir, sub), { recursive: true });
  mkdirSync(join(contentDir, 'sources'), { recursive: true });
  const sourceId = `${o.id}-notice`;
  const district = o.district ?? '测试区';
  const title = `合成${district}${o.year}年民生工程的通知（测试数据）`;
  const lines: string[] = [title, `测试区政府决定${o.year}年实施合成测试民生工程。`];
  const projects: Record<string, unknown>[] = [];
  const standards: Record<string, unknown>[] = [];
  LEVELS.forEach((level, li) => {
    lines.push(`${'一二三'[li]}、${LEVEL_WORDS[level]}项目`);
    const n = o.perLevel[li] ?? 0;
    const idOf = (i: number) => `syn-${level}-${i}`;
    const nameOf = (i: number) => `合成${LEVEL_WORDS[level]}测试项目${i}号`;
    for (let i = 1; i <= n; i++) {
      const id = idOf(i);
      const name = nameOf(i);
      const description = `${(o.text === 'phrases' ? phrases : filler)(descriptionLength(o, i, li), i + li * 1000)}。`;
      const role = o.lineage ? lineageRole(i, n) : null;
      // Departed entries say where they went in the same paragraph, so that the exit note is quoted.
      const exit =
        role === 'merged' ? `整合归并至${nameOf(i - (i % 50) + 10)}。` : role === 'moved' ? `调整至${nameOf(i - 1)}实施。` : role === 'withdrawn' ? '本年退出实施。' : '';
      const standing =
        role === 'merger'
          ? 'formed-by-merger'
          : role === 'merged'
            ? 'merged-away'
            : role === 'moved'
              ? 'adjusted-out'
              : role === 'withdrawn'
                ? 'withdrawn'
                : level === 'district'
                  ? 'implemented'
                  : i === 1
                    ? 'new'
                    : 'continued';
      const raised = (level === 'provincial' && i === 1) || (o.raisedEvery !== undefined && level !== 'district' && standing === 'continued' && i % o.raisedEvery === 0);
      // A raised project's paragraph states its standard's figures, which the standard quotes.
      const standardId = level === 'provincial' && i === 1 ? 'syn-standard-1' : `syn-standard-${level}-${i}`;
      const amounts = raised ? standardAmounts(standardId, i) : null;
      const raise = amounts ? `补助标准由${o.year - 1}年每人每月${amounts.previous}元提高到${amounts.current}元。` : '';
      lines.push(`${i}.${name}。${description}${exit}${raise}`);
      const paragraph = `p${lines.length}`;
      const citations = [{ source: sourceId, paragraph, quote: `${i}.${name}。` }];
      const project: Record<string, unknown> = {
        id,
        programme: o.id,
        name,
        level,
        standing,
        order: i,
        description,
        changes: raised ? [{ kind: 'raised', summary: `${name}补助标准提高。`, citations: [{ source: sourceId, paragraph, quote: name }] }] : [],
        citations,
      };
      if (role === 'merger') project.mergedFrom = [idOf(i + 1), idOf(i + 2)];
      if (role === 'merged') project.mergedInto = idOf(i - (i % 50) + 10);
      if (role === 'moved') project.movedTo = { project: idOf(i - 1), citations: [{ source: sourceId, paragraph, quote: exit }] };
      if (exit) project.exitNote = exit;
      projects.push(project);
      // The first provincial project keeps its historical standard id, which tests rely on.
      if (raised) standards.push(syntheticStandard(o, standardId, id, [{ source: sourceId, paragraph, quote: raise }], i));
    }
  });
  lines.push(`工程类项目在11月中旬前全部完工。`);
  const deadlineParagraph = `p${lines.length}`;
  const ofLevel = (l: string) => projects.filter((p) => p.level === l);
  const countOf = (l: string, standing: string) => ofLevel(l).filter((p) => p.standing === standing).length;
  const implemented = LEVELS.map((l) => ofLevel(l).filter((p) => IMPLEMENTED.has(p.standing as string)).length);
  const departed = LEVELS.map((l) => countOf(l, 'withdrawn') + countOf(l, 'adjusted-out'));
  const raisedCount = (l: string) => ofLevel(l).filter((p) => (p.changes as unknown[]).length > 0).length;
  const lineageBreakdown = (l: string) =>
    o.lineage ? { 'merged-away': countOf(l, 'merged-away'), withdrawn: countOf(l, 'withdrawn'), 'adjusted-out': countOf(l, 'adjusted-out') } : {};
  // The notice states every total it is reconciled with, each in words its figure check finds (37项, 新增实施3项).
  const all = implemented.reduce((a, b) => a + b, 0);
  lines[1] = `测试区政府决定${o.year}年实施合成测试民生工程${all}项。`;
  const cite = [{ source: sourceId, paragraph: 'p2', quote: lines[1] }];
  const HEADINGS = { new: '新增实施', continued: '继续实施', raised: '提标扩面', 'merged-away': '整合归并', withdrawn: '退出实施', 'adjusted-out': '调整退出' } as const;
  const levelTotals = (li: number, breakdown: Partial<Record<keyof typeof HEADINGS, number>>) => {
    const level = LEVELS[li]!;
    const decided = implemented[li]! + departed[li]!;
    const parts = [
      `${LEVEL_WORDS[level]}民生工程确定${decided}项，实施${implemented[li]}项`,
      ...Object.entries(breakdown).map(([k, n]) => `${HEADINGS[k as keyof typeof HEADINGS]}${n}项`),
    ];
    lines.push(`${parts.join('；')}。`);
    const paragraph = `p${lines.length}`;
    return { decided, implemented: implemented[li], breakdown, citations: parts.map((quote) => ({ source: sourceId, paragraph, quote })) };
  };
  const programme = {
    id: o.id,
    year: o.year,
    jurisdiction: `合成测试市${district}`,
    jurisdictionShort: district,
    title,
    terms: { programmeKind: '民生工程', localArea: '本区' },
    jurisdictionKind: 'district',
    document: { type: 'notice', issuer: null, issuerKind: null, citations: cite },
    levels: [
      { code: 'provincial', label: '省级' },
      { code: 'municipal', label: '市级' },
      { code: 'district', label: '区级' },
    ],
    headline: null,
    addressees: null,
    issuedOn: null,
    documentNumber: null,
    source: sourceId,
    basisDocuments: [],
    statedTotals: {
      all,
      allCitations: cite,
      provincial: levelTotals(0, {
        new: countOf('provincial', 'new'),
        continued: countOf('provincial', 'continued'),
        raised: raisedCount('provincial'),
        ...lineageBreakdown('provincial'),
      }),
      municipal: levelTotals(1, {
        new: countOf('municipal', 'new'),
        continued: countOf('municipal', 'continued'),
        ...(o.raisedEvery !== undefined ? { raised: raisedCount('municipal') } : {}),
        ...lineageBreakdown('municipal'),
      }),
      district: levelTotals(2, lineageBreakdown('district')),
    },
    headlineParts: [],
    citations: [{ source: sourceId, paragraph: 'p1', quote: title }],
  };
  writeFileSync(join(dir, 'programme.yaml'), stringify(programme));
  for (const p of projects) writeFileSync(join(dir, 'projects', `${p.id}.yaml`), stringify(p));
  for (const s of standards) writeFileSync(join(dir, 'standards', `${s.id}.yaml`), stringify(s));
  writeFileSync(
    join(dir, 'milestones', 'syn-completion.yaml'),
    stringify({
      id: 'syn-completion',
      programme: o.id,
      title: '工程类项目全部完工',
      appliesTo: '工程类项目',
      month: 11,
      monthPart: 'mid',
      before: true,
      citations: [{ source: sourceId, paragraph: deadlineParagraph, quote: '工程类项目在11月中旬前全部完工' }],
    }),
  );
  const front = { id: sourceId, title, programme: o.id, provenance: '自动生成的合成测试数据，并非真实通知', url: null };
  writeFileSync(join(contentDir, 'sources', `${sourceId}.mdx`), sourceDocumentMdx(front, lines));
}

/** The amounts of a raised project's standard (values vary so that charts have something to show). */
function standardAmounts(id: string, i: number): { previous: number; current: number } {
  const previous = id === 'syn-standard-1' ? 100 : 100 + (i % 9) * 50;
  return { previous, current: id === 'syn-standard-1' ? 120 : previous + 20 + (i % 5) * 10 };
}

/** An amount standard of a raised project, cited where its paragraph states its figures. */
function syntheticStandard(o: SyntheticProgrammeOptions, id: string, project: string, citations: unknown[], i: number): Record<string, unknown> {
  const { previous, current } = standardAmounts(id, i);
  return {
    id,
    programme: o.id,
    project,
    name: id === 'syn-standard-1' ? '合成测试补助标准' : `合成测试补助标准${i}号`,
    kind: 'amount',
    fundingBasis: null,
    rationale: null,
    unit: '元',
    per: '人',
    period: 'month',
    previous: { value: previous, year: o.year - 1 },
    current: { value: current, year: o.year },
    citations,
  };
}

/** Writes a minimal site.yaml for a synthetic tree. */
export function writeSyntheticSite(contentDir: string): void {
  mkdirSync(contentDir, { recursive: true });
  writeFileSync(
    join(contentDir, 'site.yaml'),
    stringify({ name: '合成测试站点', description: '用于测试的合成数据站点。', dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } }),
  );
}
