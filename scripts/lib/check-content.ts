import { contentCheckReport } from '../../src/io/content-loader.ts';
import { validatedContent } from '../../src/io/validated-content.ts';

/**
 * Validates the content tree at `dir`, prints the outcome (the report a build prints too), and
 * tells whether it is publishable.
 */
export function checkContentDir(dir: string): boolean {
  const report = contentCheckReport(validatedContent(dir), dir);
  if (report.ok) console.log(report.text);
  else console.error(report.text);
  return report.ok;
}
