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

describe('HTML validity', () => {
  it('every page of the build has zero errors', async () => {
    const dist = inject('distRoot');
    const errors: string[] = [];
    for (const page of listPages(dist)) {
      const file = page.endsWith('.html') ? page : `${page}index.html`;
      errors.push(...(await errorsOf(readFileSync(join(dist, file), 'utf8'), file)));
    }
    expect(errors).toEqual([]);
  });

  it('the gate reports a broken page', async () => {
    const errors = await errorsOf(readFileSync(join(import.meta.dirname, '../fixtures/broken-site/index.html'), 'utf8'), 'broken.html');
    expect(errors.join('\n')).toMatch(/wcag\/h37|element-required-attributes|no-missing-references|missing-doctype|element-permitted|require-sri|wcag/);
    expect(errors.length).toBeGreaterThan(0);
  });
});
