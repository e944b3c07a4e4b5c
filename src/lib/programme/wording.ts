/**
 * The wording of one programme's pages: the site's messages with the programme's own terms (what
 * its source calls the list, how it names its area) filled in. Every page, component and data file
 * of a programme words itself through {@link programmeT}, so a county's 民生实事 never reads 民生工程.
 */
import { LOCALES, DEFAULT_LOCALE, translator, type Dictionary, type Translate } from '../../i18n/index.ts';
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
