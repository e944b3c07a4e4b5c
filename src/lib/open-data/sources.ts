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

/** The documents behind the whole data set, in two kinds that must not be confused. */
export interface DataSources {
  /** Each programme's notice: every record was entered from it, paragraph by paragraph (its full text is on this site). */
  entered: DataSource[];
  /** The higher-level documents the notices say they implement, each once: named by a notice, never entered here. */
  basis: DataSource[];
}

/**
 * The sources of the whole data set: the notices the records were entered from, and apart from them
 * the higher-level documents those notices rest on, so that no statement of provenance claims the
 * data came from a document this site never read.
 */
export function dataSources(ctx: OpenDataContext): DataSources {
  const entered: DataSource[] = [];
  const basis: DataSource[] = [];
  const seen = new Set<string>();
  for (const p of ctx.content.programmes) {
    entered.push({ title: programmeSource(ctx, p).title, url: absoluteUrl(ctx.siteBase, sourcePath(p.id)) });
    for (const d of p.basisDocuments) {
      const title = t('data.source.basisDocument', { title: d.title, number: d.number });
      if (seen.has(title)) continue;
      seen.add(title);
      basis.push({ title, url: null });
    }
  }
  return { entered, basis };
}
