/**
 * The Nu HTML Checker (vnu, the W3C validator's engine, from the `vnu-jar` package on the system's
 * Java) reports zero errors on every built page, at the root and under a sub-path. html-validate
 * (html-validity.test.ts) checks other rules; vnu parses like a browser and caught what it did not,
 * such as a script after `</html>`.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listPages } from '../support/pages.ts';

const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
}

/** Every vnu error for the HTML files below `dir`, by file path relative to it (one Java process for the whole folder). */
function vnuErrors(dir: string): Map<string, string[]> {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--skip-non-html', dir], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error) throw run.error;
  const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  const errors = new Map<string, string[]>();
  for (const m of messages) {
    if (m.type !== 'error' && !(m.type === 'non-document-error')) continue;
    const file = m.url ? relative(dir, fileURLToPath(m.url)) : '(vnu)';
    errors.set(file, [...(errors.get(file) ?? []), `${m.lastLine ?? '?'}: ${m.message}`]);
  }
  return errors;
}

const fileOf = (page: string) => (page.endsWith('.html') ? page : `${page}index.html`);

for (const [name, key] of [
  ['at the root', 'distRoot'],
  ['under a sub-path', 'distSubpath'],
] as const) {
  describe(`Nu HTML Checker, ${name}`, () => {
    const dist = inject(key);
    let errors: Map<string, string[]>;
    beforeAll(() => {
      errors = vnuErrors(dist);
    });

    it.each(listPages(dist).map(fileOf))('%s has zero errors', (file) => {
      expect(errors.get(file) ?? []).toEqual([]);
    });

    it('reports nothing about files that are not pages', () => {
      const pages = new Set(listPages(dist).map(fileOf));
      expect([...errors.keys()].filter((f) => !pages.has(f))).toEqual([]);
    });
  });
}

it('the gate reports a script after </html>', () => {
  const errors = vnuErrors(join(import.meta.dirname, '../fixtures/vnu-site'));
  expect([...errors.values()].flat().join('\n')).toMatch(/Stray start tag “script”/);
});
