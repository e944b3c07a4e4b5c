/** The gates themselves must fail on a broken page, or their green result means nothing. */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { isolatedContext } from '../support/browser.ts';
import { useSiteSession } from '../support/site-session.ts';

const session = useSiteSession(join(import.meta.dirname, '../fixtures/broken-site'));

it('axe reports the violations of a deliberately broken page, and external requests are caught', async () => {
  const { context, external } = await isolatedContext(session.browser, session.server.origin);
  const page = await context.newPage();
  await page.goto(session.server.url);
  const ids = (await axeViolations(page)).map((v) => v.id);
  expect(ids).toEqual(expect.arrayContaining(['image-alt', 'html-has-lang', 'color-contrast', 'link-name']));
  expect(external).toEqual(['https://cdn.example.com/x.js']);
  await context.close();
});
