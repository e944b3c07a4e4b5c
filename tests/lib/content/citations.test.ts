/** Which citations a page quotes to its reader, and which paragraphs a project's row lists. */
import { describe, expect, it } from 'vitest';
import { distinctQuotes, projectCitations } from '../../../src/lib/content/citations.ts';
import { projectSchema } from '../../../src/schemas/project.ts';
import type { Standard } from '../../../src/schemas/standard.ts';

const cite = (paragraph: string, quote: string) => ({ source: 'notice', paragraph, quote });

describe('distinctQuotes', () => {
  it('drops a quote contained in a longer quote of the same paragraph, wherever the longer one comes', () => {
    const long = cite('p11', '由2016年每人每月600元提高到800元');
    expect(distinctQuotes([cite('p11', '800元'), long])).toEqual([long]);
    expect(distinctQuotes([long, cite('p11', '600元')])).toEqual([long]);
  });

  it('keeps a quote given twice once, the first', () => {
    const first = cite('p5', '新增实施3项');
    expect(distinctQuotes([first, { ...cite('p5', '新增实施3项'), source: 'other' }])).toEqual([first]);
  });

  it('keeps the same words quoted from different paragraphs, in their order', () => {
    const quotes = [cite('p6', '新增实施'), cite('p24', '新增实施'), cite('p3', '37项民生工程')];
    expect(distinctQuotes(quotes)).toEqual(quotes);
  });
});

describe('projectCitations', () => {
  const project = projectSchema.parse({
    id: 'employment-support',
    programme: 'p2017',
    name: '就业扶持工程',
    order: 7,
    description: null,
    aliases: [{ name: '就业扶持', citations: [cite('p30', '就业扶持')] }],
    changes: [{ kind: 'raised', summary: '提高到800元。', citations: [cite('p11', '提高到800元')] }],
    units: [{ name: '区人社局', role: 'lead', citations: [cite('p19', '区人社局')] }],
    citations: [cite('p19', '就业扶持工程')],
  });

  it('gathers the citations of every field of the project and of its standards, in paragraph order', () => {
    // Only a standard's citations are read.
    const standard = { citations: [cite('p2', '每人每月600元'), cite('p11', '800元')] } as unknown as Standard;
    expect(projectCitations(project, [standard]).map((c) => `${c.paragraph} ${c.quote}`)).toEqual([
      'p2 每人每月600元',
      'p11 提高到800元',
      'p11 800元',
      // Within a paragraph, the record's field order: its units come before its own citations.
      'p19 区人社局',
      'p19 就业扶持工程',
      'p30 就业扶持',
    ]);
  });

  it('orders paragraphs by number, not as text', () => {
    // As text, p100 and p11 would come before p9.
    const standard = { citations: [cite('p100', '每人每月600元'), cite('p9', '800元')] } as unknown as Standard;
    expect(projectCitations(project, [standard]).map((c) => c.paragraph)).toEqual(['p9', 'p11', 'p19', 'p19', 'p30', 'p100']);
  });
});
