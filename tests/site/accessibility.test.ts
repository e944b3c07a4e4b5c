/**
 * axe-core at WCAG 2.2 AA, the 360 px layout and the same-origin rule, on every built page. Each
 * page is its own test, so the time allowed grows with the number of pages (a whole-site loop in one
 * test timed out on a busy machine).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { isolatedContext } from '../support/browser.ts';
import { listPages } from '../support/pages.ts';
import { useSiteSession } from '../support/site-session.ts';

const dist = inject('distRoot');
const pages = listPages(dist);
const session = useSiteSession(dist);
const label = (path: string) => path || '/';

it('has at least the page types of the site', () => {
  expect(pages).toEqual(
    expect.arrayContaining([
      '',
      '404.html',
      'about/',
      'search/',
      'luyang-2017/',
      'luyang-2017/projects/',
      'luyang-2017/projects/employment-support/',
      'luyang-2017/notice/',
      'luyang-2017/standards/',
      'luyang-2017/oversight/',
    ]),
  );
});

describe('zero axe-core violations at WCAG 2.2 AA, nothing requested outside the origin, no console error', () => {
  let opened: Awaited<ReturnType<typeof isolatedContext>>;
  beforeAll(async () => {
    opened = await isolatedContext(session.browser, session.server.origin);
  });
  afterAll(async () => {
    await opened?.context.close();
  });

  it.each(pages.map((path) => [label(path), path]))('%s', async (_label, path) => {
    const page = await opened.context.newPage();
    const failures: string[] = [];
    // Console errors include Content-Security-Policy refusals and broken scripts.
    page.on('console', (m) => {
      if (m.type() === 'error') failures.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => failures.push(`page error: ${e.message}`));
    const requestedBefore = opened.external.length;
    const response = await page.goto(session.server.url + path);
    if (path !== '404.html' && response?.status() !== 200) failures.push(`HTTP ${response?.status()}`);
    for (const v of await axeViolations(page)) failures.push(`${v.id} (${v.impact}) ${v.help} @ ${v.nodes.slice(0, 3).join(', ')}`);
    await page.close();
    expect(failures).toEqual([]);
    expect(opened.external.slice(requestedBefore)).toEqual([]);
  });
});

describe('readable at 360 px: no page scrolls sideways', () => {
  let opened: Awaited<ReturnType<typeof isolatedContext>>;
  beforeAll(async () => {
    opened = await isolatedContext(session.browser, session.server.origin, { viewport: { width: 360, height: 740 } });
  });
  afterAll(async () => {
    await opened?.context.close();
  });

  it.each(pages.map((path) => [label(path), path]))('%s', async (_label, path) => {
    const page = await opened.context.newPage();
    await page.goto(session.server.url + path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.close();
    expect(overflow, `${label(path)} overflows by ${overflow}px`).toBeLessThanOrEqual(1);
  });
});
