/** The published CSV tables, parsed back with csv-parse and compared with the content. */
import { describe, expect, inject, it } from 'vitest';
import { CATALOGUE } from '../../src/lib/open-data/catalogue.ts';
import { dataBytes, dataCsv, dataJson, luyangContent } from '../support/built-data.ts';

const dist = inject('distRoot');
const content = luyangContent();

/** The column names are a public interface: a column is only ever added at the end (docs/open-data.md). */
const HEADERS = {
  'projects.csv': [
    'programme_id',
    'project_id',
    'name',
    'level',
    'level_label',
    'standing',
    'standing_label',
    'notice_order',
    'changes',
    'change_labels',
    'merged_from',
    'merged_into',
    'moved_to',
    'moved_from',
    'exit_note',
    'responsible_body',
    'description',
    'aliases',
    'standard_ids',
    'citation_paragraphs',
    'page_url',
    'targets',
    'category',
    'category_name',
    'name_origin',
    'lead_units',
    'co_operating_units',
    'implemented',
  ],
  'standards.csv': [
    'programme_id',
    'standard_id',
    'project_id',
    'project_name',
    'name',
    'kind',
    'unit',
    'per',
    'period',
    'period_label',
    'previous_value',
    'previous_year',
    'current_value',
    'current_year',
    'absolute_change',
    'percent_change',
    'previous_coverage',
    'current_coverage',
    'coverage_year',
    'funding_basis',
    'rationale',
    'citation_paragraphs',
    'page_url',
  ],
  'milestones.csv': [
    'programme_id',
    'milestone_id',
    'title',
    'applies_to',
    'year',
    'month',
    'month_part',
    'month_part_label',
    'before',
    'deadline_label',
    'citation_paragraphs',
    'page_url',
  ],
  'targets.csv': [
    'programme_id',
    'project_id',
    'project_name',
    'target_number',
    'action',
    'quantity',
    'unit',
    'item',
    'year',
    'target_label',
    'citation_paragraphs',
    'page_url',
    'measure',
    'qualifier',
    'qualifier_label',
    'quantity_max',
    'reference',
  ],
} as const;

describe.each(Object.entries(HEADERS))('%s', (file, header) => {
  const csv = dataCsv(dist, file);

  it('is UTF-8 with a BOM, CRLF line ends, and exactly the documented header', () => {
    expect(csv.bom).toBe(true);
    expect([...dataBytes(dist, file).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // No content value holds a line break today, so every LF must belong to a CRLF record end.
    expect(dataBytes(dist, file).toString('utf8')).not.toMatch(/(?<!\r)\n/);
    expect(csv.header).toEqual(header);
  });

  it('has a twin without the BOM that is otherwise byte for byte the same', () => {
    const plain = file.replace(/\.csv$/, '.nobom.csv');
    expect(dataCsv(dist, plain).bom).toBe(false);
    expect(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), dataBytes(dist, plain)]).equals(dataBytes(dist, file))).toBe(true);
  });

  it('writes numeric and boolean columns as plain numbers and true/false', () => {
    const table = CATALOGUE.find((k) => k.scope === 'site' && k.path === file)!.table!;
    for (const column of table.columns) {
      for (const row of csv.rows) {
        const cell = row[column.name]!;
        if (column.required) expect(cell, `${column.name} is required`).not.toBe('');
        if (cell === '') continue;
        if (column.type === 'integer') expect(cell, column.name).toMatch(/^-?\d+$/);
        if (column.type === 'number') expect(Number.isFinite(Number(cell)), `${column.name}=${cell}`).toBe(true);
        if (column.type === 'boolean') expect(['true', 'false']).toContain(cell);
        if (column.enum) expect(column.enum).toContain(cell);
      }
    }
  });
});

