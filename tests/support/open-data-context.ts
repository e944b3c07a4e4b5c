/** An open-data context over the shipped content (or a variant of it), for the pure builder tests. */
import type { ContentSet } from '../../src/lib/content/content-set.ts';
import type { OpenDataContext } from '../../src/lib/open-data/context.ts';
import type { LastUpdated } from '../../src/lib/open-data/last-updated.ts';
import { indexProgramme } from '../../src/lib/programme/programme-index.ts';
import { shippedContent } from './built-data.ts';

export const TEST_SITE_BASE = 'https://example.gov.cn/minsheng/';

/** Context for `content` (default: the shipped content) at {@link TEST_SITE_BASE}. */
export function testContext(content: ContentSet = shippedContent(), updated: LastUpdated = { date: '2017-01-01', dateTime: '2017-01-01T00:00:00Z', basis: 'programme-year' }): OpenDataContext {
  const { site } = content;
  if (!site) throw new Error('content has no site.yaml');
  return {
    content: { ...content, site },
    indexes: new Map(content.programmes.map((p) => [p.id, indexProgramme(p, content.projects, content.standards)])),
    siteBase: TEST_SITE_BASE,
    updated,
  };
}
