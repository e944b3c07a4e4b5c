/** Keyboard only: the tab order reaches the skip link, search, filters and content links, in order. */
import { expect, inject, it } from 'vitest';
import { isolatedContext } from '../support/browser.ts';
import { useSiteSession } from '../support/site-session.ts';

const session = useSiteSession(inject('distRoot'));

it('walks the project list by keyboard: skip link, search, filters, table, and filters with Enter', async () => {
  const { context } = await isolatedContext(session.browser, session.server.origin);
  const page = await context.newPage();
  await page.goto(`${session.server.url}luyang-2017/projects/`);
  const stops: string[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el) return '';
        const visible = el.getBoundingClientRect().width > 0;
        return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}|${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 12)}|${visible}`;
      }),
    );
  }
  expect(stops[0]).toMatch(/^a\|跳到正文\|true$/);
  const index = (pattern: RegExp) => stops.findIndex((s) => pattern.test(s));
  const search = index(/^input#site-search/);
  const filter = index(/^a\|区级（8）/);
  const table = index(/^section\|全部项目/);
  expect(search).toBeGreaterThan(0);
  expect(filter).toBeGreaterThan(search);
  expect(stops.every((s) => s.endsWith('|true'))).toBe(true); // nothing invisible takes focus

  // The skip link moves focus to the main content.
  await page.goto(`${session.server.url}luyang-2017/projects/`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');

  // Filters work from the keyboard.
  await page.locator('#facet-links a[data-value="district"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#project-table tbody tr:not([hidden])').count()).resolves.toBe(8);
  expect(table === -1 || table > filter).toBe(true);
  await context.close();
});
