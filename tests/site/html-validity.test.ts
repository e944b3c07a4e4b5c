/** Every built page is valid HTML by html-validate's recommended rules. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../support/pages.ts';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

async function errorsOf(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
}

const dist = inject('distRoot');

describe('HTML validity', () => {
  // Each page is its own test, so the time allowed grows with the number of pages.
  it.each(listPages(dist).map((page) => (page.endsWith('.html') ? page : `${page}index.html`)))('%s has zero errors', async (file) => {
    expect(await errorsOf(readFileSync(join(dist, file), 'utf8'), file)).toEqual([]);
  });

  it('the gate reports a broken page', async () => {
    const errors = await errorsOf(readFileSync(join(import.meta.dirname, '../fixtures/broken-site/index.html'), 'utf8'), 'broken.html');
    expect(errors.join('\n')).toMatch(/wcag\/h37|element-required-attributes|no-missing-references|missing-doctype|element-permitted|require-sri|wcag/);
    expect(errors.length).toBeGreaterThan(0);
  });
});
