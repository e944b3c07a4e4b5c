import { t } from '../../src/i18n/index.ts';
import { formatProblem, sortProblems } from '../../src/lib/content/problems.ts';
import { validatedContent } from '../../src/io/validated-content.ts';

/**
 * Validates the content tree at `dir`, prints the outcome, and tells whether it is publishable. The
 * validation is memoised for the process (src/io/validated-content.ts), so a build that checks
 * first hands the same records to Astro's content loaders.
 */
export function checkContentDir(dir: string): boolean {
  const { content, problems } = validatedContent(dir);
  if (problems.length) {
    console.error(t('check.failed', { count: problems.length, dir }));
    for (const p of sortProblems(problems)) console.error(`  ${formatProblem(p)}`);
    return false;
  }
  console.log(t('cli.check.passed', { programmes: content.programmes.length, projects: content.projects.length, standards: content.standards.length, dir }));
  return true;
}
