/**
 * Lighthouse on the main page types, mobile profile: accessibility 100, best practices ≥ 95, SEO ≥ 95.
 * The performance score is printed but not asserted: it times the page on this machine, so a busy
 * machine fails a page that did not change. What makes pages fast is asserted without a clock (page
 * weight and requests per page type, tests/site/budgets-and-nojs.test.ts; nothing off-origin), and
 * build speed is measured by `npm run bench`.
 */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { runLighthouse, type LighthouseRun } from '../support/lighthouse.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';

const PAGES = ['', 'luyang-2017/projects/', 'luyang-2017/projects/employment-support/', 'luyang-2017/notice/'];
let server: RunningServer;
let runs: Map<string, LighthouseRun>;

beforeAll(async () => {
  server = await serveDist(inject('distRoot'));
  runs = await runLighthouse(PAGES.map((p) => server.url + p));
}, 600_000);
afterAll(async () => {
  await server?.close();
});

it.each(PAGES)('/%s meets the Lighthouse thresholds', (path) => {
  const run = runs.get(server.url + path)!;
  console.log(`lighthouse /${path}: ${JSON.stringify(run.scores)}${run.failedAudits.length ? `\n  below 100: ${run.failedAudits.join('; ')}` : ''}`);
  const { accessibility, seo } = run.scores;
  const context = run.failedAudits.join('\n');
  expect(accessibility, context).toBe(100);
  expect(run.scores['best-practices'], context).toBeGreaterThanOrEqual(95);
  expect(seo, context).toBeGreaterThanOrEqual(95);
});

it('the gate reports a broken page', async () => {
  const { join } = await import('node:path');
  const broken = await serveDist(join(import.meta.dirname, '../fixtures/broken-site'));
  try {
    const run = (await runLighthouse([broken.url])).get(broken.url)!;
    expect(run.scores.accessibility).toBeLessThan(100);
    expect(run.scores.seo).toBeLessThan(95);
  } finally {
    await broken.close();
  }
});
