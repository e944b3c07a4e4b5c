/**
 * An editor's typical slips, one each in a copy of the Luyang example: each is one problem, whose
 * message says what to write (the plan's "one clear line … and what to do"), and no slip adds
 * problems of its own elsewhere.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../../src/io/read-content.ts';
import { issueAdvice } from '../../../src/lib/content/advice.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { copyLuyangExample } from '../../support/content-copy.ts';

const PROGRAMME = 'programmes/luyang-2017';

/** The problems of a copy of the example with `change` applied to one file. */
function problemsAfter(file: string, change: (text: string) => string): string[] {
  const dir = copyLuyangExample();
  const path = join(dir, PROGRAMME, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, 'the change applies').not.toBe(before);
  writeFileSync(path, after);
  const { records, unplaced } = readContentTree(dir);
  return validateContent(records, unplaced).problems.map(formatProblem);
}

describe('an editor’s slip', () => {
  it('full-width digits: names the half-width number to write', () => {
    const problems = problemsAfter('projects/fitness-facilities.yaml', (s) => s.replace('quantity: 11', 'quantity: １１'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/fitness-facilities\] targets\.0\.quantity: .*“１１”是全角数字，请改为半角数字 11/);
  });

  it('a date written the Chinese way: shows the form to write, and adds nothing about the standards of the programme it made unreadable', () => {
    const problems = problemsAfter('programme.yaml', (s) => s.replace(/^issuedOn: null$/m, 'issuedOn: 2017年2月20日'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/\[luyang-2017\] issuedOn: .*如 2017-02-20/);
  });

  it('a field left out: says to add it', () => {
    const problems = problemsAfter('projects/fitness-facilities.yaml', (s) => s.replace(/^name: .*\n/m, ''));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/\[fitness-facilities\] name: .*请补上此字段/);
  });

  it('a misspelt project id in a standard: names the id meant, and not again as the project’s missing standard', () => {
    const problems = problemsAfter('standards/graduate-internship-subsidy.yaml', (s) => s.replace(/^project: (.+)$/m, (_, id: string) => `project: ${id.slice(0, -1)}`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/\[graduate-internship-subsidy\] project: 引用的项目 “.+” 不存在.*；是否应为 “.+”？/);
  });
});

describe('issueAdvice', () => {
  it('advises only where it knows what to write', () => {
    expect(issueAdvice({ code: 'invalid_type', expected: 'number' }, '８００')).toContain('800');
    expect(issueAdvice({ code: 'invalid_type', expected: 'number' }, '800元')).toContain('只写数字');
    // Not a number once half-width either (a thousands comma, a percent sign), nor a number at all: only the general advice.
    for (const typed of ['１，２００', '４．５％', '　']) expect(issueAdvice({ code: 'invalid_type', expected: 'number' }, typed)).toContain('只写数字');
    expect(issueAdvice({ code: 'invalid_type', expected: 'string' }, 5)).toBeNull();
    expect(issueAdvice({ code: 'too_small' }, '')).toBeNull();
  });
});
