/** Charts are in the built pages as accessible inline SVG, need no script, and download as files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PAGE_SCRIPT_PATH } from '../../src/lib/site/routes.ts';
import { isolatedContext } from '../support/browser.ts';
import { useSiteSession } from '../support/site-session.ts';

const dist = inject('distRoot');
const home = readFileSync(join(dist, 'index.html'), 'utf8');
const NAMES = ['levels', 'funnel', 'lineage', 'standards', 'calendar'];

describe('the built home page', () => {
  it.each(NAMES)('holds the %s chart as a figure with caption, summary, data table and download', (name) => {
    const figure = new RegExp(`<figure class="chart" id="figure-${name}"[^]*?</figure>`).exec(home)?.[0];
    expect(figure).toBeDefined();
    const svgs = figure!.match(/<svg[^>]*>/g) ?? [];
    expect(svgs).toHaveLength(2); // wide and phone layouts
    for (const svg of svgs) {
      expect(svg).toContain('role="img"');
      const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)![1]!.split(' ');
      for (const id of labelledBy) expect(figure).toMatch(new RegExp(`id="${id}"[^>]*>[^<]+<`));
    }
    expect(figure).toMatch(/<figcaption[^>]*>.*\S.*<\/figcaption>/);
    expect(figure).toMatch(/<p class="chart-summary">[^<]{10,}<\/p>/);
    expect(figure).toMatch(/<details><summary>查看数据表<\/summary>[^]*<table>[^]*<\/table>/);
    expect(figure).toContain(`href="/luyang-2017/charts/${name}.svg"`);
  });

  it('states the funnel only as far as the notice explains it', () => {
    expect(home).toContain('10项未在本区实施、原因通知未载明');
    expect(home).toContain('其中退出实施1项');
    // 调整退出 projects left the municipal list (调整至省定…, 退出市级民生工程项目): not among its nine.
    expect(home).toContain('市级确定实施9项，本区实施7项，相差2项（本站计算），2项未在本区实施、原因通知未载明');
    expect(home).not.toContain('其中调整退出');
  });

  it('needs no script to show charts: the only scripts are the header (大字模式, 菜单) and search enhancements', () => {
    const scripts = [...home.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((s) => !s.includes('application/ld+json'));
    const header = `src="/${PAGE_SCRIPT_PATH}"`;
    expect(scripts.filter((s) => s.includes(header))).toHaveLength(1);
    expect(scripts.filter((s) => !s.includes(header)).every((s) => /src="\/_assets\/[^"]+\.js"/.test(s))).toBe(true);
    expect(home).not.toMatch(/<script\b[^>]*>[^<\s]/); // no inline script bodies
  });
});

describe('downloadable charts', () => {
  it.each(NAMES)('%s.svg is a standalone SVG document identical to the inline wide chart', (name) => {
    const file = readFileSync(join(dist, `luyang-2017/charts/${name}.svg`), 'utf8');
    expect(XMLValidator.validate(file)).toBe(true);
    expect(file).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const inline = new RegExp(`<figure class="chart" id="figure-${name}"[^]*?<div class="chart-wide">(<svg[^]*?</svg>)</div>`).exec(home)![1]!;
    expect(file.trim().endsWith(inline)).toBe(true);
  });
});

describe('in Chromium without JavaScript', () => {
  const session = useSiteSession(dist);

  describe.each([360, 1280])('at %i px', (width) => {
    let opened: Awaited<ReturnType<typeof isolatedContext>>;
    let page: Awaited<ReturnType<typeof opened.context.newPage>>;
    beforeAll(async () => {
      opened = await isolatedContext(session.browser, session.server.origin, { javaScriptEnabled: false, viewport: { width, height: 800 } });
      page = await opened.context.newPage();
      await page.goto(session.server.url);
    });
    afterAll(async () => {
      await opened?.context.close();
    });

    it.each(NAMES)('draws the %s chart with one visible layout', async (name) => {
      const visible = page.locator(`#figure-${name} svg[role="img"]:visible`);
      await expect(visible.count()).resolves.toBe(1);
      const box = await visible.boundingBox();
      expect(box!.width).toBeGreaterThan(width === 360 ? 280 : 500);
    });
  });
});
