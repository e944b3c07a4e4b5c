/**
 * Every page on a cheap phone (360 × 800 CSS px, Chromium, the system's Noto CJK): nothing makes
 * the page scroll sideways, every table cell is at least four Chinese characters wide (a
 * squeezed column would otherwise stack one character per line) and holds its content (a long
 * file name drew over the next column), every field is a 44 px target in 16 px text (the home
 * page's search box was a 21 px field in 13 px), all reading text is 16 px or more (tables,
 * breadcrumbs and notes were set at 15.2 px) and every chart label 14 px or more (shrunk into the
 * figure's padding they were 11.7 px). One test per page; and every page's table cells
 * again on a 1280 px screen, where a short column beside a long one read 省/级.
 */
import { expect, inject, it } from 'vitest';
import { isolatedContext } from '../support/browser.ts';
import { listPages } from '../support/pages.ts';
import { useSiteSession } from '../support/site-session.ts';

const dist = inject('distRoot');
const session = useSiteSession(dist);
const WIDTH = 360;

/** What a page at `width` shows wrongly: its width, squeezed or overflowing cells, small fields. */
async function layoutAt(path: string, width: number, large = false) {
  const { context } = await isolatedContext(session.browser, session.server.origin);
  // 大字模式 as the page script remembers it, applied before the first paint.
  if (large) await context.addInitScript(() => localStorage.setItem('minsheng-reading-mode', 'large'));
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${session.server.url}${path}`);
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  // The wide-table hints follow the tables' sizes (ResizeObserver, public/js/page.js): let them settle.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const result = await page.evaluate(() => {
    const narrow: string[] = [];
    const overflowing: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('th, td')) {
      const box = cell.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown (a filtered-out row)
      const style = getComputedStyle(cell);
      const probe = document.createElement('span');
      probe.textContent = '国国国国';
      // Inside the cell, so that it has the cell's font exactly.
      probe.style.cssText = 'white-space: nowrap; position: absolute; visibility: hidden; letter-spacing: normal;';
      cell.append(probe);
      const fourChars = probe.getBoundingClientRect().width;
      probe.remove();
      const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      if (inner + 0.5 < fourChars) narrow.push(`${cell.textContent?.trim().slice(0, 20)} (${Math.round(inner)} < ${Math.round(fourChars)} px)`);
      if (cell.scrollWidth > cell.clientWidth + 1) overflowing.push(`${cell.textContent?.trim().slice(0, 20)} (${cell.scrollWidth} > ${cell.clientWidth} px)`);
    }
    const smallFields: string[] = [];
    for (const field of document.querySelectorAll<HTMLElement>('input:not([type=checkbox]):not([type=radio]):not([type=hidden]), select')) {
      const box = field.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown
      const size = parseFloat(getComputedStyle(field).fontSize);
      if (box.height < 44 - 0.5 || size < 16) smallFields.push(`#${field.id} (${Math.round(box.height)} px high, ${size} px text)`);
    }
    // Reading text (every element with text of its own, charts aside, which 大字模式 enlarges) at
    // 16 px or more: the chips (省级, 继续实施), the notice's ¶ links and the 大字模式 state are labels.
    const smallText: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.closest('svg, script, style, .tag, .para-link, .reading-mode-state')) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!own) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not shown
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < 16 - 0.01) smallText.push(`${el.tagName.toLowerCase()}.${el.className} 「${el.textContent?.trim().slice(0, 12)}」 (${size} px)`);
    }
    // A table wider than its box has the hint above it, and only such a table.
    const unhinted: string[] = [];
    const needlessHints: string[] = [];
    let hints = 0;
    let chartHints = 0;
    for (const box of document.querySelectorAll<HTMLElement>('.table-scroll, .chart-narrow')) {
      if (box.getBoundingClientRect().width === 0) continue; // not shown
      const before = box.previousElementSibling as HTMLElement | null;
      const hinted = before?.classList.contains('scroll-hint') === true && before.getBoundingClientRect().height > 0;
      const overflows = box.scrollWidth > box.clientWidth + 1;
      const name = box.getAttribute('aria-label') ?? '';
      if (overflows && !hinted) unhinted.push(`${name} (${box.scrollWidth} > ${box.clientWidth} px)`);
      if (hinted && !overflows) needlessHints.push(name);
      if (hinted) hints++;
      if (hinted && box.classList.contains('chart-narrow')) chartHints++;
    }
    // A chart's labels as drawn: its smallest font size, scaled from its viewBox to its width on the screen.
    const smallChartText: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('.chart-narrow svg')) {
      const width = svg.getBoundingClientRect().width;
      if (width === 0) continue; // not shown
      const scale = width / svg.viewBox.baseVal.width;
      const smallest = Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(t.getAttribute('font-size') ?? getComputedStyle(t).fontSize)));
      if (smallest * scale < 14 - 0.01) smallChartText.push(`${svg.id} (${(smallest * scale).toFixed(1)} px)`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, narrow, overflowing, smallFields, smallText, smallChartText, unhinted, needlessHints, hints, chartHints };
  });
  await context.close();
  return result;
}

it.each(listPages(dist))('fits a 360 px phone: %s', async (path) => {
  const result = await layoutAt(path, WIDTH);
  expect(result.scrollWidth).toBeLessThanOrEqual(WIDTH);
  expect(result.narrow).toEqual([]);
  expect(result.overflowing).toEqual([]);
  expect(result.smallFields).toEqual([]);
  expect(result.smallText).toEqual([]);
  // Charts drawn at their own size, not shrunk: the figure reaches the screen's edges on a phone.
  expect(result.smallChartText).toEqual([]);
  expect(result.unhinted).toEqual([]);
  expect(result.needlessHints).toEqual([]);
});

it('tells a phone reader that the project list scrolls sideways, and a wide screen nothing', async () => {
  const phone = await layoutAt('luyang-2017/projects/', WIDTH);
  expect(phone.hints).toBeGreaterThan(0);
  const wide = await layoutAt('luyang-2017/projects/', 1280);
  expect(wide.hints).toBe(0);
});

it('tells a phone reader in 大字模式 that a chart scrolls sideways, where its first view is an empty axis', async () => {
  const large = await layoutAt('luyang-2017/standards/', WIDTH, true);
  expect(large.chartHints).toBeGreaterThan(0);
  expect((await layoutAt('luyang-2017/standards/', WIDTH)).chartHints).toBe(0);
  expect(large.unhinted).toEqual([]);
  expect(large.needlessHints).toEqual([]);
});

it('shows no hint without JavaScript, where the template stays inert', async () => {
  const { context } = await isolatedContext(session.browser, session.server.origin, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.setViewportSize({ width: WIDTH, height: 800 });
  await page.goto(`${session.server.url}luyang-2017/projects/`);
  expect(await page.locator('.scroll-hint').count()).toBe(0);
  expect(await page.locator('template#table-scroll-hint').count()).toBe(1);
  await context.close();
});

it.each(listPages(dist))('keeps every table cell four characters wide on a 1280 px screen: %s', async (path) => {
  const result = await layoutAt(path, 1280);
  expect(result.scrollWidth).toBeLessThanOrEqual(1280);
  expect(result.narrow).toEqual([]);
  expect(result.overflowing).toEqual([]);
  expect(result.unhinted).toEqual([]);
  expect(result.needlessHints).toEqual([]);
});