describe('projects.csv', () => {
  const { rows } = dataCsv(dist, 'projects.csv');

  it('has one row per project entry of the content, and every entry once', () => {
    expect(rows).toHaveLength(47);
    expect(rows).toHaveLength(content.projects.length);
    expect(new Set(rows.map((r) => `${r.programme_id}/${r.project_id}`))).toEqual(new Set(content.projects.map((p) => `${p.programme}/${p.id}`)));
  });

  it('says which rows the notice’s totals count: its true rows are the 37 projects of 29+8, level by level', () => {
    const counted = rows.filter((r) => r.implemented === 'true');
    const totals = content.programmes[0]!.statedTotals;
    expect(counted).toHaveLength(37);
    expect(counted).toHaveLength(totals.all!);
    for (const level of ['provincial', 'municipal', 'district'] as const)
      expect(
        counted.filter((r) => r.level === level),
        level,
      ).toHaveLength(totals[level]!.implemented);
    // Every other row is an entry the notice lists without carrying it out this year.
    expect(new Set(rows.filter((r) => r.implemented === 'false').map((r) => r.standing))).toEqual(new Set(['merged-away', 'withdrawn', 'adjusted-out']));
  });

  it('lists each level’s entries under the notice’s headings in its order: new, merged, continued, withdrawn', () => {
    const provincial = rows.filter((r) => r.level === 'provincial').map((r) => r.standing);
    expect([...new Set(provincial)]).toEqual(['new', 'formed-by-merger', 'merged-away', 'continued', 'withdrawn']);
  });

  it('is described in datapackage.json as in that order, naming the standings in the order of its rows', () => {
    const resource = dataJson(dist, 'datapackage.json').resources.find((r: { path: string }) => r.path === 'projects.nobom.csv');
    const description: string = resource.schema.fields.find((f: { name: string }) => f.name === 'notice_order').description;
    const labels = [...new Set(rows.filter((r) => r.level === 'provincial').map((r) => r.standing_label))];
    const positions = labels.map((label) => (description.indexOf(`、${label}`) >= 0 ? description.indexOf(`、${label}`) : description.indexOf(`（${label}`)));
    expect(
      positions.every((p) => p >= 0),
      labels.join(),
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('matches the content field by field, Chinese text intact', () => {
    for (const p of content.projects) {
      const row = rows.find((r) => r.project_id === p.id && r.programme_id === p.programme)!;
      expect(row).toMatchObject({
        name: p.name,
        level: p.level,
        standing: p.standing,
        notice_order: String(p.order),
        description: p.description ?? '',
        merged_into: p.mergedInto ?? '',
        moved_to: p.movedTo?.project ?? '',
        responsible_body: p.units
          .filter((u) => u.role === 'responsible')
          .map((u) => u.name)
          .join(';'),
        merged_from: p.mergedFrom.join(';'),
        changes: p.changes.map((c) => c.kind).join(';'),
        page_url: `https://example.gov.cn/${p.programme}/projects/${p.id}/`,
      });
      // Every paragraph cited anywhere in the project's record or its standards', in paragraph order.
      const cited = JSON.stringify([p, content.standards.filter((s) => s.programme === p.programme && s.project === p.id)]).matchAll(/"paragraph":"p(\d+)"/g);
      const expected = [...new Set([...cited].map((m) => Number(m[1])))].sort((a, b) => a - b).map((n) => `p${n}`);
      expect(row.citation_paragraphs?.split(';'), p.id).toEqual(expected);
    }
    // The raised standard's paragraph (p11) is not the one that names the project (p19).
    expect(rows.find((r) => r.project_id === 'employment-support')?.citation_paragraphs).toBe('p11;p19');
    expect(rows.find((r) => r.project_id === 'employment-support')).toMatchObject({
      name: '就业扶持工程',
      level_label: '省级',
      standing_label: '继续实施',
      changes: 'raised',
      change_labels: '提标扩面',
      standard_ids: 'graduate-internship-subsidy',
    });
    expect(rows.find((r) => r.project_id === 'compulsory-education-funding')?.moved_from).toBe('free-textbooks-compulsory');
  });

  it('matches each project’s own CSV file', () => {
    const { header } = dataCsv(dist, 'projects.csv');
    for (const row of rows) {
      const own = dataCsv(dist, `${row.programme_id}/projects/${row.project_id}.csv`);
      expect(own.bom).toBe(true);
      expect(own.header).toEqual(header);
      expect(own.rows).toEqual([row]);
      const plain = `${row.programme_id}/projects/${row.project_id}.nobom.csv`;
      expect(dataCsv(dist, plain).bom).toBe(false);
      expect(dataBytes(dist, `${row.programme_id}/projects/${row.project_id}.csv`).subarray(3).equals(dataBytes(dist, plain))).toBe(true);
    }
  });
});

describe('targets.csv', () => {
  it('has one row per quantified target of the content, the quantity a number and the year as stated', () => {
    const { rows } = dataCsv(dist, 'targets.csv');
    const targets = content.projects.flatMap((p) => p.targets.map((t) => ({ p, t })));
    expect(rows).toHaveLength(targets.length);
    expect(rows.find((r) => r.project_id === 'fitness-facilities')).toMatchObject({
      project_name: '群众体育设施建设',
      target_number: '1',
      action: '建成',
      quantity: '11',
      unit: '个',
      item: '全民健身苑',
      year: '2017',
      target_label: '2017年建成11个全民健身苑',
      citation_paragraphs: 'p26',
    });
  });

  it('is summarised in projects.csv’s targets column', () => {
    const { rows } = dataCsv(dist, 'projects.csv');
    expect(rows.find((r) => r.project_id === 'fitness-facilities')?.targets).toBe('2017年建成11个全民健身苑');
    expect(rows.filter((r) => r.targets !== '').map((r) => r.project_id)).toEqual(content.projects.filter((p) => p.targets.length > 0).map((p) => p.id));
  });
});

describe('standards.csv', () => {
  const { rows } = dataCsv(dist, 'standards.csv');

  it('has one row per standard, with units in their own columns and numbers as numbers', () => {
    expect(rows).toHaveLength(5);
    expect(rows).toHaveLength(content.standards.length);
    const internship = rows.find((r) => r.standard_id === 'graduate-internship-subsidy')!;
    expect(internship).toMatchObject({
      project_id: 'employment-support',
      name: '高校毕业生就业见习补助标准',
      kind: 'amount',
      unit: '元',
      per: '人',
      period: 'month',
      period_label: '月',
      previous_year: '2016',
      current_year: '2017',
      funding_basis: '省级财政补助',
      citation_paragraphs: 'p11',
    });
    expect(Number(internship.previous_value)).toBe(600);
    expect(Number(internship.current_value)).toBe(800);
    expect(Number(internship.absolute_change)).toBe(200);
    expect(Number(internship.percent_change)).toBe(33.3);
  });

  it('leaves amount columns empty for coverage standards and vice versa', () => {
    const coverage = rows.find((r) => r.kind === 'coverage')!;
    expect(coverage.current_coverage).not.toBe('');
    expect([coverage.unit, coverage.previous_value, coverage.current_value]).toEqual(['', '', '']);
    const amount = rows.find((r) => r.kind === 'amount')!;
    expect([amount.current_coverage, amount.coverage_year]).toEqual(['', '']);
  });
});

describe('milestones.csv', () => {
  it('has one row per deadline, in calendar order', () => {
    const { rows } = dataCsv(dist, 'milestones.csv');
    expect(rows).toHaveLength(2);
    expect(rows).toHaveLength(content.milestones.length);
    expect(rows.map((r) => [r.milestone_id, r.year, r.month, r.month_part, r.before, r.deadline_label])).toEqual([
      ['district-matching-funds', '2017', '6', 'mid', 'true', '6月中旬前'],
      ['engineering-completion', '2017', '11', 'mid', 'true', '11月中旬前'],
    ]);
    expect(rows[0]?.title).toBe('区级配套资金全部配套到位');
  });
});
