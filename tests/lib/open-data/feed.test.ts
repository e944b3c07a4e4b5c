import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Located } from '../../../src/lib/content/content-set.ts';
import { atomFeed, feedEntries, PREVIEW_TAG_AUTHORITY, programmeEntryDate, UNDATED_FEED } from '../../../src/lib/open-data/feed.ts';
import type { Correction } from '../../../src/schemas/correction.ts';
import { atomProblems } from '../../support/atom.ts';
import { luyangContent } from '../../support/built-data.ts';
import { TEST_SITE_BASE, testContext } from '../../support/open-data-context.ts';

/** Fixture corrections: one about a project (with markup-like text to escape), one site-wide. */
const corrections: Located<Correction>[] = [
  {
    id: 'internship-unit',
    date: '2018-02-03',
    programme: 'luyang-2017',
    project: 'employment-support',
    summary: '见习补助单位由“元/人”更正为“元/人/月” & 补充出处',
    reportedBy: '读者 <张三>',
    file: 'corrections/internship-unit.yaml',
  },
  { id: 'site-typo', date: '2017-06-30', programme: null, project: null, summary: '更正页脚错字', reportedBy: null, file: 'corrections/site-typo.yaml' },
];

describe('Atom feed', () => {
  // The programme's files were last committed on 15 January 2018 (content history).
  const history = { firstCommitted: '2017-05-01T00:00:00Z', programmeChanged: new Map([['luyang-2017', '2018-01-15T10:00:00Z']]) };
  const ctx = testContext({ ...luyangContent(), corrections }, { date: '2018-02-03', dateTime: '2018-02-03T00:00:00Z', basis: 'correction' }, history);
  const xml = atomFeed(ctx);

  it('is well-formed XML with an entry per programme and per correction, newest first', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(feedEntries(ctx).map((e) => [e.title, e.updated])).toEqual([
      ['更正：就业扶持工程', '2018-02-03T00:00:00Z'],
      ['庐阳区2017年实施“29+8”项民生工程的通知', '2018-01-15T10:00:00Z'],
      ['更正：全站', '2017-06-30T00:00:00Z'],
    ]);
  });

  it('describes a programme by what its source states: projects, standards and deadlines where it has them, its paragraphs always', () => {
    const entry = (c: ReturnType<typeof luyangContent>) => feedEntries(testContext(c, ctx.updated, history)).find((e) => !e.title.startsWith('更正'))!;
    const content = luyangContent();
    expect(entry(content).summary).toBe('合肥市庐阳区2017年民生工程：逐项列出 47 个项目条目，含补助标准、时间节点与原文出处。');
    // A list without standards and deadlines (as the Cangnan 公告) is not said to hold them.
    expect(entry({ ...content, standards: [], milestones: [] }).summary).toBe('合肥市庐阳区2017年民生工程：逐项列出 47 个项目条目，含原文出处。');
    expect(entry({ ...content, standards: [] }).summary).toBe('合肥市庐阳区2017年民生工程：逐项列出 47 个项目条目，含时间节点与原文出处。');
  });

  it('dates a programme by its last commit, capped at SOURCE_DATE_EPOCH, else by SOURCE_DATE_EPOCH, else by a stated date of issue', () => {
    const epoch = { date: '2018-01-01', dateTime: '2018-01-01T00:00:00Z', basis: 'source-date-epoch' } as const;
    const p = { id: 'luyang-2017', issuedOn: null };
    expect(programmeEntryDate({ updated: epoch, history }, p)).toBe('2018-01-01T00:00:00Z');
    expect(programmeEntryDate({ updated: epoch, history: { firstCommitted: null, programmeChanged: new Map() } }, p)).toBe('2018-01-01T00:00:00Z');
    const unknown = { date: null, dateTime: null, basis: 'unknown' } as const;
    const none = { firstCommitted: null, programmeChanged: new Map<string, string>() };
    expect(programmeEntryDate({ updated: unknown, history: none }, { ...p, issuedOn: '2017-03-09' })).toBe('2017-03-09T00:00:00Z');
    expect(programmeEntryDate({ updated: unknown, history: none }, p)).toBeNull();
  });

  it('leaves out a programme of unknown date, and with no date at all carries the Unix epoch, never 1 January', () => {
    const undated = testContext(luyangContent(), { date: null, dateTime: null, basis: 'unknown' });
    expect(feedEntries(undated)).toEqual([]);
    const feed = new XMLParser().parse(atomFeed(undated)).feed;
    expect(feed.updated).toBe(UNDATED_FEED);
    expect(XMLValidator.validate(atomFeed(undated))).toBe(true);
    expect(atomFeed(undated)).not.toContain('2017-01-01');
  });

  it('links each correction to what it concerns, with a stable tag id, and escapes its text', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    const [first, , second] = feed.entry;
    expect(first.id).toBe('tag:example.gov.cn,2018-02-03:correction/internship-unit');
    expect(first.link['@_href']).toBe(`${TEST_SITE_BASE}luyang-2017/projects/employment-support/`);
    expect(first.summary).toBe('见习补助单位由“元/人”更正为“元/人/月” & 补充出处（报告人：读者 <张三>）');
    expect(xml).toContain('&amp; 补充出处（报告人：读者 &lt;张三&gt;）');
    expect(second.link['@_href']).toBe(`${TEST_SITE_BASE}about/#corrections`);
    expect(feed.updated).toBe('2018-02-03T00:00:00Z');
    expect(feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe(`${TEST_SITE_BASE}feed.xml`);
  });

  it('is valid Atom on a published site: absolute ids, the programme’s page address as its id', () => {
    expect(atomProblems(xml)).toEqual([]);
    expect(new XMLParser().parse(xml).feed.id).toBe(`${TEST_SITE_BASE}feed.xml`);
  });
});

describe('Atom feed of a preview (no published address)', () => {
  const history = { firstCommitted: null, programmeChanged: new Map([['luyang-2017', '2018-01-15T10:00:00Z']]) };
  const ctx = {
    ...testContext({ ...luyangContent(), corrections }, { date: '2018-02-03', dateTime: '2018-02-03T00:00:00Z', basis: 'correction' }, history),
    siteBase: '/minsheng/',
  };
  const xml = atomFeed(ctx);
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;

  it('is valid Atom: every id an absolute tag URI, none relative and none a localhost address', () => {
    expect(atomProblems(xml)).toEqual([]);
    expect(xml).not.toContain('localhost');
    expect(feed.id).toBe(`tag:${PREVIEW_TAG_AUTHORITY},2000:feed`);
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      `tag:${PREVIEW_TAG_AUTHORITY},2018-02-03:correction/internship-unit`,
      `tag:${PREVIEW_TAG_AUTHORITY},2017:programme/luyang-2017`,
      `tag:${PREVIEW_TAG_AUTHORITY},2017-06-30:correction/site-typo`,
    ]);
  });

  it('still links to the pages by site-relative address (resolved against the feed’s own)', () => {
    expect(feed.entry[1].link['@_href']).toBe('/minsheng/luyang-2017/');
  });
});
