/** The pure functions behind a programme's notice, standards, oversight and filtered-list pages, and its names. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/i18n/index.ts';
import { facetPage } from '../../../src/lib/programme/facet-page.ts';
import { programmeNames } from '../../../src/lib/programme/names.ts';
import { noticePage } from '../../../src/lib/programme/notice-page.ts';
import { oversightPage } from '../../../src/lib/programme/oversight-page.ts';
import { citedParagraph, leadParagraph, projectLink } from '../../../src/lib/programme/page-links.ts';
import { indexProgramme } from '../../../src/lib/programme/programme-index.ts';
import { standardsPage } from '../../../src/lib/programme/standards-page.ts';
import {
  cite,
  FIXTURE_PROGRAMME,
  fixtureAmount,
  fixtureCoverage,
  fixtureMilestone,
  fixtureOversight,
  fixtureProgramme,
  fixtureProject,
  fixtureSource,
} from '../../support/records.ts';

const programme = fixtureProgramme();
const projects = [
  fixtureProject('employment', {
    name: '就业见习',
    level: 'provincial',
    standing: 'continued',
    order: 1,
    changes: [{ kind: 'raised', summary: '提高标准', citations: [cite('p3')] }],
  }),
  fixtureProject('insurance', { name: '城乡居民基本医疗保险', level: 'provincial', standing: 'continued', order: 2, aliases: [{ name: '居民医保', citations: [cite('p4')] }] }),
  fixtureProject('urban-insurance', { name: '城镇居民基本医疗保险', level: 'provincial', standing: 'merged-away', order: 3, mergedInto: 'insurance' }),
  fixtureProject('parks', { name: '城市公园', level: 'district', standing: 'implemented', order: 1 }),
];
const index = indexProgramme(programme, projects, [
  fixtureCoverage('insurance-scope', 'insurance', { previousCoverage: '城镇居民', citations: [cite('p9')] }),
  fixtureAmount('employment-allowance', 'employment', { citations: [cite('p12')] }),
  fixtureAmount('orphan', 'gone', { previous: { value: 50, year: null }, current: { value: 45, year: null }, period: null, per: null }),
]);

describe('page links', () => {
  it('link a project by name and a citation to its paragraph in the notice', () => {
    expect(projectLink(index, 'parks')).toEqual({ id: 'parks', name: '城市公园', path: `${FIXTURE_PROGRAMME}/projects/parks/` });
    expect(citedParagraph(FIXTURE_PROGRAMME, cite('p12'))).toEqual({ id: 'p12', number: '12', path: `${FIXTURE_PROGRAMME}/notice/#p12` });
    expect(leadParagraph(FIXTURE_PROGRAMME, { citations: [cite('p7'), cite('p2')] }).number).toBe('7');
  });
});

describe('programmeNames', () => {
  it('names the programme in short, with its kind, and with the full jurisdiction', () => {
    expect(programmeNames(programme)).toEqual({ short: '测试区2018年', name: '测试区2018年民生工程', fullName: '测试市测试区2018年民生工程' });
  });

  it('words the kind as a programme calls itself', () => {
    expect(programmeNames(programme, translator(undefined, { 'term.programmeKind': '民生实事' })).name).toBe('测试区2018年民生实事');
  });
});

describe('noticePage', () => {
  const source = fixtureSource([
    ['h1', '测试区2018年民生工程实施方案'],
    ['h2', '一、省级民生工程'],
    ['h3', '（一）继续实施'],
    ['p', '城乡居民基本医疗保险（居民医保）和就业见习。'],
  ]);
  const page = noticePage(index, [fixtureSource([], { id: 'other' }), source]);

  it('finds the programme’s notice and renders its title and parts one level below the page’s heading', () => {
    expect(page.source).toBe(source);
    expect(page.paragraphs.map((p) => [p.id, p.number, p.tag])).toEqual([
      ['p1', 1, 'h2'],
      ['p2', 2, 'h2'],
      ['p3', 3, 'h3'],
      ['p4', 4, 'p'],
    ]);
  });

  it('links every name a project goes by, aliases included', () => {
    expect(page.paragraphs[3]!.parts).toEqual([
      { text: '城乡居民基本医疗保险', id: 'insurance' },
      { text: '（' },
      { text: '居民医保', id: 'insurance' },
      { text: '）和' },
      { text: '就业见习', id: 'employment' },
      { text: '。' },
    ]);
    // Names the notice gives need no item links after their paragraphs.
    expect(page.paragraphs.map((p) => p.item)).toEqual([null, null, null, null]);
    expect(page.links).toEqual({ names: true, items: false });
  });

  it('refuses a programme whose notice is missing', () => {
    expect(() => noticePage(index, [])).toThrow(/testarea-2018-notice/);
  });
});

describe('noticePage of a list whose items have no names of their own', () => {
  // As in the Cangnan 公告: each item is one sentence, and the site gives it a short title (nameOrigin editorial).
  const source = fixtureSource([
    ['p', '一、实施城镇道路畅通工程,新建改造道路10条。'],
    ['p', '二、加快农村公路建设,建成联网公路55公里。'],
    ['p', '以上城镇道路畅通工程由县交通局负责。'],
    ['p', '三、就业见习。'],
  ]);
  const editorial = (id: string, name: string, paragraph: string) =>
    fixtureProject(id, { name, nameOrigin: 'editorial', level: null, standing: null, citations: [cite(paragraph)] });
  const items = indexProgramme(
    fixtureProgramme(),
    [
      editorial('urban-road-traffic', '城镇道路畅通工程', 'p1'),
      editorial('rural-roads', '农村公路建设', 'p2'),
      fixtureProject('employment', { name: '就业见习', citations: [cite('p4')] }),
    ],
    [],
  );
  const page = noticePage(items, [source]);

  it('links no editorial title as if it were the notice’s own name, and follows each item’s paragraph, left as text, with a link to its project', () => {
    expect(page.paragraphs.map((p) => [p.parts, p.item])).toEqual([
      [[{ text: '一、实施城镇道路畅通工程,新建改造道路10条。' }], 'urban-road-traffic'],
      [[{ text: '二、加快农村公路建设,建成联网公路55公里。' }], 'rural-roads'],
      // Not an item's paragraph: the editorial title's words in it stay text.
      [[{ text: '以上城镇道路畅通工程由县交通局负责。' }], null],
      // A name the notice gives is still linked as a name, and its paragraph needs no link of its own.
      [[{ text: '三、' }, { text: '就业见习', id: 'employment' }, { text: '。' }], null],
    ]);
    expect(page.links).toEqual({ names: true, items: true });
  });
});

describe('noticePage of an item whose paragraph names another project', () => {
  it('keeps the other project’s name linked and still links the item’s own page after it', () => {
    const source = fixtureSource([['p', '四、扩大就业见习规模。']]);
    const items = indexProgramme(
      fixtureProgramme(),
      [
        fixtureProject('internship-scale', { name: '见习规模扩大', nameOrigin: 'editorial', level: null, standing: null, citations: [cite('p1')] }),
        fixtureProject('employment', { name: '就业见习', citations: [cite('p2')] }),
      ],
      [],
    );
    const [paragraph] = noticePage(items, [source]).paragraphs;
    expect(paragraph!.parts).toEqual([{ text: '四、扩大' }, { text: '就业见习', id: 'employment' }, { text: '规模。' }]);
    expect(paragraph!.item).toBe('internship-scale');
  });
});

describe('standardsPage', () => {
  const page = standardsPage(index);

  it('lists the amounts with unit, signed change and source, and the coverage apart', () => {
    expect(page.amounts.map((r) => [r.standard.id, r.project.name, r.unit, r.absolute, r.percent, r.source.number])).toEqual([
      ['employment-allowance', '就业见习', '元/人/月', 200, '+33.3%', '12'],
      ['orphan', '', '元', -5, '-10.0%', '5'],
    ]);
    expect(page.coverage.map((r) => [r.standard.id, r.project.name, r.project.path, r.source.path])).toEqual([
      ['insurance-scope', '城乡居民基本医疗保险', `${FIXTURE_PROGRAMME}/projects/insurance/`, `${FIXTURE_PROGRAMME}/notice/#p9`],
    ]);
  });

  it('says whether any project is raised, for the introduction that explains 提标扩面', () => {
    expect(page.anyRaised).toBe(true);
    const unraised = projects.map((p) => ({ ...p, changes: [] }));
    expect(standardsPage(indexProgramme(programme, unraised, [])).anyRaised).toBe(false);
  });
});

describe('oversightPage', () => {
  const milestones = [
    fixtureMilestone('late', { month: 11, citations: [cite('p20')] }),
    fixtureMilestone('early', { month: 3 }),
    { ...fixtureMilestone('elsewhere', { month: 1 }), programme: 'other-2018' },
  ];
  const mechanisms = [
    fixtureOversight('second', { order: 2 }),
    fixtureOversight('first', { order: 1, citations: [cite('p18')] }),
    { ...fixtureOversight('foreign'), programme: 'other-2018' },
  ];
  const page = oversightPage(FIXTURE_PROGRAMME, milestones, mechanisms);

  it('keeps the programme’s own deadlines by month and its mechanisms in the notice’s order, each with its source', () => {
    expect(page.milestones.map((m) => [m.id, m.source.number])).toEqual([
      ['early', '7'],
      ['late', '20'],
    ]);
    expect(page.mechanisms.map((o) => [o.id, o.source.path])).toEqual([
      ['first', `${FIXTURE_PROGRAMME}/notice/#p18`],
      ['second', `${FIXTURE_PROGRAMME}/notice/#p8`],
    ]);
  });
});

describe('facetPage', () => {
  it('lists the projects carrying one facet value, in the list’s order, with the value’s label', () => {
    // An entry merged away is listed before the continued ones, under the notice's 整合归并 heading.
    expect(facetPage(index.projects, 'level', 'provincial')).toMatchObject({ label: '省级', projects: [{ id: 'urban-insurance' }, { id: 'employment' }, { id: 'insurance' }] });
    expect(facetPage(index.projects, 'change', 'raised').projects.map((p) => p.id)).toEqual(['employment']);
  });

  it('refuses a value no project carries', () => {
    expect(() => facetPage(index.projects, 'standing', 'withdrawn')).toThrow(/withdrawn/);
  });
});
