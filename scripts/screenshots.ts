/**
 * `npm run screenshots`: photographs home, the project list, a project page, the standards table
 * and search (with a query) at 360 px and 1280 px, and home and the standards in reading mode at
 * 360 px, into docs/screenshots/ (referenced from the README), so anyone can look at the site.
 * Uses the existing dist/ (run `npm run build` first); needs Chromium at /usr/bin/chromium.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEPLOYMENT } from '../src/config/deployment.ts';
import { launchBrowser } from './lib/browser.ts';
import { serveDist } from './lib/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, DEPLOYMENT.outDir);
const outDir = join(root, 'docs', 'screenshots');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`no built site in ${dist}: run npm run build first`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const pages = [
  { name: 'home', path: '' },
  { name: 'list', path: 'luyang-2017/projects/' },
  { name: 'project', path: 'luyang-2017/projects/employment-support/' },
  { name: 'standards', path: 'luyang-2017/standards/' },
  { name: 'search', path: 'search/?q=%E7%B3%96%E5%B0%BF%E7%97%85', wait: '#search-results li' },
];
/** Pages also photographed with the reading mode on (ticked as a reader would), at phone width. */
const largePages = ['home', 'standards'];
const server = await serveDist(dist);
const browser = await launchBrowser();
try {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, locale: 'zh-CN' });
    for (const p of pages) {
      await page.goto(server.url + p.path);
      if (p.wait) await page.waitForSelector(p.wait, { timeout: 10_000 }).catch(() => console.warn(`${p.name}: no ${p.wait}`));
      const file = join(outDir, `${p.name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      if (width === 360 && largePages.includes(p.name)) {
        await page.check('#reading-mode');
        const large = join(outDir, `${p.name}-${width}-large.png`);
        await page.screenshot({ path: large, fullPage: true });
        await page.uncheck('#reading-mode');
        console.log(large);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
