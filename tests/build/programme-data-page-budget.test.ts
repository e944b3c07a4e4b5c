/**
 * A programme's data page (/data/<programme>/) within its page-weight budget at the benchmark's
 * 400 projects per programme (scripts/lib/bench/plan.ts): it listed three SHA-256 per project
 * inline, which do not compress, and weighed 68.6 KB gzip against 60 KB (15.7 KB without them). Now the per-project
 * checksums are in the programme's checksum list (data/<programme>/SHA256SUMS, and the site's
 * SHA256SUMS), and the page still gives every file with its size, the list with its own checksum.
 * Measured with the budget measurer (scripts/lib/budgets.ts); no timing is asserted.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchProgrammes, planSize } from '../../scripts/lib/bench/plan.ts';
import { type BudgetConfig, measureBudgets } from '../../scripts/lib/budgets.ts';
import { listedChecksums } from '../../scripts/lib/post-build/checksums.ts';
import { writeSyntheticProgramme, writeSyntheticSite } from '../../scripts/lib/synthetic-content.ts';
import { parseChecksums } from '../../src/lib/open-data/checksum-list.ts';
import { BUILD_TIMEOUT, buildOrThrow, ROOT } from '../support/build-site.ts';

const PROJECTS = 400;

describe('a programme’s data page at 400 projects', { timeout: BUILD_TIMEOUT }, () => {
  const contentDir = join(mkdtempSync(join(tmpdir(), 'minsheng-data-page-')), 'content');
  writeSyntheticSite(contentDir);
  const [programme] = benchProgrammes(planSize(PROJECTS));
  writeSyntheticProgramme(contentDir, programme!);
  const id = programme!.id;
  let dist = '';

  it('is within its page-weight budget', () => {
    dist = buildOrThrow({ CONTENT_DIR: contentDir });
    const config = JSON.parse(readFileSync(join(ROOT, 'budgets.config.json'), 'utf8')) as BudgetConfig;
    const { pages } = measureBudgets(dist, '/', config);
    const page = pages.find((p) => p.path === `data/${id}/`);
    expect(page, `data/${id}/`).toBeDefined();
    const budget = config.pageTypes.find((t) => t.name === page!.type)!;
    expect(page!.gzipBytes, `${page!.gzipBytes} B gzip (${budget.name})`).toBeLessThanOrEqual(budget.maxGzipBytes);
    expect(page!.requests).toBeLessThanOrEqual(budget.maxRequests);
  });

  it('still links every per-project file with its size, and its checksum list with the list’s own checksum', () => {
    const html = readFileSync(join(dist, 'data', id, 'index.html'), 'utf8');
    const sums = parseChecksums(readFileSync(join(dist, 'data', id, 'SHA256SUMS'), 'utf8'));
    expect(sums.size).toBeGreaterThanOrEqual(3 * 0.9 * PROJECTS);
    for (const path of sums.keys()) expect(html, path).toMatch(new RegExp(`href="/data/${id}/${path.replaceAll('.', '\\.')}"[^>]*>[^<]+</a>（[0-9.]+ (KB|字节)）`));
    expect([...listedChecksums(html).keys()]).toEqual([`${id}/SHA256SUMS`]);
  });
});
