/** Each validation rule, shown to catch a broken copy of the real content (the Luyang example) and to name the place. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlWithPositions, readContent, type RawContent, type RawFile } from '../../../src/io/read-content.ts';
import { formatProblem, sortProblems } from '../../../src/lib/content/problems.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { lineOf } from '../../support/content-copy.ts';
import { exampleDir, LUYANG_EXAMPLE } from '../../support/example-content.ts';

const fresh = (): RawContent => readContent(exampleDir(LUYANG_EXAMPLE));

function entry(raw: RawContent, kind: 'projects' | 'standards' | 'programmes' | 'milestones', id: string): RawFile & { data: Record<string, any> } {
  const found = raw[kind].find((f) => (f.data as { id?: string }).id === id);
  if (!found) throw new Error(`no ${kind} ${id}`);
  return found as RawFile & { data: Record<string, any> };
}

function problemsAfter(change: (raw: RawContent) => void) {
  const raw = fresh();
  change(raw);
  return validateContent(raw).problems;
}

describe('the Luyang example', () => {
  it('is valid and complete', () => {
    const { content, problems } = validateContent(fresh());
    expect(problems.map(formatProblem)).toEqual([]);
    expect(content.programmes.map((p) => p.id)).toEqual(['luyang-2017']);
    expect(content.projects).toHaveLength(47);
  });
});

describe('schema rules', () => {
  it('rejects an unknown level, naming file, entry, field and line', () => {
    const problems = problemsAfter((raw) => {
      entry(raw, 'projects', 'legal-aid').data.level = 'galactic';
    });
    expect(problems).toHaveLength(1);
    const p = problems[0]!;
    expect(p).toMatchObject({ file: 'programmes/luyang-2017/projects/legal-aid.yaml', entry: 'legal-aid', field: 'level', line: 4 });
    expect(formatProblem(p)).toMatch(/^programmes\/luyang-2017\/projects\/legal-aid\.yaml:4:1 \[legal-aid\] level: /);
  });

  it('rejects a negative amount', () => {
    const problems = problemsAfter((raw) => {
      entry(raw, 'standards', 'graduate-internship-subsidy').data.current.value = -800;
    });
    expect(problems.map((p) => [p.entry, p.field])).toEqual([['graduate-internship-subsidy', 'current.value']]);
    expect(problems[0]!.message).toContain('负');
  });

  it('rejects markup in a name instead of publishing it', () => {
    const problems = problemsAfter((raw) => {
      entry(raw, 'projects', 'legal-aid').data.name = '<script>alert(1)</script>';
    });
    expect(problems.map((p) => [p.entry, p.field])).toEqual([['legal-aid', 'name']]);
  });

  it('rejects an entry without citations', () => {
    const problems = problemsAfter((raw) => {
      entry(raw, 'projects', 'legal-aid').data.citations = [];
    });
    expect(problems.map((p) => p.field)).toEqual(['citations']);
  });

  it('rejects unknown fields, so a typo cannot silently drop data', () => {
    const problems = problemsAfter((raw) => {
      entry(raw, 'projects', 'legal-aid').data.responsibleBodi = { name: 'x' };
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toContain('responsibleBodi');
  });

  it('reports malformed YAML with its line and column', () => {
    const raw = parseYamlWithPositions('id: a\nname: [unclosed\nlevel: district\n', 'programmes/x/projects/a.yaml');
    const content = fresh();
    content.projects.push(raw);
    const problems = validateContent(content).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'programmes/x/projects/a.yaml', entry: 'a' });
    expect(problems[0]!.line).toBeGreaterThanOrEqual(2);
    expect(problems[0]!.message).toContain('YAML');
  });
});

describe('cross-checks', () => {
  it('finds a duplicate id within a programme', () => {
    const problems = problemsAfter((raw) => {
      const copy = structuredClone(entry(raw, 'projects', 'legal-aid'));
      copy.file = 'programmes/luyang-2017/projects/legal-aid-copy.yaml';
      raw.projects.push(copy);
    });
    expect(problems.some((p) => p.field === 'id' && p.entry === 'legal-aid' && p.message.includes('重复'))).toBe(true);
  });

  it('finds a dangling reference', () => {
    const problems = problemsAfter((raw) => {
      entry(raw, 'projects', 'orphan-basic-living').data.mergedInto = 'no-such-project';
    });
    expect(problems).toContainEqual(expect.objectContaining({ entry: 'orphan-basic-living', field: 'mergedInto', message: expect.stringContaining('no-such-project') }));
  });

  it('finds a quote that is not verbatim in the cited paragraph', () => {
    const problems = problemsAfter((raw) => {
      entry(raw, 'standards', 'graduate-internship-subsidy').data.citations[0].quote = '由2016年每人每月600元提高到900元';
    });
    expect(problems).toEqual([expect.objectContaining({ entry: 'graduate-internship-subsidy', field: 'citations.0.quote' })]);
  });

  it('finds a citation of a paragraph that does not exist', () => {
    const problems = problemsAfter((raw) => {
      entry(raw, 'projects', 'legal-aid').data.citations[0].paragraph = 'p99';
    });
    expect(problems).toEqual([expect.objectContaining({ entry: 'legal-aid', field: 'citations.0.paragraph' })]);
  });

  it('finds a citation of a document other than the programme’s notice, which its pages cannot link to', () => {
    const problems = problemsAfter((raw) => {
      // A second, valid document of the same programme: the same words, under another id.
      const notice = raw.sources[0]!;
      raw.sources.push({ ...notice, file: 'sources/luyang-2017-other.mdx', data: { ...(notice.data as object), id: 'luyang-2017-other' } });
      entry(raw, 'projects', 'legal-aid').data.citations[0].source = 'luyang-2017-other';
    });
    expect(sortProblems(problems).map(formatProblem)).toEqual([
      expect.stringMatching(
        /^programmes\/luyang-2017\/projects\/legal-aid\.yaml:\d+:\d+ \[legal-aid\] citations\.0\.source: 引用了出处 “luyang-2017-other”，但计划 luyang-2017 的页面只链接到它自己的通知 “luyang-2017-notice”/,
      ),
    ]);
  });

  it('finds a field said to hold the notice’s words that rewords them, and lets its end punctuation differ', () => {
    const problems = problemsAfter((raw) => {
      // 建成 dropped: a shorter sentence, not the notice's.
      entry(raw, 'projects', 'fitness-facilities').data.description = '2017年11个全民健身苑。';
      // Its full stop dropped: still the notice's words.
      entry(raw, 'projects', 'basic-public-health-service').data.exitNote = '通过上述整合，原有民生工程项目基本内容未改变';
    });
    expect(sortProblems(problems).map(formatProblem)).toEqual([
      expect.stringMatching(
        /^programmes\/luyang-2017\/projects\/fitness-facilities\.yaml:\d+:\d+ \[fitness-facilities\] description: “2017年11个全民健身苑。” 不是本条所引段落中的原文/,
      ),
    ]);
  });

  it('reports a project file copied without a new id once, as the copy, not also as totals and positions its copy repeats', () => {
    const problems = problemsAfter((raw) => {
      const original = entry(raw, 'projects', 'fitness-facilities');
      // Sorted before the original, as a copy named so often is.
      raw.projects.unshift({ ...original, file: 'programmes/luyang-2017/projects/a-copy.yaml' });
    });
    expect(sortProblems(problems).map((p) => [p.file, p.field, p.message.split(' / ')[0]])).toEqual([
      ['programmes/luyang-2017/projects/a-copy.yaml', 'id', expect.stringMatching(/^文件名应为 fitness-facilities\.yaml（与 id 一致）/)],
      ['programmes/luyang-2017/projects/fitness-facilities.yaml', 'id', expect.stringContaining('programmes/luyang-2017/projects/a-copy.yaml')],
    ]);
  });

  it('finds two projects with the same position under one heading of the notice', () => {
    let twinId = '';
    const problems = problemsAfter((raw) => {
      const legalAid = entry(raw, 'projects', 'legal-aid').data;
      const twin = raw.projects.find((f) => {
        const d = f.data as Record<string, unknown>;
        return d.id !== 'legal-aid' && d.level === legalAid.level && d.standing === legalAid.standing && (d.category ?? null) === (legalAid.category ?? null);
      })!;
      twinId = (twin.data as { id: string }).id;
      legalAid.order = (twin.data as { order: number }).order;
    });
    expect(problems).toHaveLength(1);
    const [p] = problems;
    // Reported at whichever of the two the content lists second, naming the other.
    const [reported, named] = p!.entry === 'legal-aid' ? ['legal-aid', twinId] : [twinId, 'legal-aid'];
    expect(p).toMatchObject({ entry: reported, field: 'order', file: `programmes/luyang-2017/projects/${reported}.yaml` });
    expect(p!.message).toMatch(new RegExp(`^序号 \\d+ 与项目 ${named} 重复`));
  });

  it('finds itemised counts that disagree with the totals the notice states', () => {
    const problems = problemsAfter((raw) => {
      raw.projects = raw.projects.filter((f) => (f.data as { id: string }).id !== 'legal-aid');
    });
    const fields = problems.map((p) => p.field).sort();
    expect(fields).toEqual(['headlineParts.0.count', 'statedTotals.all', 'statedTotals.provincial.breakdown.continued', 'statedTotals.provincial.implemented']);
    expect(problems.every((p) => p.file === 'programmes/luyang-2017/programme.yaml' && p.entry === 'luyang-2017')).toBe(true);
    expect(problems.find((p) => p.field === 'statedTotals.all')!.message).toContain('通知载明 37 项，逐项录入 36 项');
    // A sub-total is named as the notice heads it, not by its code.
    expect(problems.find((p) => p.field === 'statedTotals.provincial.breakdown.continued')!.message).toMatch(/^省级“继续实施”：/);
  });

  it('finds a raised count that disagrees (a change, not a standing)', () => {
    const problems = problemsAfter((raw) => {
      entry(raw, 'projects', 'legal-aid').data.changes = [
        { kind: 'raised', summary: '测试', citations: [{ source: 'luyang-2017-notice', paragraph: 'p19', quote: '城乡困难群体法律援助' }] },
      ];
    });
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['statedTotals.provincial.breakdown.raised', 'changes']));
  });

  it('finds one-sided lineage', () => {
    const problems = problemsAfter((raw) => {
      const target = entry(raw, 'projects', 'extreme-poverty-support');
      target.data.mergedFrom = ['rural-wubao-support'];
    });
    expect(problems).toContainEqual(expect.objectContaining({ entry: 'orphan-basic-living', field: 'mergedInto' }));
    expect(problems).toContainEqual(expect.objectContaining({ entry: 'extreme-poverty-support', field: 'mergedFrom' }));
  });

  it('finds a departed project without the notice’s reason', () => {
    const problems = problemsAfter((raw) => {
      entry(raw, 'projects', 'old-residential-renovation').data.exitNote = null;
    });
    expect(problems).toEqual([expect.objectContaining({ entry: 'old-residential-renovation', field: 'exitNote' })]);
  });

  it('finds a file whose name does not match its id', () => {
    const problems = problemsAfter((raw) => {
      entry(raw, 'milestones', 'engineering-completion').file = 'programmes/luyang-2017/milestones/other-name.yaml';
    });
    expect(problems).toEqual([expect.objectContaining({ entry: 'engineering-completion', field: 'id' })]);
  });
});

describe('every problem at once', () => {
  it('reports schema and consistency problems in one run, without noise from the broken entry', () => {
    const problems = problemsAfter((raw) => {
      entry(raw, 'projects', 'rural-wubao-support').data.level = 'galactic';
      entry(raw, 'standards', 'graduate-internship-subsidy').data.citations[0].quote = '不在原文中的话';
    });
    expect(problems.map((p) => `${p.entry} ${p.field}`).sort()).toEqual(['graduate-internship-subsidy citations.0.quote', 'rural-wubao-support level']);
  });
});

describe('what would be dangerous or lost once published', () => {
  const lines = (problems: ReturnType<typeof problemsAfter>) => sortProblems(problems).map(formatProblem);

  it('refuses a name and a quote a spreadsheet would run as a formula, each on one line naming file, entry and field', () => {
    const problems = problemsAfter((raw) => {
      entry(raw, 'projects', 'legal-aid').data.name = '=HYPERLINK("http://example.com","点击")';
      entry(raw, 'standards', 'graduate-internship-subsidy').data.citations[0].quote = '+1';
    });
    expect(lines(problems)).toEqual([
      expect.stringMatching(/^programmes\/luyang-2017\/projects\/legal-aid\.yaml:3:1 \[legal-aid\] name: 不能以 = \+ - @ 或制表符开头.* \/ must not start with =, \+, -, @/),
      expect.stringMatching(/^programmes\/luyang-2017\/standards\/graduate-internship-subsidy\.yaml:\d+:\d+ \[graduate-internship-subsidy\] citations\.0\.quote: 不能以 = \+ - @/),
    ]);
  });

  it('refuses a javascript: or data: address in the site configuration and a source', () => {
    const problems = problemsAfter((raw) => {
      const site = raw.site!.data as Record<string, any>;
      site.icpUrl = 'javascript:alert(1)';
      site.publicSecurityFilingUrl = 'data:text/html,<script>alert(1)</script>';
      site.dataLicence.url = 'javascript:alert(document.cookie)';
      (raw.sources[0]!.data as Record<string, unknown>).url = 'data:text/html,x';
    });
    expect(problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual([
      'site.yaml dataLicence.url',
      'site.yaml icpUrl',
      'site.yaml publicSecurityFilingUrl',
      'sources/luyang-2017-notice.mdx url',
    ]);
    expect(new Set(problems.map((p) => p.message))).toEqual(new Set(['网址须以 https:// 或 http:// 开头 / the address must start with https:// or http://']));
  });

  it('refuses a notice paragraph the site would drop, or publish twice, at its line in the file', () => {
    const problems = problemsAfter((raw) => {
      const notice = raw.sources[0]!;
      notice.body = notice
        .body!.replace('<p id="p35">', '<p id="p35" class="x">')
        .replace('<h2 id="p4">', '<h2 id="p3">')
        .replace('<p id="p40">', '一句不在段落中的话\n\n<p id="p40">');
    });
    const notice = readFileSync(join(exampleDir(LUYANG_EXAMPLE), 'sources/luyang-2017-notice.mdx'), 'utf8');
    const at = (needle: string) => lineOf(notice, needle);
    expect(lines(problems)).toEqual([
      // The heading renumbered away (p4) is the one the programme's provincial level cites.
      expect.stringMatching(/^programmes\/luyang-2017\/programme\.yaml:\d+:\d+ \[luyang-2017\] levels\.0\.citations\.0\.paragraph: 出处 luyang-2017-notice 中没有段落 p4/),
      expect.stringMatching(new RegExp(`^sources/luyang-2017-notice\\.mdx:${at('<h2 id="p4">')}:1 \\[luyang-2017-notice\\] p3: 段落编号重复，第 ${at('<p id="p3">')} 行已使用`)),
      expect.stringMatching(new RegExp(`^sources/luyang-2017-notice\\.mdx:${at('<p id="p35">')}:1 \\[luyang-2017-notice\\] p35: 段落元素只能写成 <p id="p编号">`)),
      expect.stringMatching(new RegExp(`^sources/luyang-2017-notice\\.mdx:${at('<p id="p40">')}:1 \\[luyang-2017-notice\\]: “一句不在段落中的话” 不在带编号的段落中`)),
    ]);
  });

  it('refuses a programme id and a project id that the route table reserves', () => {
    const problems = problemsAfter((raw) => {
      // The whole programme renamed `search`, consistently: only the id's collision is left.
      for (const f of Object.values(raw).flat()) {
        if (!f) continue;
        const data = f.data as Record<string, unknown>;
        if (data.programme === 'luyang-2017') data.programme = 'search';
        f.file = f.file.replace('programmes/luyang-2017/', 'programmes/search/');
      }
      (raw.programmes[0]!.data as Record<string, unknown>).id = 'search';
      const project = entry(raw, 'projects', 'legal-aid');
      project.data.id = 'level';
      project.file = 'programmes/search/projects/level.yaml';
    });
    expect(lines(problems)).toEqual([
      "programmes/search/programme.yaml:3:1 [search] id: 此编号已被网站自身的网址 /search/ 占用，请换一个编号 / the id is taken by the site's own address /search/: choose another",
      "programmes/search/projects/level.yaml:1:1 [level] id: 此编号已被网站自身的网址 /<programme>/projects/level/ 占用，请换一个编号 / the id is taken by the site's own address /<programme>/projects/level/: choose another",
    ]);
  });

  // The build's other top-level output (the search index, the scripts, the data files' folders), not pages of the route table's own.
  it.each([
    ['pagefind', '/pagefind/'],
    ['js', '/js/'],
    ['history', '/history/'],
    ['data', '/data/'],
    ['schema', '/data/schema/'],
  ])('refuses the programme id %s, which the site’s own %s takes, in one line', (id, path) => {
    const problems = problemsAfter((raw) => {
      for (const f of Object.values(raw).flat()) {
        if (!f) continue;
        const data = f.data as Record<string, unknown>;
        if (data.programme === 'luyang-2017') data.programme = id;
        f.file = f.file.replace('programmes/luyang-2017/', `programmes/${id}/`);
      }
      (raw.programmes[0]!.data as Record<string, unknown>).id = id;
    });
    expect(lines(problems)).toEqual([
      `programmes/${id}/programme.yaml:3:1 [${id}] id: 此编号已被网站自身的网址 ${path} 占用，请换一个编号 / the id is taken by the site's own address ${path}: choose another`,
    ]);
  });

  it('reports an unreadable notice once, not again at every citation of it', () => {
    const problems = problemsAfter((raw) => {
      raw.sources[0] = { file: raw.sources[0]!.file, data: undefined, positions: {}, syntaxErrors: [], refused: [{ message: '文件不是 UTF-8 编码 / not UTF-8' }] };
    });
    expect(problems.map((p) => p.file)).toEqual(['sources/luyang-2017-notice.mdx']);
  });
});
