/**
 * A resident on a 360 px phone: from the home page to an answer in three taps by who they are, a
 * way to ask on every project page, a citation to copy, and Open Graph tags for sharing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { isolatedContext } from '../support/browser.ts';
import { buildOrThrow } from '../support/build-site.ts';
import { copyContent } from '../support/content-copy.ts';
import { useSiteSession } from '../support/site-session.ts';

const session = useSiteSession(inject('distRoot'));
const PHONE = { viewport: { width: 360, height: 740 } };

describe('a resident on a phone', () => {
  it('reaches a project by who they are in three taps, and finds how to ask there', async () => {
    const { context, external } = await isolatedContext(session.browser, session.server.origin, PHONE);
    const page = await context.newPage();
    await page.goto(session.server.url);
    await page.getByRole('link', { name: '老年人（2项）' }).first().click();
    await page.waitForURL(/\/luyang-2017\/groups\/elderly\/$/);
    expect(await page.locator('main').innerText()).toContain('本站编辑分类，非通知原文');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: '政府购买居家养老服务' }).click();
    await page.waitForURL(/\/luyang-2017\/projects\/home-elderly-care-services\/$/);
    const help = await page.locator('section[aria-labelledby="help"]').innerText();
    expect(help).toContain('如何咨询 / 办理');
    // The shipped site.yaml configures no channel: the page says so, and names no phone number.
    expect(help).toContain('本站发布单位尚未配置咨询渠道。');
    expect(help).toContain('本通知由区政府印发。');
    expect(help).not.toMatch(/\d{5}/);
    expect(await page.locator('main').innerText()).toContain('（本站编辑分类，非通知原文）');
    expect(await axeViolations(page)).toEqual([]);
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
  const content = copyContent();
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
    expect(page).not.toContain('本站发布单位尚未配置咨询渠道');
  });

  it('leaves og:url out when the site URL is not configured', () => {
    expect(page).toContain('<meta property="og:title"');
    expect(page).not.toContain('og:url');
  });
});
