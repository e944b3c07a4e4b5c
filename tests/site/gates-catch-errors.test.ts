/** The gates themselves must fail on a broken page, or their green result means nothing. */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { isolatedContext, launchBrowser, type Browser } from '../support/browser.ts';
import { serveDist, type RunningServer } from '../support/static-server.ts';

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(join(import.meta.dirname, '../fixtures/broken-site'))]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('axe reports the violations of a deliberately broken page, and external requests are caught', async () => {
  const { context, external } = await isolatedContext(browser, server.origin);
  const page = await context.newPage();
  await page.goto(server.url);
  const ids = (await axeViolations(page)).map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'html-has-lang', 'color-contrast', 'link-name']));
  expect(external).toEqual(['https://cdn.example.com/x.js']);
  await context.close();
});
