/** What a page shows with JavaScript disabled: problems with heading, text, tables and charts. */
import type { Page } from 'playwright-core';

export async function noJsProblems(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  const problems: string[] = [];
  // Read at once, not waited for: the page has loaded, so a heading missing now is missing (waiting
  // for it with a timeout made a slow machine's page look broken).
  const h1 = (await page.$eval('main h1', (h) => h.textContent).catch(() => null))?.trim();
  const textLength = (
    await page
      .locator('main')
      .innerText()
      .catch(() => '')
  ).length;
  const emptyTables = await page.$$eval('main table', (ts) => ts.filter((t) => t.querySelectorAll('tbody tr').length === 0 && !t.closest('details')).length);
  if (!h1 || textLength < 20 || emptyTables > 0) problems.push(`${url}: h1=${h1} text=${textLength} emptyTables=${emptyTables}`);
  const figures = await page.locator('figure.chart').count();
  const drawn = await page.locator('figure.chart svg[role="img"]:visible').count();
  if (drawn !== figures) problems.push(`${url}: ${figures} charts but ${drawn} drawn`);
  return problems;
}
