/** A resident's main paths through the site, in Chromium, with and without JavaScript. */
import { describe, expect, inject, it } from 'vitest';
import { isolatedContext } from '../support/browser.ts';
import { useSiteSession } from '../support/site-session.ts';

const session = useSiteSession(inject('distSubpath'), '/minsheng/');

const rowNames = (page: import('playwright-core').Page) => page.$$eval('#project-table tbody tr:not([hidden]) th a', (links) => links.map((a) => a.textContent?.trim()));

describe('under a sub-path, with JavaScript', () => {
  it('goes from home to the project list to a project page and its source paragraph', async () => {
    const { context, external } = await isolatedContext(session.browser, session.server.origin);
    const page = await context.newPage();
    await page.goto(session.server.url);
    await expect(page.locator('h1').textContent()).resolves.toBe('民生工程公开数据');
    await page.getByRole('link', { name: '项目清单' }).first().click();
    await page.waitForURL(/\/minsheng\/luyang-2017\/projects\/$/);
    await page.getByRole('link', { name: '就业扶持工程' }).click();
    await page.waitForURL(/\/minsheng\/luyang-2017\/projects\/employment-support\/$/);
    const body = await page.locator('main').innerText();
    expect(body).toContain('600 → 2017年800 元/人/月');
    expect(body).toContain('+33.3%');
    await page.getByRole('link', { name: '通知原文第 11 段' }).first().click();
    await page.waitForURL(/\/minsheng\/luyang-2017\/notice\/#p11$/);
    await expect(page.locator('#p11').innerText()).resolves.toContain('由2016年每人每月600元提高到800元');
    expect(external).toEqual([]);
    await context.close();
  });

  it('filters the list in place and keeps the filter in a shareable URL', async () => {
    const { context } = await isolatedContext(session.browser, session.server.origin);
    const page = await context.newPage();
    await page.goto(`${session.server.url}luyang-2017/projects/`);
    expect(await rowNames(page)).toHaveLength(47);
    await page.locator('#facet-links a[data-facet="level"][data-value="district"]').click();
    expect(page.url()).toMatch(/\?level=district$/);
    expect(await rowNames(page)).toHaveLength(8);
    await expect(page.locator('#filter-status').textContent()).resolves.toBe('已筛选，显示 8 个项目');
    await page.locator('#facet-links a[data-facet="level"][data-value="provincial"]').click();
    await page.locator('#facet-links a[data-facet="change"][data-value="raised"]').click();
    expect(page.url()).toMatch(/\?level=provincial&change=raised$/);
    expect((await rowNames(page)).sort()).toEqual(
      ['义务教育经费保障机制', '公共卫生服务及妇幼健康、计生特扶', '城乡居民基本医疗保险', '就业扶持工程', '高校、中职和普通高中家庭经济困难学生资助'].sort(),
    );
    // Opening the shared URL shows the same view.
    const shared = await context.newPage();
    await shared.goto(page.url());
    expect(await rowNames(shared)).toHaveLength(5);
    await context.close();
  });

  it('copies a paragraph’s address when its ¶ link is followed, and says so', async () => {
    const { context } = await isolatedContext(session.browser, session.server.origin, { permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${session.server.url}luyang-2017/notice/`);
    await page.locator('#p11 a.para-link').click();
    const address = `${session.server.url}luyang-2017/notice/#p11`;
    await expect.poll(() => page.locator('#copy-status').textContent()).toBe(`已复制第 11 段的链接：${address}`);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(address);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('filters through pre-built pages linked from the same controls', async () => {
    const { context } = await isolatedContext(session.browser, session.server.origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}luyang-2017/projects/`);
    await page.locator('#facet-links a[data-facet="standing"][data-value="withdrawn"]').click();
    await page.waitForURL(/\/minsheng\/luyang-2017\/projects\/standing\/withdrawn\/$/);
    expect(await rowNames(page)).toEqual(['城市老旧小区整治']);
    await page.getByRole('link', { name: '城市老旧小区整治' }).click();
    await expect(page.locator('main').innerText()).resolves.toContain('2017年我区不再承担该项目任务。');
    await context.close();
  });

  it('turns the reading mode on with the same control, chart text included', async () => {
    const { context } = await isolatedContext(session.browser, session.server.origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${session.server.url}luyang-2017/standards/`);
    const body = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    // The smallest chart text as shown: its font size in SVG units times the drawing's scale.
    const chartText = () =>
      page.evaluate(() => {
        const svg = [...document.querySelectorAll<SVGSVGElement>('figure.chart svg')].find((s) => s.getBoundingClientRect().width > 0)!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
      });
    const box = page.getByRole('checkbox', { name: '大字模式' });
    await expect(box.isChecked()).resolves.toBe(false);
    await expect(page.locator('.reading-mode-state').innerText()).resolves.toBe('未开');
    const [bodyBefore, chartBefore] = [await body(), await chartText()];
    await box.click(); // where a finger taps: the box lies over its label
    await expect(box.isChecked()).resolves.toBe(true);
    await expect(page.locator('.reading-mode-state').innerText()).resolves.toBe('已开');
    expect(await body()).toBeGreaterThanOrEqual(20);
    expect(await body()).toBeGreaterThan(bodyBefore);
    expect(await chartText()).toBeGreaterThanOrEqual(20);
    expect(await chartText()).toBeGreaterThan(chartBefore);
    await context.close();
  });
});

describe('reading mode (适老化)', () => {
  it('enlarges text on demand and remembers the choice', async () => {
    const { context } = await isolatedContext(session.browser, session.server.origin);
    const page = await context.newPage();
    await page.goto(session.server.url);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(await size()).toBeGreaterThanOrEqual(16);
    const before = await size();
    await page.getByRole('checkbox', { name: '大字模式' }).check();
    expect(await size()).toBeGreaterThan(before);
    await page.goto(`${session.server.url}about/`);
    expect(await size()).toBeGreaterThan(before);
    await expect(page.getByRole('checkbox', { name: '大字模式' }).isChecked()).resolves.toBe(true);
    await page.getByRole('checkbox', { name: '大字模式' }).uncheck();
    await page.goto(session.server.url);
    expect(await size()).toBe(before);
    await context.close();
  });
});

describe('search without JavaScript', () => {
  it('points visibly to the project list instead of a dead control', async () => {
    const { context } = await isolatedContext(session.browser, session.server.origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.server.url}about/`);
    const hint = page.getByRole('link', { name: '浏览器未启用脚本，搜索不可用：请浏览项目清单' });
    await expect(hint.isVisible()).resolves.toBe(true);
    await hint.click();
    await page.waitForURL(/\/minsheng\/luyang-2017\/projects\/$/);
    // The search form still leads somewhere useful: the search page says the same and links the list.
    await page.goto(`${session.server.url}search/?q=五保`);
    await expect(page.locator('#search-fallback').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('shows no such hint when JavaScript runs', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.server.url}about/`);
    await expect(page.getByRole('link', { name: '浏览器未启用脚本，搜索不可用：请浏览项目清单' }).count()).resolves.toBe(0);
    await page.close();
  });
});

describe('the navigation on a phone', () => {
  const PHONE = { width: 360, height: 800 };
  /** The header's height, whether the navigation is shown, and the menu button's state (null: not shown). */
  const header = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const shown = (el: Element | null) => !!el && el.getBoundingClientRect().height > 0;
      const toggle = document.querySelector('#nav-toggle');
      return {
        height: document.querySelector('.site-header')!.getBoundingClientRect().height,
        nav: shown(document.querySelector('nav.site-nav')),
        toggle: shown(toggle) ? toggle!.getAttribute('aria-expanded') : null,
      };
    });

  it('is folded behind the 菜单 button, which opens it and leads to its pages', async () => {
    const { context } = await isolatedContext(session.browser, session.server.origin, { viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${session.server.url}about/`);
    await page.getByRole('checkbox', { name: '大字模式' }).check();
    const folded = await header(page);
    expect(folded).toMatchObject({ nav: false, toggle: 'false' });
    // In 大字模式 the header was 432 px of this 800 px screen with the navigation shown: now under a third.
    expect(folded.height).toBeLessThan(PHONE.height / 3);
    const menu = page.getByRole('button', { name: '菜单' });
    await menu.click();
    await expect(header(page)).resolves.toMatchObject({ nav: true, toggle: 'true' });
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '补助标准' }).click();
    await page.waitForURL(/\/minsheng\/luyang-2017\/standards\/$/);
    await expect(header(page)).resolves.toMatchObject({ nav: false, toggle: 'false' });
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('button', { name: '菜单' }).click();
    await expect(header(page)).resolves.toMatchObject({ nav: false, toggle: 'false' });
    await context.close();
  });

  it('is always shown without JavaScript, and on a wide screen, with no menu button', async () => {
    for (const options of [
      { viewport: PHONE, javaScriptEnabled: false },
      { viewport: { width: 1280, height: 800 }, javaScriptEnabled: true },
    ]) {
      const { context } = await isolatedContext(session.browser, session.server.origin, options);
      const page = await context.newPage();
      await page.goto(`${session.server.url}about/`);
      await expect(header(page), JSON.stringify(options)).resolves.toMatchObject({ nav: true, toggle: null });
      await context.close();
    }
  });
});
