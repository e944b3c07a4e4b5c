/**
 * One Chromium and one static server for a test file: registers the vitest hooks that start them
 * before the tests and stop them after, and hands back an object whose fields are set by then.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type Browser } from './browser.ts';
import { serveDist, type RunningServer } from './static-server.ts';

export interface SiteSession {
  browser: Browser;
  server: RunningServer;
}

export function useSiteSession(dir: string, base = '/'): SiteSession {
  const session = {} as SiteSession;
  beforeAll(async () => {
    [session.browser, session.server] = await Promise.all([launchBrowser(), serveDist(dir, base)]);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
