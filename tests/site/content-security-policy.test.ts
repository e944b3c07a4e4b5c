/** Every page carries the policy, and the policy really stops inline script and off-origin loads. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/site/security.ts';
import { isolatedContext } from '../support/browser.ts';
import { listPages } from '../support/pages.ts';
import { useSiteSession } from '../support/site-session.ts';

const dist = inject('distRoot');
const session = useSiteSession(join(import.meta.dirname, '../fixtures/csp-site'));

describe('Content-Security-Policy', () => {
  it('is in the <head> of every built page, the same everywhere', () => {
    const expected = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy().replace(/'/g, '&#39;')}">`;
    const missing = listPages(dist).filter((p) => {
      const html = readFileSync(join(dist, p.endsWith('.html') ? p : `${p}index.html`), 'utf8');
      return !html.includes(expected) && !html.includes(expected.replace(/&#39;/g, "'"));
    });
    expect(missing).toEqual([]);
  });

  it('allows nothing off-origin and no inline script', () => {
    const policy = contentSecurityPolicy();
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  it('blocks an inline script and an external image in Chromium', async () => {
    const { context } = await isolatedContext(session.browser, session.server.origin);
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/.test(m.text())) refused.push(m.text());
    });
    await page.goto(session.server.url);
    expect(await page.title()).toBe('CSP');
    expect(refused.some((t) => t.includes('inline script'))).toBe(true);
    expect(refused.some((t) => t.includes('https://example.com/x.png'))).toBe(true);
    await context.close();
  });
});
