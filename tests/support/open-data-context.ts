/** An open-data context over the Luyang example (or a variant of it), for the pure builder tests. */
import type { ContentSet } from '../../src/lib/content/content-set.ts';
import type { ContentHistory, OpenDataContext } from '../../src/lib/open-data/context.ts';
import type { LastUpdated } from '../../src/lib/open-data/last-updated.ts';
import { indexProgramme } from '../../src/lib/programme/programme-index.ts';
import { luyangContent } from './built-data.ts';

export const TEST_SITE_BASE = 'https://example.gov.cn/minsheng/';

/** Context for `content` (default: the Luyang example) at {@link TEST_SITE_BASE}. */
export function testContext(
  content: ContentSet = luyangContent(),
  updated: LastUpdated = { date: '2023-11-14', dateTime: '2023-11-14T22:13:20Z', basis: 'source-date-epoch' },
  history: ContentHistory = { firstCommitted: null, programmeChanged: new Map() },
): OpenDataContext {
  const { site } = content;
  if (!site) throw new Error('content has no site.yaml');
  return {
    content: { ...content, site },
    indexes: new Map(content.programmes.map((p) => [p.id, indexProgramme(p, content.projects, content.standards)])),
    siteBase: TEST_SITE_BASE,
    updated,
    history,
  };
}
