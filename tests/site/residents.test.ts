/**
 * A resident on a 360 px phone: from the home page to an answer in three taps by who they are, a
 * way to ask on every project page, a citation to copy, and Open Graph tags for sharing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { isolatedContext, type Page } from '../support/browser.ts';
import { buildOrThrow } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';
import { useSiteSession } from '../support/site-session.ts';

const session = useSiteSession(inject('distRoot'));
const PHONE = { viewport: { width: 360, height: 740 } };

describe('a resident on a phone', () => {
  it('reaches a project by who they are in three taps, and finds how to ask there', async () => {
    const { context, external } = await isolatedContext(session.browser, session.server.origin, PHONE);
    const page = await context.newPage();
    await page.goto(session.server.url);
    // 城乡居民基本养老保险 among them, beside the two care services.
    await page.getByRole('link', { name: '老年人（3项）' }).first().click();
    await page.waitForURL(/\/luyang-2017\/groups\/elderly\/$/);
    expect(await page.locator('main').innerText()).toContain('本站编辑分类，非通知原文');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '政府购买居家养老服务' }).click();
    await page.waitForURL(/\/luyang-2017\/projects\/home-elderly-care-services\/$/);
    const help = await page.locator('section[aria-labelledby="help"]').innerText();
    expect(help).toContain('如何咨询 / 办理');
    // The example’s site.yaml configures no channel: the page says so, and names no phone number.
    expect(help).toContain('本站发布者尚未配置咨询渠道。');
    expect(help).toContain('本通知由区政府发布。');
    expect(help).not.toMatch(/\d{5}/);
    // What 继续实施 means, in plain words beside it, marked as the site's.
    expect(await page.locator('main dl.facts').innerText()).toContain('继续实施（本站解释：上一年已经实施、本年继续实施的项目）');
    // The office the notice puts in charge of the daily coordination, linked to the measure and its paragraph.
    expect(help).toContain('通知中承担日常工作调度的单位：区民生办。');
    expect(await page.locator('main').innerText()).toContain('（本站编辑分类，非通知原文）');
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('section[aria-labelledby="help"]').getByRole('link', { name: '日常工作调度' }).click();
    await page.waitForURL(/\/luyang-2017\/oversight\/#m-livelihood-office-coordination$/);
    const measure = await page.locator('section[aria-labelledby="m-livelihood-office-coordination"]').innerText();
    expect(measure).toContain('区民生办');
    expect(measure).toContain('第 36 段');
    expect(external).toEqual([]);
    await context.close();
  });

  it('copies the citation with one button, and keeps it selectable text without JavaScript', async () => {
    const { context } = await isolatedContext(session.browser, session.server.origin, { ...PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${session.server.url}luyang-2017/projects/employment-support/`);
    const citation = (await page.locator('[data-citation-text]').textContent())!.trim();
    // The figure shown (800 元) is stated in ¶11, not in the list of ¶19 that names the project.
    expect(citation).toContain('第 11 段');
    await page.getByRole('button', { name: '复制引用文字' }).click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('已复制引用文字。');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(citation);
    await context.close();

    const noJs = await isolatedContext(session.browser, session.server.origin, { ...PHONE, javaScriptEnabled: false });
    const still = await noJs.context.newPage();
    await still.goto(`${session.server.url}luyang-2017/projects/employment-support/`);
    expect(await still.locator('[data-citation-text]').isVisible()).toBe(true);
    expect(await still.getByRole('button', { name: '复制引用文字' }).count()).toBe(0);
    await noJs.context.close();
  });
});

/**
 * The three tasks of issue 17, each walked with JavaScript, without it and in 大字模式 (switched on
 * with the header's toggle on the first page and remembered from page to page by its script).
 */
const WAYS = [
  { way: 'with JavaScript', javaScriptEnabled: true, large: false },
  { way: 'without JavaScript', javaScriptEnabled: false, large: false },
  { way: 'in 大字模式', javaScriptEnabled: true, large: true },
] as const;

