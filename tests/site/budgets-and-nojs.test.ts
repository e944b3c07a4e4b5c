/** Page weight within budget, nothing external referenced, and every page's content without JavaScript. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { budgetTable, measureBudgets, type BudgetConfig } from '../../scripts/lib/budgets.ts';
import { ROOT } from '../support/build-site.ts';
import { isolatedContext } from '../support/browser.ts';
import { noJsProblems } from '../support/no-js.ts';
import { listPages } from '../support/pages.ts';
import { serveDist } from '../support/static-server.ts';
import { useSiteSession } from '../support/site-session.ts';

const config = JSON.parse(readFileSync(join(ROOT, 'budgets.config.json'), 'utf8')) as BudgetConfig;
const dist = inject('distRoot');
const pages = listPages(dist);
const label = (path: string) => path || '/';

describe('budgets', () => {
  // The whole site measured once, outside the test's time (a hook has the longer timeout).
  let measured: ReturnType<typeof measureBudgets>;
  beforeAll(() => {
    measured = measureBudgets(dist, '/', config);
  });

  it('every page is within its budget, and the site ships no web font', () => {
    const { pages: measuredPages, siteScriptGzipBytes, violations } = measured;
    console.log(`${budgetTable(measuredPages, config)}\nJavaScript of the whole site: ${siteScriptGzipBytes} B gzip (budget ${config.maxSiteScriptGzipBytes})`);
    expect(measuredPages.length).toBe(pages.length);
    expect(violations).toEqual([]);
  });

  it('the gate reports a page over budget and a web font', () => {
    const site = mkdtempSync(join(tmpdir(), 'budget-'));
    mkdirSync(join(site, '_assets'));
    writeFileSync(join(site, '_assets', 'x.css'), '@font-face { font-family: x; src: url(x.woff2); }');
    const noise = Array.from({ length: 40_000 }, (_, i) => (i * 7919) % 9973).join(',');
    writeFileSync(join(site, 'index.html'), `<link rel="stylesheet" href="/_assets/x.css"><p>${noise}</p>`);
    const { violations } = measureBudgets(site, '/', config);
    expect(violations.some((v) => v.startsWith('/: ') && v.includes('gzip'))).toBe(true);
    expect(violations).toContain('_assets/x.css: declares a web font');
  });
});

describe('nothing external: no page references a script, style, font or image on another origin', () => {
  it.each(pages.map((path) => [label(path), path]))('%s', (_label, page) => {
    const offenders: string[] = [];
    const html = readFileSync(join(dist, page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
    for (const m of html.matchAll(/<(script|link|img|source|iframe)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]*"[^>]*>/g)) {
      if (m[1] === 'link' && /rel="(canonical|alternate|license)"/.test(m[0])) continue;
      offenders.push(`${page || '/'}: ${m[0]}`);
    }
    if (/@import\s+url\(\s*["']?https?:/.test(html)) offenders.push(`${page}: CSS import from elsewhere`);
    expect(offenders).toEqual([]);
  });
});

describe('without JavaScript', () => {
  const session = useSiteSession(dist);

  // Each page is its own test, so the time allowed grows with the number of pages.
  describe('every page shows its heading, text, tables and charts', () => {
    let opened: Awaited<ReturnType<typeof isolatedContext>>;
    let page: Awaited<ReturnType<typeof opened.context.newPage>>;
    beforeAll(async () => {
      opened = await isolatedContext(session.browser, session.server.origin, { javaScriptEnabled: false });
      page = await opened.context.newPage();
    });
    afterAll(async () => {
      await opened?.context.close();
    });

    it.each(pages.map((path) => [label(path), path]))('%s', async (_label, path) => {
      expect(await noJsProblems(page, session.server.url + path)).toEqual([]);
    });
  });

  it('the gate reports a page whose content needs JavaScript', async () => {
    const fixture = await serveDist(join(import.meta.dirname, '../fixtures/js-only-site'));
    const { context } = await isolatedContext(session.browser, fixture.origin, { javaScriptEnabled: false });
    const withJs = await session.browser.newContext();
    try {
      expect(await noJsProblems(await context.newPage(), fixture.url)).toHaveLength(1);
      expect(await noJsProblems(await withJs.newPage(), fixture.url)).toEqual([]);
    } finally {
      await context.close();
      await withJs.close();
      await fixture.close();
    }
  });
});
