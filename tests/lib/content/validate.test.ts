/** Each validation rule, shown to catch a broken copy of the real content and to name the place. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlWithPositions, readContent, type RawContent, type RawFile } from '../../../src/io/read-content.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { ROOT } from '../../support/build-site.ts';

const fresh = (): RawContent => readContent(join(ROOT, 'content'));

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

describe('the shipped content', () => {
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

  it('finds itemised counts that disagree with the totals the notice states', () => {
    const problems = problemsAfter((raw) => {
      raw.projects = raw.projects.filter((f) => (f.data as { id: string }).id !== 'legal-aid');
    });
    const fields = problems.map((p) => p.field).sort();
    expect(fields).toEqual(['headlineParts.0.count', 'statedTotals.all', 'statedTotals.provincial.breakdown.continued', 'statedTotals.provincial.implemented']);
    expect(problems.every((p) => p.file === 'programmes/luyang-2017/programme.yaml' && p.entry === 'luyang-2017')).toBe(true);
    expect(problems.find((p) => p.field === 'statedTotals.all')!.message).toContain('通知载明 37 项，逐项录入 36 项');
  });

  it('finds a raised count that disagrees (a change, not a standing)', () => {
    const problems = problemsAfter((raw) => {
      entry(raw, 'projects', 'legal-aid').data.changes = [{ kind: 'raised', summary: '测试', citations: [{ source: 'luyang-2017-notice', paragraph: 'p19', quote: '城乡困难群体法律援助' }] }];
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
