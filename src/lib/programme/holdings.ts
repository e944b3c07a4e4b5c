/**
 * What a programme's pages and data hold besides its projects, as the site's short descriptions of
 * a programme name them (its feed entry, its overview page's description): only what its source
 * states. Every list has its source paragraphs; a 公告 that states no subsidy standard or deadline
 * must not be described as holding them.
 */
import type { Translate } from '../../i18n/index.ts';
import type { Milestone } from '../../schemas/milestone.ts';
import type { ProgrammeIndex } from './programme-index.ts';
import { programmeHasStandards } from './standards.ts';

/** One kind of thing a programme may hold besides its projects, in the order descriptions list them. */
export type ProgrammeHolding = 'standards' | 'milestones' | 'citations';

/** What the index's programme holds besides its projects: standards and milestones where it has some, its source paragraphs always. */
export function programmeHoldings(index: Pick<ProgrammeIndex, 'programme' | 'standardsByProject'>, milestones: readonly Pick<Milestone, 'programme'>[]): ProgrammeHolding[] {
  const holdings: ProgrammeHolding[] = [];
  if (programmeHasStandards(index)) holdings.push('standards');
  if (milestones.some((m) => m.programme === index.programme.id)) holdings.push('milestones');
  holdings.push('citations');
  return holdings;
}

/** `items` as one phrase in the programme's wording: 项目、补助标准、时间节点与原文出处. */
export function holdingsPhrase(t: Translate, items: readonly (ProgrammeHolding | 'projects')[]): string {
  return t('programme.holdings.list', { items: items.map((item) => t(`programme.holdings.${item}`)) });
}
