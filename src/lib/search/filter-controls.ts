/**
 * The search page's filter controls: one per Pagefind filter the pages carry (the type of page, and
 * a project's level, standing and changes), each value a code that the pages use, shown by its label.
 */
import { t, type Translate } from '../../i18n/index.ts';
import { FILTER_KEYS, type FilterKey } from '../../client/search-state.ts';
import { CHANGE_KINDS, LEVELS, STANDINGS } from '../../schemas/vocabulary.ts';
import { SEARCH_TYPES } from '../site/routes.ts';

/** One filter control: its label, and its options (code and label) after the "all" option. */
export interface FilterControl {
  key: FilterKey;
  label: string;
  options: { value: string; label: string }[];
}

/** The filter controls in the order the script reads them (FILTER_KEYS), worded by `translate` (default: the site's). */
export function searchFilterControls(translate: Translate = t): FilterControl[] {
  const codes: Record<FilterKey, { label: string; options: { value: string; label: string }[] }> = {
    type: { label: translate('search.filter.type'), options: SEARCH_TYPES.map((code) => ({ value: code, label: translate(`search.type.${code}`) })) },
    level: { label: translate('search.filter.level'), options: LEVELS.map((code) => ({ value: code, label: translate(`vocab.level.${code}`) })) },
    standing: { label: translate('search.filter.standing'), options: STANDINGS.map((code) => ({ value: code, label: translate(`vocab.standing.${code}`) })) },
    change: { label: translate('search.filter.change'), options: CHANGE_KINDS.map((code) => ({ value: code, label: translate(`vocab.change.${code}`) })) },
  };
  return FILTER_KEYS.map((key) => ({ key, ...codes[key] }));
}
