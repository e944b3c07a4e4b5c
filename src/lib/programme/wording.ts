/**
 * The wording of one programme's pages: the site's messages with the programme's own terms (what
 * its source calls the list, how it names its area) filled in. Every page, component and data file
 * of a programme words itself through {@link programmeT}, so a county's 民生实事 never reads 民生工程.
 */
import { LOCALES, DEFAULT_LOCALE, t, translator, type Dictionary, type MessageKey, type Translate } from '../../i18n/index.ts';
import type { Programme } from '../../schemas/programme.ts';
import { DOCUMENT_TYPE_LABELS } from '../../schemas/vocabulary.ts';

/** What a programme needs for its wording. */
export type Worded = Pick<Programme, 'terms' | 'jurisdictionShort' | 'document'>;

/**
 * The term overrides of a programme: its `programmeKind`, and its `localArea` or, where the source
 * uses none, the jurisdiction's short name (never a guessed 本区).
 */
export function programmeTerms(programme: Worded): Partial<Dictionary> {
  return {
    'term.programmeKind': programme.terms.programmeKind,
    'term.localArea': programme.terms.localArea ?? programme.jurisdictionShort,
    'term.documentKind': DOCUMENT_TYPE_LABELS[programme.document.type],
  };
}

const translators = new Map<string, Translate>();

/** The lookup of one programme's pages (made once per distinct wording). */
export function programmeT(programme: Worded): Translate {
  const key = [programme.terms.programmeKind, programme.terms.localArea ?? '', programme.jurisdictionShort, programme.document.type].join('\u0000');
  let found = translators.get(key);
  if (!found) {
    found = translator(LOCALES[DEFAULT_LOCALE], programmeTerms(programme));
    translators.set(key, found);
  }
  return found;
}

/** The terms a page or file about every programme of the site words itself with. */
export interface SiteTerms {
  programmeKind: string;
  documentKind: string;
  localArea: string;
}

/**
 * The site-wide wording's terms, derived from the content: a term every programme of the site
 * shares (民生实事 for a site of 民生实事 lists) is the site's; where the programmes differ, or the
 * site has none yet, a neutral wording (`site.terms.mixed.*`), and for the area the jurisdictions'
 * short names, in the programmes' order. Pure: the same programmes give the same terms.
 */
export function siteTerms(programmes: readonly Worded[]): SiteTerms {
  const each = programmes.map(programmeTerms);
  const shared = (key: 'term.programmeKind' | 'term.documentKind' | 'term.localArea'): string | null => {
    const values = new Set(each.map((terms) => terms[key] as string));
    return values.size === 1 ? [...values][0]! : null;
  };
  const places = [...new Set(programmes.map((p) => p.jurisdictionShort))];
  return {
    programmeKind: shared('term.programmeKind') ?? t('site.terms.mixed.programmeKind'),
    documentKind: shared('term.documentKind') ?? t('site.terms.mixed.documentKind'),
    localArea: shared('term.localArea') ?? (places.length > 0 ? places.join(t('site.terms.mixed.placeSeparator')) : t('site.terms.mixed.localArea')),
  };
}

const siteTranslators = new Map<string, Translate>();

/**
 * Messages of the site-wide pages and files that speak of standings (本年退出、调整退出和已整合归并),
 * each with its variant for a site none of whose projects states one.
 */
const WITHOUT_STANDINGS = {
  'data.file.projectsCsv.note': 'data.file.projectsCsv.noteWithoutStandings',
  'data.file.projectsJson.note': 'data.file.projectsJson.noteWithoutStandings',
  'data.page.examples.pythonCode': 'data.page.examples.pythonCodeWithoutStandings',
} as const satisfies Partial<Record<MessageKey, MessageKey>>;

/** What the site-wide wording looks at besides the programmes' terms. */
export interface SiteWorded {
  /** Whether some project of the site states a standing; default true (the dictionary's wording). */
  standings?: boolean;
}

/**
 * The lookup of the site-wide pages and files (about, search, data, metadata, feed): the site's
 * messages with {@link siteTerms} filled in, and, for a site whose projects state no standing, the
 * messages that would speak of them in their variants without. A file whose text is one
 * programme's uses that programme's {@link programmeT} instead.
 */
export function siteT(programmes: readonly Worded[], { standings = true }: SiteWorded = {}): Translate {
  const terms = siteTerms(programmes);
  const key = [terms.programmeKind, terms.documentKind, terms.localArea, String(standings)].join('\u0000');
  let found = siteTranslators.get(key);
  if (!found) {
    const dictionary = LOCALES[DEFAULT_LOCALE];
    const variants = standings ? {} : Object.fromEntries(Object.entries(WITHOUT_STANDINGS).map(([key, variant]) => [key, dictionary[variant]]));
    found = translator(dictionary, {
      ...variants,
      'term.programmeKind': terms.programmeKind,
      'term.documentKind': terms.documentKind,
      'term.localArea': terms.localArea,
    });
    siteTranslators.set(key, found);
  }
  return found;
}
