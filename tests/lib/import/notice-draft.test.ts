/**
 * The notice parser (src/lib/import/notice-draft.ts) on the lines the issue names and on the
 * numbering forms Chinese notices use, full- and half-width: what it drafts, and what it leaves alone.
 */
import { describe, expect, it } from 'vitest';
import { draftNotice } from '../../../src/lib/import/notice-draft.ts';

const draft = (...lines: string[]) => draftNotice(['某市2018年民生实事项目（合成测试数据）', ...lines], { source: 'test-notice', year: 2018 });

describe('the notice parser', () => {
  it('reads a category heading with its stated count, and its items with lead and co-operating units', () => {
    const d = draft(
      '一、促进就业(3项)',
      '1.开展职业技能培训。全年培训城乡劳动者2万人次。(牵头单位:市人社局)',
      '2.支持创业带动就业(牵头单位:市人社局;配合单位:市财政局、市总工会)',
      '3.援助就业困难人员(责任单位:市人社局)',
      '二、保障困难群众(1项)',
      '6.提高困难职工帮扶水平(牵头单位:市总工会、市民政局)',
    );
    expect(d.categories).toEqual([
      { id: 'category-1', name: '促进就业', order: 1, statedCount: 3, citations: [{ source: 'test-notice', paragraph: 'p2', quote: '促进就业(3项)' }] },
      { id: 'category-2', name: '保障困难群众', order: 2, statedCount: 1, citations: [{ source: 'test-notice', paragraph: 'p6', quote: '保障困难群众(1项)' }] },
    ]);
    expect(d.projects.map((p) => [p.name, p.category, p.order])).toEqual([
      ['开展职业技能培训', 'category-1', 1],
      ['支持创业带动就业', 'category-1', 2],
      ['援助就业困难人员', 'category-1', 3],
      ['提高困难职工帮扶水平', 'category-2', 1],
    ]);
    const [first, second, third, sixth] = d.projects;
    expect(first!.description).toBe('全年培训城乡劳动者2万人次。');
    expect(first!.citations).toEqual([{ source: 'test-notice', paragraph: 'p3', quote: '1.开展职业技能培训。全年培训城乡劳动者2万人次。(牵头单位:市人社局)' }]);
    expect(first!.units).toEqual([{ name: '市人社局', role: 'lead', citations: [{ source: 'test-notice', paragraph: 'p3', quote: '牵头单位:市人社局' }] }]);
    expect(second!.units.map((u) => [u.name, u.role])).toEqual([
      ['市人社局', 'lead'],
      ['市财政局', 'co-operating'],
      ['市总工会', 'co-operating'],
    ]);
    expect(third!.units.map((u) => [u.name, u.role])).toEqual([['市人社局', 'responsible']]);
    expect(sixth!.units.map((u) => [u.name, u.role])).toEqual([
      ['市总工会', 'lead'],
      ['市民政局', 'lead'],
    ]);
    // Without levels in the text, nothing is said of them or of standings.
    expect(d.levels).toEqual([]);
    expect(d.projects.every((p) => p.level === null && p.standing === null)).toBe(true);
  });

  it('reads every numbering form, full- and half-width', () => {
    const d = draft('（一）文化惠民', '1．建设农家书屋。', '(二)体育健身', '(1)建设健身路径。', '①建设社区球场。', '2、建设游泳池。', '3建设体育公园。');
    expect(d.categories.map((c) => c.name)).toEqual(['文化惠民', '体育健身']);
    expect(d.projects.map((p) => [p.name, p.category])).toEqual([
      ['建设农家书屋', 'category-1'],
      ['建设健身路径', 'category-2'],
      ['建设社区球场', 'category-2'],
      ['建设游泳池', 'category-2'],
      ['建设体育公园', 'category-2'],
    ]);
  });

  it('takes a heading that is a whole sentence as an item, with an editorial name and its text as description', () => {
    const d = draft('一、实施城镇道路畅通工程,新建改造道路10条,打通断头路10条;新增专用停车位1000个、公共停车位200个。');
    expect(d.categories).toEqual([]);
    const [p] = d.projects;
    expect(p!.nameOrigin).toBe('editorial');
    expect(p!.name).toBe('实施城镇道路畅通工程');
    expect(p!.description).toBe('实施城镇道路畅通工程,新建改造道路10条,打通断头路10条;新增专用停车位1000个、公共停车位200个。');
    expect(p!.review).toContainEqual({ kind: 'editorial-name' });
    expect(p!.targets.map((t) => [t.action, t.item, t.quantity, t.unit, t.citations[0]!.quote])).toEqual([
      ['新建改造', '道路', 10, '条', '新建改造道路10条'],
      ['打通', '断头路', 10, '条', '打通断头路10条'],
      // 公共停车位200个 has no verb of its own: not drafted.
      ['新增', '专用停车位', 1000, '个', '新增专用停车位1000个'],
    ]);
  });

  it('reads qualifiers and shares only where the text states them', () => {
    const [p] = draft('1.发展学前教育。新增普惠性幼儿园45所以上,力争建成10个示范园,实现全县不少于2.5%的老年人享有养老服务补贴。').projects;
    expect(p!.targets.map((t) => [t.item, t.quantity, t.unit, t.qualifier, t.measure, t.reference])).toEqual([
      ['普惠性幼儿园', 45, '所', 'above', 'count', null],
      ['示范园', 10, '个', 'strive', 'count', null],
      ['养老服务补贴', 2.5, '%', 'at-least', 'share', '老年人'],
    ]);
  });

  it('reads levels, standing headings, in-paragraph lists, raised standards and stated totals', () => {
    const d = draft(
      '区政府决定2018年实施省、区级4项民生工程。',
      '一、省级民生工程',
      '2018年，省政府确定实施30项民生工程。其中，我区实际实施3项。',
      '（一）提标扩面1项。',
      '1.就业扶持工程。将高校毕业生就业见习补助标准由2017年每人每月800元提高到1000元。',
      '（二）继续实施3项。',
      '农村居民最低生活保障；就业扶持工程；棚户区改造等3个项目继续实施。',
      '二、区级民生工程',
      '2018年，区政府确定实施1项民生工程。分别是城市公园建设。',
    );
    expect(d.statedTotals.all).toBe(4);
    expect(d.levels).toEqual([
      { code: 'provincial', label: '省级', citations: [{ source: 'test-notice', paragraph: 'p3', quote: '一、省级民生工程' }] },
      { code: 'district', label: '区级', citations: [{ source: 'test-notice', paragraph: 'p9', quote: '二、区级民生工程' }] },
    ]);
    expect(d.statedTotals.provincial).toMatchObject({ decided: 30, implemented: 3, breakdown: { raised: 1, continued: 3 } });
    expect(d.statedTotals.provincial!.citations[0]!.quote).toBe('2018年，省政府确定实施30项民生工程。其中，我区实际实施3项。');
    expect(d.projects.map((p) => [p.name, p.level, p.standing, p.order])).toEqual([
      ['农村居民最低生活保障', 'provincial', 'continued', 1],
      ['就业扶持工程', 'provincial', 'continued', 2],
      ['棚户区改造', 'provincial', 'continued', 3],
      ['城市公园建设', 'district', 'implemented', 1],
    ]);
    const support = d.projects[1]!;
    expect(support.changes).toEqual([
      {
        kind: 'raised',
        summary: '将高校毕业生就业见习补助标准由2017年每人每月800元提高到1000元。',
        citations: [{ source: 'test-notice', paragraph: 'p6', quote: '1.就业扶持工程。将高校毕业生就业见习补助标准由2017年每人每月800元提高到1000元。' }],
      },
    ]);
    expect(d.standards).toEqual([
      expect.objectContaining({
        project: support.id,
        kind: 'amount',
        unit: '元',
        per: '人',
        period: 'month',
        previous: { value: 800, year: 2017 },
        current: { value: 1000, year: 2018 },
      }),
    ]);
  });

  it('flags a list whose stated count differs from the names it holds', () => {
    const d = draft('一、市级民生工程', '（一）继续实施3项。', '残疾人托养工程；新生儿疾病筛查等3个项目继续实施。');
    expect(d.projects).toHaveLength(2);
    expect(d.projects[0]!.review).toContainEqual({ kind: 'count-differs', stated: 3, drafted: 2 });
  });

  it('drafts nothing from a closing part about organisation, and lists its paragraphs', () => {
    const d = draft('一、民生实事项目', '1.建设城市公园。', '二、加强组织领导', '（一）压实责任，确保完成。各单位要按期完成任务。');
    expect(d.projects.map((p) => p.name)).toEqual(['建设城市公园']);
    expect(d.notDrafted).toEqual(['p5']);
  });

  it('reads the signature and date at the end of an announcement', () => {
    const d = draftNotice(
      ['某县人民代表大会公告(第2号)', '确定2018年县政府民生实事项目为1项,分别是:', '一、新建公园2个。', '现予公告。', '某县人民代表大会主席团', '2018年3月1日'],
      {
        source: 's',
        year: 2018,
      },
    );
    expect([d.documentType, d.documentNumber, d.issuer, d.issuerKind, d.issuedOn]).toEqual(['announcement', '第2号', '某县人民代表大会主席团', 'congress-presidium', '2018-03-01']);
    expect(d.statedTotals.all).toBe(1);
    // One sentence: it is the item's name, and its figure a target.
    expect(d.projects.map((p) => [p.name, p.description, p.targets.map((t) => [t.action, t.item, t.quantity, t.unit])])).toEqual([
      ['新建公园2个', null, [['新建', '公园', 2, '个']]],
    ]);
  });
});
