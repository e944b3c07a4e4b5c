/**
 * Checks every internal link and resource of a built site against the files in it: each
 * `href`/`src` under the base must resolve to a file, and each `#anchor` must exist on its page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listPages } from './pages.ts';

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

function fileFor(dist: string, sitePath: string): string | null {
  const clean = decodeURIComponent(sitePath.split('#')[0]!.split('?')[0]!);
  const candidate = join(dist, clean);
  if (clean === '' || clean.endsWith('/')) return existsSync(join(candidate, 'index.html')) ? join(candidate, 'index.html') : null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Returns one line per broken link of `pages` (default: every page): `page -> target (reason)`. */
export function findBrokenLinks(dist: string, base: string, origin = 'https://example.gov.cn', pages: readonly string[] = listPages(dist)): string[] {
  const broken: string[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => m[1]!));
      idsCache.set(file, ids);
    }
    return ids;
  };
  for (const page of pages) {
    const pageFile = page.endsWith('.html') ? join(dist, page) : join(dist, page, 'index.html');
    const html = readFileSync(pageFile, 'utf8');
    for (const m of html.matchAll(ATTR)) {
      let url = m[1]!.replace(/&amp;/g, '&');
      if (url.startsWith(origin)) url = url.slice(origin.length);
      if (/^(https?:|mailto:|tel:|data:)/.test(url)) continue;
      if (url.startsWith('#')) {
        if (url.length > 1 && !idsOf(pageFile).has(decodeURIComponent(url.slice(1)))) broken.push(`${page} -> ${url} (no such anchor)`);
        continue;
      }
      if (!url.startsWith('/')) {
        broken.push(`${page} -> ${url} (relative link)`);
        continue;
      }
      if (!url.startsWith(base)) {
        broken.push(`${page} -> ${url} (outside base ${base})`);
        continue;
      }
      const target = fileFor(dist, url.slice(base.length));
      if (!target) {
        broken.push(`${page} -> ${url} (no file)`);
        continue;
      }
      const hash = url.split('#')[1];
      if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) broken.push(`${page} -> ${url} (no such anchor)`);
    }
  }
  return broken;
}
