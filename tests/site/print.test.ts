/** A project page prints as a clean one-page record with its URL and its source. */
import { expect, inject, it } from 'vitest';
import { useSiteSession } from '../support/site-session.ts';

const session = useSiteSession(inject('distRoot'));

it.each(['employment-support', 'extreme-poverty-support', 'free-textbooks-compulsory'])('project %s prints on one A4 page with URL and source, without navigation', async (id) => {
  const page = await session.browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${session.server.url}luyang-2017/projects/${id}/`);
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
