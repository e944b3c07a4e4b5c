/** Lists the HTML pages of a built site as URL paths relative to the base (e.g. `luyang-2017/`). */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listPages(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.map((f) => (f === 'index.html' ? '' : f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f)).sort();
}
