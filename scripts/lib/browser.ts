/**
 * Debian's Chromium driven by playwright-core. Every request leaving the site's origin is
 * recorded and aborted, so a test can assert that nothing external is loaded.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEPLOYMENT } from '../../src/config/deployment.ts';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Launches headless Chromium from /usr/bin/chromium (or $CHROMIUM_PATH). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: DEPLOYMENT.chromiumPath, args: FLAGS, headless: true });
}

/** A context that blocks and records every request outside `origin`. */
export async function isolatedContext(
  browser: Browser,
  origin: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; external: string[] }> {
  const context = await browser.newContext({ locale: 'zh-CN', ...options });
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    external.push(url);
    return route.abort();
  });
  return { context, external };
}

export type { Browser, Page };
