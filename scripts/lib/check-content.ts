import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../src/i18n/index.ts';
import { contentCheckReport } from '../../src/io/content-loader.ts';
import { validatedContent } from '../../src/io/validated-content.ts';
import { filesAwaitingReview } from '../../src/lib/import/review.ts';
import { filesUnder } from './files.ts';

/**
 * Validates the content tree at `dir`, prints the outcome (the report a build prints too), and
 * tells whether it is publishable. Then lists the drafted files that still carry the importer's
 * review marker (src/lib/import/review.ts): what remains to review, whether or not the tree is valid.
 */
export function checkContentDir(dir: string): boolean {
  const report = contentCheckReport(validatedContent(dir), dir);
  if (report.ok) console.log(report.text);
  else console.error(report.text);
  const programmes = join(dir, 'programmes');
  if (existsSync(programmes)) {
    const yaml = filesUnder(programmes).filter((f) => f.endsWith('.yaml') && !f.split('/').some((part) => part.startsWith('.')));
    const pending = filesAwaitingReview(yaml.map((f) => ({ path: `programmes/${f}`, text: readFileSync(join(programmes, f), 'utf8') })));
    if (pending.length) console.log([t('import.pending', { count: pending.length }), ...pending.map((p) => `  ${p}`)].join('\n'));
  }
  return report.ok;
}