describe.each(WAYS)('the three tasks on a 360 px phone, $way', ({ javaScriptEnabled, large }) => {
  const open = async (path = ''): Promise<{ page: Page; close: () => Promise<void>; external: string[] }> => {
    const { context, external } = await isolatedContext(session.browser, session.server.origin, { ...PHONE, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(session.server.url + path);
    if (large) {
      const toggle = page.getByRole('checkbox', { name: '大字模式' });
      expect(await toggle.isChecked()).toBe(false);
      await toggle.click();
      // Its state is the checkbox's (read by assistive technology) and shown in words beside its name.
      expect(await toggle.isChecked()).toBe(true);
      expect(await page.locator('.reading-mode-state').innerText()).toBe('已开');
    }
    return { page, external, close: () => context.close() };
  };
  /** In 大字模式 the page is larger (20 px body text and more) and still passes axe, on every page walked. */
  const check = async (page: Page) => {
    if (large) {
      expect(await page.getByRole('checkbox', { name: '大字模式' }).isChecked()).toBe(true);
      expect(await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(20);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
    // axe-core runs on timers, which a page without JavaScript never fires: the same pages are
    // checked with JavaScript on (the static HTML is the same, less the enhancements).
    if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
  };
  const howToAsk = async (page: Page) => {
    const help = page.locator('section[aria-labelledby="help"]');
    await help.scrollIntoViewIfNeeded();
    expect(await help.isVisible()).toBe(true);
    expect(await help.innerText()).toContain('如何咨询 / 办理');
  };
  const PROJECT = '高血压、Ⅱ型糖尿病患者免费药物治疗补助';

  it('“My husband has high blood pressure and diabetes”: finds the project and how to ask', async () => {
    const { page, close, external } = await open();
    if (javaScriptEnabled) {
      // The everyday word for the medicine finds it, as do the illnesses' names.
      await page.getByRole('searchbox', { name: '搜索项目' }).fill('降压药');
      await page.getByRole('searchbox', { name: '搜索项目' }).press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      await page.getByRole('link', { name: PROJECT }).first().waitFor();
      // Found through the hidden everyday words only: the hit shows the page's summary, never a run of bare synonyms.
      const hit = page.locator('.search-result', { has: page.getByRole('link', { name: PROJECT }) }).first();
      const excerpt = await hit.locator('.search-result-excerpt').innerText();
      expect(excerpt).toContain(PROJECT);
      expect(excerpt).not.toContain('相关词');
      await check(page);
      for (const word of ['高血压', '糖尿病']) {
        const other = await page.context().newPage();
        await other.goto(`${session.server.url}search/?q=${encodeURIComponent(word)}`);
        await other.getByRole('link', { name: PROJECT }).first().waitFor();
        await other.close();
      }
    } else {
      // Without a search, by who one is: 患者 on the home page.
      await page
        .getByRole('link', { name: /^患者（\d+项）$/ })
        .first()
        .click();
      await page.waitForURL(/\/groups\/patients\/$/);
      await check(page);
    }
    await page.getByRole('link', { name: PROJECT }).first().click();
    await page.waitForURL(/\/projects\/hypertension-diabetes-free-medicine\/$/);
    await howToAsk(page);
    await check(page);
    expect(external).toEqual([]);
    await close();
  });

  it('“How much is the internship subsidy now?”: 800 元/人/月 of 2017, the unit on screen, paid by the province', async () => {
    const { page, close } = await open();
    // On a phone with JavaScript the navigation is folded behind the header's 菜单 button; without it, always shown.
    if (javaScriptEnabled) await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '补助标准' }).click();
    await page.waitForURL(/\/luyang-2017\/standards\/$/);
    const row = page.locator('tr', { has: page.locator('th', { hasText: '高校毕业生就业见习补助标准' }) }).first();
    await row.scrollIntoViewIfNeeded();
    // Who pays is in the row's name, the new amount with its unit and year right beside it.
    expect(await row.locator('th').innerText()).toContain('省级财政');
    const amount = row.locator('td').first();
    expect((await amount.innerText()).replace(/\s+/g, '')).toBe('800元/人/月（2017年）');
    const unit = amount.locator('.amount-value');
    const box = (await unit.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await unit.isVisible()).toBe(true);
    await check(page);
    await close();
  });

  it('“Is there something for older people?”: 老年人 → the project → how to ask', async () => {
    const { page, close } = await open();
    await page
      .getByRole('link', { name: /^老年人（\d+项）$/ })
      .first()
      .click();
    await page.waitForURL(/\/groups\/elderly\/$/);
    await check(page);
    await page.getByRole('link', { name: '政府购买居家养老服务' }).click();
    await page.waitForURL(/\/projects\/home-elderly-care-services\/$/);
    await howToAsk(page);
    await check(page);
    await close();
  });
});

describe('大字模式 without JavaScript', () => {
  it('is a checkbox the CSS reads: ticking it enlarges the page and the charts, and says 已开', async () => {
    const { context } = await isolatedContext(session.browser, session.server.origin, { ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(session.server.url);
    const size = () => page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
    const chartText = () =>
      page.evaluate(() => {
        const svg = [...document.querySelectorAll<SVGSVGElement>('figure.chart svg')].find((s) => s.getBoundingClientRect().width > 0)!;
        // Rendered size of the chart's smallest text (14 units), in CSS pixels.
        return (14 * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
      });
    const [before, chartBefore] = [await size(), await chartText()];
    await page.getByRole('checkbox', { name: '大字模式' }).click();
    expect(await page.getByRole('checkbox', { name: '大字模式' }).isChecked()).toBe(true);
    expect(await page.locator('.reading-mode-state').innerText()).toBe('已开');
    expect(await size()).toBeGreaterThan(before * 1.3);
    expect(await chartText()).toBeGreaterThan(chartBefore);
    expect(await chartText()).toBeGreaterThanOrEqual(18);
    await context.close();
  });
});

describe('zero axe-core violations in 大字模式 on every kind of page', () => {
  const KINDS = [
    '',
    'about/',
    'search/?q=%E7%B3%96%E5%B0%BF%E7%97%85',
    'search/?q=%E6%97%A0%E6%AD%A4%E9%A1%B9%E7%9B%AE',
    '404.html',
    'luyang-2017/',
    'luyang-2017/projects/',
    'luyang-2017/projects/employment-support/',
    'luyang-2017/notice/',
    'luyang-2017/standards/',
    'luyang-2017/oversight/',
    'luyang-2017/topics/health/',
    'luyang-2017/groups/elderly/',
    'data/',
    'data/dictionary/',
    'data/luyang-2017/',
  ];
  it.each(KINDS.map((path) => [path || '/', path]))('%s', async (_label, path) => {
    for (const viewport of [PHONE.viewport, { width: 1280, height: 900 }]) {
      const { context } = await isolatedContext(session.browser, session.server.origin, { viewport });
      await context.addInitScript(() => localStorage.setItem('minsheng-reading-mode', 'large'));
      const page = await context.newPage();
      await page.goto(session.server.url + path);
      expect(await page.getByRole('checkbox', { name: '大字模式' }).isChecked()).toBe(true);
      expect(await axeViolations(page), `${path} at ${viewport.width} px`).toEqual([]);
      await context.close();
    }
  });
});

describe('built pages', () => {
  const html = (path: string) => readFileSync(join(inject('distRoot'), path, 'index.html'), 'utf8');
  const og = (text: string) => Object.fromEntries([...text.matchAll(/<meta property="(og:[a-z_]+)" content="([^"]*)"/g)].map((m) => [m[1], m[2]]));

  it('carry Open Graph tags, with the page’s own address when the site URL is configured', () => {
    expect(og(html('luyang-2017/projects/employment-support'))).toEqual({
      'og:site_name': '民生工程公开数据',
      'og:title': '就业扶持工程',
      'og:description': expect.stringContaining('就业扶持工程'),
      'og:type': 'article',
      'og:locale': 'zh_CN',
      'og:url': 'https://example.gov.cn/luyang-2017/projects/employment-support/',
    });
    expect(og(html(''))['og:type']).toBe('website');
  });

  it('explain the notice’s headline “29+8” where it heads the overview, citing the paragraphs that state its parts', () => {
    for (const path of ['', 'luyang-2017']) {
      expect(html(path), path).toContain('标题中的“29+8”：29项为省级22项与市级7项之和，8项为区级项目（本站据通知第 5、23、33 段归纳，非通知原文）。');
    }
  });

  it('say on the notice page that the site has not recorded the notice’s own address, not that the notice left it out', () => {
    // The example's source has no url: a notice is not expected to state where it was posted.
    const text = html('luyang-2017/notice');
    expect(text).toContain('原发布网址：本站未记录');
    expect(text).not.toContain('原发布网址：通知未载明');
  });

  it('show no internal file path and no technical word outside the data pages', () => {
    for (const path of ['', 'about', 'search', 'luyang-2017', 'luyang-2017/notice', 'luyang-2017/standards', 'luyang-2017/projects/employment-support']) {
      const text = html(path)
        .replace(/<head>[^]*?<\/head>|<script[^]*?<\/script>|<[^>]+>/g, ' ')
        .replace(/&[a-z]+;/g, ' ');
      expect(text, path).not.toMatch(/JavaScript|SVG|JSON|CSV|Schema|amount|coverage|site\.yaml|shared\/|content\//);
    }
  });

  it('put topic and group tiles on the home page and the programme overview', () => {
    for (const path of ['', 'luyang-2017']) {
      const text = html(path);
      expect(text, path).toContain('href="/luyang-2017/topics/health/"');
      expect(text, path).toContain('href="/luyang-2017/groups/elderly/"');
      expect(text, path).toContain('本站编辑分类，非通知原文');
    }
  });
});

describe('a publisher who configures consultation channels', () => {
  const content = copyLuyangExample();
  const sitePath = join(content, 'site.yaml');
  writeFileSync(
    sitePath,
    readFileSync(sitePath, 'utf8').replace(
      'help: null',
      'help:\n  hotline: "12345"\n  serviceName: 示例政务服务网\n  serviceUrl: https://example.gov.cn/service/\n  contact: null',
    ),
  );
  const dist = buildOrThrow({ CONTENT_DIR: content, SITE_URL: '' });
  const page = readFileSync(join(dist, 'luyang-2017/projects/home-elderly-care-services/index.html'), 'utf8');

  it('lists them on every project page, said to be the site’s and not the notice’s', () => {
    expect(page).toContain('政务服务热线：12345');
    expect(page).toContain('<a href="https://example.gov.cn/service/" rel="noopener">示例政务服务网</a>');
    expect(page).toContain('并非通知所载');
    expect(page).not.toContain('本站发布者尚未配置咨询渠道');
  });

  it('leaves og:url out when the site URL is not configured', () => {
    expect(page).toContain('<meta property="og:title"');
    expect(page).not.toContain('og:url');
  });
});
