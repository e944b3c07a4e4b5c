/** Lists the HTML pages of a built site as URL paths relative to the base (e.g. `luyang-2017/`). */
import { listSitePages } from '../../scripts/lib/post-build/site-pages.ts';

export function listPages(dir: string): string[] {
  return listSitePages(dir).map((p) => p.path);
}
