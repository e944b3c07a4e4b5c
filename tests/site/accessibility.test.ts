import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { isolatedContext } from '../support/browser.ts';
import { listPages } from '../support/pages.ts';
import { useSiteSession } from '../support/site-session.ts';

const dist = inject('distRoot');
const pages = listPages(dist);
const session = useSiteSession(dist);

describe('every built page', () => {
  it('has at least the page types of the site', () => {
    expect(pages).toEqual(expect.arrayContaining(['', '404.html', 'about/', 'search/', 'luyang-2017/', 'luyang-2017/projects/', 'luyang-2017/projects/employment-support/', 'luyang-2017/notice/', 'luyang-2017/standards/', 'luyang-2017/oversight/']));
  });

  it('has zero axe-core violations at WCAG 2.2 AA and requests nothing outside the origin', async () => {
    const { context, external } = await isolatedContext(session.browser, session.server.origin);
    const page = await context.newPage();
    const failures: string[] = [];
    // Console errors include Content-Security-Policy refusals and broken scripts.
    page.on('console', (m) => {
      if (m.type() === 'error') failures.push(`${page.url()}: console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => failures.push(`${page.url()}: page error: ${e.message}`));
    for (const path of pages) {
      const response = await page.goto(session.server.url + path);
      if (path !== '404.html' && response?.status() !== 200) failures.push(`${path || '/'}: HTTP ${response?.status()}`);
      for (const v of await axeViolations(page)) failures.push(`${path || '/'}: ${v.id} (${v.impact}) ${v.help} @ ${v.nodes.slice(0, 3).join(', ')}`);
    }
    await context.close();
    expect(failures).toEqual([]);
    expect(external).toEqual([]);
  });

  it('stays readable at 360 px: no page scrolls sideways', async () => {
    const { context } = await isolatedContext(session.browser, session.server.origin, { viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(session.server.url + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 1) wide.push(`${path || '/'} overflows by ${overflow}px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  });
});
