/** `node scripts/budgets.ts [dist] [base]`: prints page weights per page type against budgets.config.json; exit 1 on a violation. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEPLOYMENT, normaliseBasePath } from '../src/config/deployment.ts';
import { budgetTable, measureBudgets, type BudgetConfig } from './lib/budgets.ts';

const root = resolve(import.meta.dirname, '..');
// Defaults: the build the environment describes (OUT_DIR, BASE_PATH), as for screenshots.
const dist = process.argv[2] === undefined ? resolve(root, DEPLOYMENT.outDir) : resolve(process.argv[2]);
const base = process.argv[3] === undefined ? DEPLOYMENT.base : normaliseBasePath(process.argv[3]);
const config = JSON.parse(readFileSync(resolve(root, 'budgets.config.json'), 'utf8')) as BudgetConfig;
const { pages, siteScriptGzipBytes, violations } = measureBudgets(dist, base, config);
console.log(budgetTable(pages, config));
console.log(`\nJavaScript shipped by the whole site: ${siteScriptGzipBytes} B gzip (budget ${config.maxSiteScriptGzipBytes})`);
if (violations.length) {
  console.error(`\n${violations.length} budget violation(s):\n${violations.map((v) => `  ${v}`).join('\n')}`);
  process.exit(1);
}
