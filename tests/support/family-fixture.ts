/**
 * A small content tree of another kind of programme than Luyang's, for the tests of the content
 * model of the whole 民生 family: a county's 民生实事 list published as a congress presidium's 公告,
 * with no levels, no standings, thematic headings with their stated counts, items without a
 * separate name (editorial short titles), lead and co-operating units, and qualified targets.
 * The text is synthetic (合成测试数据), written in the patterns of real lists.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

export const FAMILY_PROGRAMME = 'shili-2019';
const SOURCE = 'shili-2019-announcement';

/** The synthetic announcement, one paragraph per line. */
export const FAMILY_LINES = [
  '示例县第一届人民代表大会第一次会议公告（合成测试数据）',
  '示例县第一届人民代表大会第一次会议确定2019年县政府民生实事项目为4项，分别是：',
  '一、促进就业(2项)',
  '1.开展困难职工帮扶不少于286人次。(牵头单位:县总工会、县民政局)',
  '2.新增普惠性幼儿园45所以上。(牵头单位:县教育局;配合单位:县财政局)',
  '二、社会保障(2项)',
  '3.农村低保标准年均增幅不低于4.5%。',
  '4.特困人员基本生活标准不低于当地最低生活保障标准的1.3倍。',
  '示例县第一届人民代表大会第一次会议主席团',
] as const;

const cite = (n: number, quote: string) => {
  if (!FAMILY_LINES[n - 1]!.includes(quote)) throw new Error(`fixture quote not in p${n}: ${quote}`);
  return [{ source: SOURCE, paragraph: `p${n}`, quote }];
};

/** Writes the fixture tree into `dir` (a content folder of its own: site.yaml, the source, the programme). */
export function writeFamilyFixture(dir: string): void {
  mkdirSync(join(dir, 'sources'), { recursive: true });
  mkdirSync(join(dir, 'programmes', FAMILY_PROGRAMME, 'projects'), { recursive: true });
  const yaml = (path: string, data: unknown) => writeFileSync(join(dir, path), stringify(data));
  yaml('site.yaml', {
    name: '示例县民生实事公开数据',
    description: '示例县年度民生实事项目的结构化公开数据（合成测试数据）。',
    dataLicence: { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  });
  const front = stringify({ id: SOURCE, title: FAMILY_LINES[0], programme: FAMILY_PROGRAMME, provenance: '合成测试数据', url: null });
  const body = FAMILY_LINES.map((line, i) => `<p id="p${i + 1}">${line}</p>`).join('\n\n');
  writeFileSync(join(dir, 'sources', `${SOURCE}.mdx`), `---\n${front}---\n\n${body}\n`);
  yaml(`programmes/${FAMILY_PROGRAMME}/programme.yaml`, {
    id: FAMILY_PROGRAMME,
    year: 2019,
    jurisdiction: '示例市示例县',
    jurisdictionShort: '示例县',
    title: FAMILY_LINES[0],
    terms: { programmeKind: '民生实事', localArea: null },
    jurisdictionKind: 'county',
    document: { type: 'announcement', issuer: FAMILY_LINES[8], issuerKind: 'congress-presidium', citations: [...cite(1, '公告'), ...cite(9, FAMILY_LINES[8])] },
    status: 'published',
    categories: [
      { id: 'employment', name: '促进就业', order: 1, statedCount: 2, citations: cite(3, '一、促进就业(2项)') },
      { id: 'social-security', name: '社会保障', order: 2, statedCount: 2, citations: cite(6, '二、社会保障(2项)') },
    ],
    addressees: null,
    issuedOn: null,
    documentNumber: null,
    source: SOURCE,
    basisDocuments: [],
    statedTotals: { all: 4, allCitations: cite(2, '确定2019年县政府民生实事项目为4项') },
    citations: cite(1, FAMILY_LINES[0]),
  });
  const project = (id: string, n: number, fields: Record<string, unknown>) =>
    yaml(`programmes/${FAMILY_PROGRAMME}/projects/${id}.yaml`, {
      id,
      programme: FAMILY_PROGRAMME,
      nameOrigin: 'editorial',
      order: n - 3 - (n > 5 ? 1 : 0),
      description: FAMILY_LINES[n - 1]!.replace(/^\d\./, ''),
      citations: cite(n, FAMILY_LINES[n - 1]!.replace(/^\d\./, '')),
      ...fields,
    });
  project('worker-assistance', 4, {
    name: '困难职工帮扶',
    category: 'employment',
    units: [
      { name: '县总工会', role: 'lead', citations: cite(4, '县总工会') },
      { name: '县民政局', role: 'lead', citations: cite(4, '县民政局') },
    ],
    targets: [{ item: '困难职工帮扶', action: '开展', quantity: 286, unit: '人次', qualifier: 'at-least', citations: cite(4, '开展困难职工帮扶不少于286人次') }],
  });
  project('kindergartens', 5, {
    name: '普惠性幼儿园',
    category: 'employment',
    units: [
      { name: '县教育局', role: 'lead', citations: cite(5, '牵头单位:县教育局') },
      { name: '县财政局', role: 'co-operating', citations: cite(5, '配合单位:县财政局') },
    ],
    targets: [{ item: '普惠性幼儿园', action: '新增', quantity: 45, unit: '所', qualifier: 'above', citations: cite(5, '新增普惠性幼儿园45所以上') }],
  });
  project('rural-minimum-living', 7, {
    name: '农村低保标准',
    category: 'social-security',
    targets: [{ item: '农村低保标准年均增幅', measure: 'rate', quantity: 4.5, unit: '%', qualifier: 'at-least', citations: cite(7, '农村低保标准年均增幅不低于4.5%') }],
  });
  project('extreme-poverty-standard', 8, {
    name: '特困人员基本生活标准',
    category: 'social-security',
    targets: [
      {
        item: '特困人员基本生活标准',
        measure: 'multiple',
        quantity: 1.3,
        unit: '倍',
        qualifier: 'at-least',
        reference: '当地最低生活保障标准',
        citations: cite(8, '特困人员基本生活标准不低于当地最低生活保障标准的1.3倍'),
      },
    ],
  });
}
