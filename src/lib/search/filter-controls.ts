/**
 * The search page's filter controls: one per Pagefind filter the pages carry (the type of page, and
 * a project's level, standing and changes), each value a code that the pages use, shown by its label.
 * Given the content, only what it has is offered: no level filter for lists without levels, level
 * options labelled as the programmes label them (县级, 市本级 …), no standing or change filter for
 * projects that state none.
 */
import { t, type Translate } from '../../i18n/index.ts';
import { FILTER_KEYS, type FilterKey } from '../../client/search-state.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';
import { CHANGE_KINDS, LEVELS, STANDINGS } from '../../schemas/vocabulary.ts';
import { SEARCH_TYPES, type SearchType } from '../site/routes.ts';

/** One filter control: its label, and its options (code and label) after the "all" option. */
export interface FilterControl {
  key: FilterKey;
  label: string;
  options: { value: string; label: string }[];
}

/** What the site's content has, for the filters to offer. */
export interface FilterContent {
  programmes: readonly Pick<Programme, 'levels'>[];
  projects: readonly Pick<Project, 'standing' | 'changes'>[];
  /** The types of the pages the site has (routes.ts `searchTypes`: no 补助标准 where no programme has standards); absent: every type. */
  types?: readonly SearchType[] | undefined;
}

/** A level's options: each code some programme declares, labelled by the programmes' own labels (distinct ones joined). */
function levelOptions(content: FilterContent, translate: Translate): { value: string; label: string }[] {
  return LEVELS.flatMap((code) => {
    const labels = [...new Set(content.programmes.flatMap((p) => p.levels.filter((l) => l.code === code).map((l) => l.label)))];
    return labels.length === 0 ? [] : [{ value: code, label: labels.join(translate('search.filter.labelSeparator')) }];
  });
}

/**
 * The filter controls in the order the script reads them (FILTER_KEYS), worded by `translate`
 * (default: the site's). Without `content`, every code of every vocabulary; with it, only what the
 * content has, and a filter with nothing to offer is left out (the script reads the ones present).
 */
export function searchFilterControls(translate: Translate = t, content?: FilterContent): FilterControl[] {
  const standings = content ? STANDINGS.filter((code) => content.projects.some((p) => p.standing === code)) : STANDINGS;
  const changes = content ? CHANGE_KINDS.filter((code) => content.projects.some((p) => p.changes.some((c) => c.kind === code))) : CHANGE_KINDS;
  const codes: Record<FilterKey, { label: string; options: { value: string; label: string }[] }> = {
    type: { label: translate('search.filter.type'), options: (content?.types ?? SEARCH_TYPES).map((code) => ({ value: code, label: translate(`search.type.${code}`) })) },
    level: {
      label: translate('search.filter.level'),
      options: content ? levelOptions(content, translate) : LEVELS.map((code) => ({ value: code, label: translate(`vocab.level.${code}`) })),
    },
    standing: { label: translate('search.filter.standing'), options: standings.map((code) => ({ value: code, label: translate(`vocab.standing.${code}`) })) },
    change: { label: translate('search.filter.change'), options: changes.map((code) => ({ value: code, label: translate(`vocab.change.${code}`) })) },
  };
  return FILTER_KEYS.map((key) => ({ key, ...codes[key] })).filter((control) => !content || control.options.length > 0);
}
