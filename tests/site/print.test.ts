/** A project page prints as a clean one-page record with its URL and its source. */
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, type Browser } from '../support/browser.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(inject('distRoot'))]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it.each(['employment-support', 'extreme-poverty-support', 'free-textbooks-compulsory'])('project %s prints on one A4 page with URL and source, without navigation', async (id) => {
  const page = await browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${server.url}luyang-2017/projects/${id}/`);
  await page.emulateMedia({ media: 'print' });
  const visible = async (selector: string) => page.locator(selector).first().isVisible();
  expect(await visible('.site-header')).toBe(false);
  expect(await visible('.breadcrumbs')).toBe(false);
  const text = await page.locator('main').innerText();
  expect(text).toContain(`本页网址：https://example.gov.cn/luyang-2017/projects/${id}/`);
  expect(text).toContain('原文出处');
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(1);
  await page.close();
});
