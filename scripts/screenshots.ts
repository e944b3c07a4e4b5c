/**
 * `npm run screenshots`: photographs home, the project list and a project page at 360 px and
 * 1280 px into screenshots/ (output, not committed), so anyone can look at the site.
 * Uses the existing dist/ (run `npm run build` first); needs Chromium at /usr/bin/chromium.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEPLOYMENT } from '../src/config/deployment.ts';
import { launchBrowser } from './lib/browser.ts';
import { serveDist } from './lib/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, DEPLOYMENT.outDir);
const outDir = join(root, 'screenshots');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`no built site in ${dist}: run npm run build first`);
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
const pages = [
  { name: 'home', path: '' },
  { name: 'list', path: 'luyang-2017/projects/' },
  { name: 'project', path: 'luyang-2017/projects/employment-support/' },
];
const server = await serveDist(dist);
const browser = await launchBrowser();
try {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'zh-CN' });
    for (const p of pages) {
      await page.goto(server.url + p.path);
      const file = join(outDir, `${p.name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
