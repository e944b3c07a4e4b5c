/**
 * How the site names a programme: in short (庐阳区2017年, breadcrumbs and table headings) and with
 * its kind (庐阳区2017年民生工程, titles and headings), with the short or the full jurisdiction.
 */
import { t, type Translate } from '../../i18n/index.ts';
import type { Programme } from '../../schemas/programme.ts';
import { programmeT } from './wording.ts';

/** A programme's names. */
export interface ProgrammeNames {
  /** Short jurisdiction and year, e.g. 庐阳区2017年. */
  short: string;
  /** The same with the programme's kind, e.g. 庐阳区2017年民生工程. */
  name: string;
  /** Full jurisdiction, year and kind, e.g. 合肥市庐阳区2017年民生工程. */
  fullName: string;
}

/** The names of a programme, worded by `translate` (default: the programme's own terms where it has them, else the site's). */
export function programmeNames(
  programme: Pick<Programme, 'jurisdiction' | 'jurisdictionShort' | 'year'> & Partial<Pick<Programme, 'terms' | 'document'>>,
  translate?: Translate,
): ProgrammeNames {
  const { year } = programme;
  const { terms, document } = programme;
  translate ??= terms && document ? programmeT({ terms, document, jurisdictionShort: programme.jurisdictionShort }) : t;
  return {
    short: translate('site.programmeYear', { place: programme.jurisdictionShort, year }),
    name: translate('site.programmeName', { place: programme.jurisdictionShort, year }),
    fullName: translate('site.programmeName', { place: programme.jurisdiction, year }),
  };
}
