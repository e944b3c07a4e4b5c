/** The HTML pages of a built site, each with the URL path it is served at. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SitePage {
  /** Absolute file path. */
  file: string;
  /** Path relative to the base as a browser requests it: `` (home), `about/`, `404.html`. */
  path: string;
}

/** Every `.html` file below `dir`, skipping folders whose name is in `skip` (e.g. generated assets). */
export function listSitePages(dir: string, skip: ReadonlySet<string> = new Set()): SitePage[] {
  const pages: SitePage[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skip.has(entry.name)) walk(file);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(dir, file).split(sep).join('/');
        const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
        pages.push({ file, path });
      }
    }
  };
  walk(dir);
  return pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
