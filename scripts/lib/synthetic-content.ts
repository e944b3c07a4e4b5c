/**
 * Generates clearly synthetic content trees for tests and benchmarks (never for content/).
 * Every generated programme is valid: its notice text contains every quoted sentence, its stated
 * totals equal its itemised projects, and its lineage is consistent.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { noticeLinesToMdx } from '../../src/lib/notice.ts';

export interface SyntheticProgrammeOptions {
  /** Programme id, e.g. `synthetic-2030`. */
  id: string;
  year: number;
  /** Number of implemented projects per level (provincial, municipal, district). */
  perLevel: [number, number, number];
  /** Characters of description text per project (realistic notices: 30–120). */
  descriptionLength?: number;
}

const LEVELS = ['provincial', 'municipal', 'district'] as const;
const LEVEL_WORDS = { provincial: '省级', municipal: '市级', district: '区级' } as const;
const FILLER = '开展示范建设提升服务能力完善保障机制加强资金管理推动项目落实改善群众生活条件';

function filler(n: number, seed: number): string {
  let out = '';
  for (let i = 0; out.length < n; i++) out += FILLER[(seed * 7 + i * 3) % FILLER.length];
  return out;
}

/** Writes one synthetic programme (programme, projects, one standard, one milestone, notice) under `contentDir`. */
export function writeSyntheticProgramme(contentDir: string, o: SyntheticProgrammeOptions): void {
  const dir = join(contentDir, 'programmes', o.id);
  for (const sub of ['projects', 'standards', 'milestones', 'oversight']) mkdirSync(join(dir, sub), { recursive: true });
  mkdirSync(join(contentDir, 'sources'), { recursive: true });
  const sourceId = `${o.id}-notice`;
  const title = `合成测试区${o.year}年民生工程的通知（测试数据）`;
  const lines: string[] = [title, `测试区政府决定${o.year}年实施合成测试民生工程。`];
  const projects: Record<string, unknown>[] = [];
  LEVELS.forEach((level, li) => {
    lines.push(`${'一二三'[li]}、${LEVEL_WORDS[level]}项目`);
    for (let i = 1; i <= (o.perLevel[li] ?? 0); i++) {
      const id = `syn-${level}-${i}`;
      const name = `合成${LEVEL_WORDS[level]}测试项目${i}号`;
      const description = `${filler(o.descriptionLength ?? 60, i + li * 1000)}。`;
      lines.push(`${i}.${name}。${description}`);
      const paragraph = `p${lines.length}`;
      projects.push({
        id,
        programme: o.id,
        name,
        level,
        standing: level === 'district' ? 'implemented' : i === 1 ? 'new' : 'continued',
        order: i,
        description,
        changes:
          level === 'provincial' && i === 1
            ? [{ kind: 'raised', summary: `${name}补助标准提高。`, citations: [{ source: sourceId, paragraph, quote: name }] }]
            : [],
        citations: [{ source: sourceId, paragraph, quote: `${i}.${name}。` }],
      });
    }
  });
  lines.push(`工程类项目在11月中旬前全部完工。`);
  const deadlineParagraph = `p${lines.length}`;
  const counts = LEVELS.map((l) => projects.filter((p) => p.level === l).length);
  const newCount = (l: string) => projects.filter((p) => p.level === l && p.standing === 'new').length;
  const continuedCount = (l: string) => projects.filter((p) => p.level === l && p.standing === 'continued').length;
  const cite = [{ source: sourceId, paragraph: 'p2', quote: `测试区政府决定${o.year}年实施合成测试民生工程。` }];
  const programme = {
    id: o.id,
    year: o.year,
    jurisdiction: '合成测试市测试区',
    jurisdictionShort: '测试区',
    title,
    headline: null,
    issuingBody: null,
    addressees: null,
    issuedOn: null,
    documentNumber: null,
    source: sourceId,
    basisDocuments: [],
    statedTotals: {
      all: counts.reduce((a, b) => a + b, 0),
      allCitations: cite,
      provincial: { decided: counts[0], implemented: counts[0], breakdown: { new: newCount('provincial'), continued: continuedCount('provincial'), raised: counts[0]! > 0 ? 1 : 0 }, citations: cite },
      municipal: { decided: counts[1], implemented: counts[1], breakdown: { new: newCount('municipal'), continued: continuedCount('municipal') }, citations: cite },
      district: { decided: counts[2], implemented: counts[2], breakdown: {}, citations: cite },
    },
    headlineParts: [],
    citations: [{ source: sourceId, paragraph: 'p1', quote: title }],
  };
  writeFileSync(join(dir, 'programme.yaml'), stringify(programme));
  for (const p of projects) writeFileSync(join(dir, 'projects', `${p.id}.yaml`), stringify(p));
  if (counts[0]! > 0) {
    const first = projects[0]!;
    const standard = {
      id: 'syn-standard-1',
      programme: o.id,
      project: first.id,
      name: '合成测试补助标准',
      kind: 'amount',
      fundingBasis: null,
      rationale: null,
      unit: '元',
      per: '人',
      period: 'month',
      previous: { value: 100, year: o.year - 1 },
      current: { value: 120, year: o.year },
      citations: (first.citations as unknown[]).slice(0, 1),
    };
    writeFileSync(join(dir, 'standards', 'syn-standard-1.yaml'), stringify(standard));
  }
  writeFileSync(
    join(dir, 'milestones', 'syn-completion.yaml'),
    stringify({ id: 'syn-completion', programme: o.id, title: '工程类项目全部完工', appliesTo: '工程类项目', month: 11, monthPart: 'mid', before: true, citations: [{ source: sourceId, paragraph: deadlineParagraph, quote: '工程类项目在11月中旬前全部完工' }] }),
  );
  const front = stringify({ id: sourceId, title, programme: o.id, issuer: null, provenance: '自动生成的合成测试数据，并非真实通知', url: null });
  writeFileSync(join(contentDir, 'sources', `${sourceId}.mdx`), `---\n${front}---\n\n${noticeLinesToMdx(lines)}\n`);
}

/** Writes a minimal site.yaml for a synthetic tree. */
export function writeSyntheticSite(contentDir: string): void {
  mkdirSync(contentDir, { recursive: true });
  writeFileSync(
    join(contentDir, 'site.yaml'),
    stringify({ name: '合成测试站点', description: '用于测试的合成数据站点。', dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } }),
  );
}
