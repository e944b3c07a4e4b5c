import { t } from '../../i18n/index.ts';
import { sourcePath } from '../site/urls.ts';
import type { OpenDataContext } from './context.ts';
import { absoluteUrl } from './links.ts';
import { programmeSource } from './programme-records.ts';

/** A document the data was taken from or rests on. */
export interface DataSource {
  title: string;
  /** Where to read it: the full text on this site for a notice; null for a basis document not held here. */
  url: string | null;
}

/**
 * The sources of the whole data set: each programme's notice (its full text on this site) and the
 * higher-level documents it implements, each listed once.
 */
export function dataSources(ctx: OpenDataContext): DataSource[] {
  const out: DataSource[] = [];
  const seen = new Set<string>();
  for (const p of ctx.content.programmes) {
    out.push({ title: programmeSource(ctx, p).title, url: absoluteUrl(ctx.siteBase, sourcePath(p.id)) });
    for (const d of p.basisDocuments) {
      const title = t('data.source.basisDocument', { title: d.title, number: d.number });
      if (seen.has(title)) continue;
      seen.add(title);
      out.push({ title, url: null });
    }
  }
  return out;
}
