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
    console.error(`内容校验失败，共 ${problems.length} 处问题 / content check failed with ${problems.length} problem(s) in ${dir}:`);
    for (const p of sortProblems(problems)) console.error(`  ${formatProblem(p)}`);
    return false;
  }
  console.log(`内容校验通过 / content OK: ${content.programmes.length} programme(s), ${content.projects.length} project entries, ${content.standards.length} standards (${dir})`);
  return true;
}
