/** The model holds several programmes side by side; nothing assumes there is only one. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeSyntheticProgramme } from '../../scripts/lib/synthetic-content.ts';
import { readContent } from '../../src/io/read-content.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { axeViolations } from '../support/axe.ts';
import { type Browser, isolatedContext, launchBrowser } from '../support/browser.ts';
import { BUILD_TIMEOUT, buildOrThrow } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';
import { type RunningServer, serveDist } from '../support/static-server.ts';

describe('the Luyang programme next to a synthetic one', { timeout: BUILD_TIMEOUT }, () => {
  const contentDir = copyLuyangExample();
  writeSyntheticProgramme(contentDir, { id: 'synthetic-2030', year: 2030, perLevel: [3, 2, 2] });
  // The next year of the same synthetic district: same project slugs, one project fewer.
  writeSyntheticProgramme(contentDir, { id: 'synthetic-2031', year: 2031, perLevel: [2, 2, 2] });

  it('validates both', () => {
    const { content, problems } = validateContent(readContent(contentDir));
    expect(problems).toEqual([]);
    expect(content.programmes.map((p) => p.id).sort()).toEqual(['luyang-2017', 'synthetic-2030', 'synthetic-2031']);
  });

  it('builds pages for both, with the same project ids kept apart', () => {
    const dist = buildOrThrow({ CONTENT_DIR: contentDir });
    expect(existsSync(join(dist, 'luyang-2017/projects/employment-support/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'synthetic-2030/projects/syn-provincial-1/index.html'))).toBe(true);
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    // Two jurisdictions and no site.yaml jurisdiction: the home page offers the choice of them.
    expect(home).toContain('选择地区');
    expect(home).toContain('庐阳区2017年实施“29+8”项民生工程的通知');
    // Synthetic programme's own counts, not Luyang's, on its overview.
    const overview = readFileSync(join(dist, 'synthetic-2030/index.html'), 'utf8');
    expect(overview).toMatch(/<span class="n">7<\/span>本年实施项目/);
    // Charts are built from the synthetic programme's data too; it has no lineage, so no lineage chart (wide and narrow: 2 drawings each).
    expect(overview.match(/<svg[^>]*role="img"/g)).toHaveLength(8);
    expect(overview).not.toContain('id="figure-lineage"');
    expect(overview).toContain('省级：本区实施3项');
    expect(existsSync(join(dist, 'synthetic-2030/charts/standards.svg'))).toBe(true);
    // Year-on-year: the same project lined up across programmes, linked from its pages.
    const history = readFileSync(join(dist, 'history/syn-provincial-1/index.html'), 'utf8');
    expect(history).toMatch(/测试区2030年[^]*测试区2031年/);
    expect(history.match(/100→120 元\/人\/月/g)).toHaveLength(2);
    // The percentage is the site's arithmetic, and the page says so where it states it.
    expect(history.match(/100→120 元\/人\/月（\+20\.0%，本站计算）/g)).toHaveLength(2);
    expect(readFileSync(join(dist, 'synthetic-2031/projects/syn-provincial-1/index.html'), 'utf8')).toContain('href="/history/syn-provincial-1/"');
    expect(existsSync(join(dist, 'history/syn-provincial-3/index.html'))).toBe(false);
    expect(readFileSync(join(dist, 'history/index.html'), 'utf8')).toContain('出现在多个年度计划中的项目');
    // The first programme's URLs are unchanged by the arrival of others.
    expect(existsSync(join(dist, 'luyang-2017/projects/legal-aid/index.html'))).toBe(true);
  });
});

describe('the year-on-year pages', { timeout: BUILD_TIMEOUT }, () => {
  it('are not built for a site of one programme: no history index to list nothing', () => {
    // The suite's site is the Luyang example alone.
    expect(existsSync(join(inject('distRoot'), 'history'))).toBe(false);
  });

  describe('of a site of two years, in a browser: zero axe-core violations', () => {
    let browser: Browser;
    let server: RunningServer;
    beforeAll(async () => {
      const contentDir = copyLuyangExample();
      writeSyntheticProgramme(contentDir, { id: 'synthetic-2030', year: 2030, perLevel: [2, 1, 1] });
      writeSyntheticProgramme(contentDir, { id: 'synthetic-2031', year: 2031, perLevel: [2, 1, 1] });
      const dist = buildOrThrow({ CONTENT_DIR: contentDir });
      [browser, server] = await Promise.all([launchBrowser(), serveDist(dist, '/')]);
    }, BUILD_TIMEOUT);
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it.each(['history/', 'history/syn-provincial-1/'])('%s', async (path) => {
      const { context } = await isolatedContext(browser, server.origin);
      const page = await context.newPage();
      const response = await page.goto(server.url + path);
      expect(response?.status()).toBe(200);
      expect(await axeViolations(page), path).toEqual([]);
      await context.close();
    });
  });
});
