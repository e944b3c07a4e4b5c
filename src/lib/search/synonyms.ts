/**
 * Everyday words residents type and the official words notices use for the same thing. Search
 * requires every term of a query to occur on a page, so a page saying 补助 is not found by
 * 见习补贴 unless 补贴 is on the page too; project pages therefore carry the missing words of each
 * group as hidden, indexed text.
 *
 * The words are locale data (src/i18n/zh-CN/search-vocab.ts); this module only applies them.
 */
import { DEFAULT_LOCALE, SEARCH_VOCABULARIES } from '../../i18n/index.ts';

/** Groups of interchangeable words, from the locale's search vocabulary. A page containing any word of a group gets the others. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = SEARCH_VOCABULARIES[DEFAULT_LOCALE].synonymGroups;

/**
 * The default locale's order of words: what `a.localeCompare(b, DEFAULT_LOCALE)` gives (ECMA-402
 * defines it as this collator's compare), without looking the collator up again for every pair.
 */
export const compareWords: (a: string, b: string) => number = new Intl.Collator(DEFAULT_LOCALE).compare;

/**
 * Words to add to a page so that everyday wording finds it: for every group with a word in `text`,
 * the group's words that `text` does not contain yet. Sorted and without duplicates, so the
 * built HTML is stable between builds.
 */
export function searchSynonyms(text: string, groups: readonly (readonly string[])[] = SYNONYM_GROUPS): string[] {
  const extra = new Set<string>();
  for (const group of groups) {
    if (!group.some((word) => text.includes(word))) continue;
    for (const word of group) if (!text.includes(word)) extra.add(word);
  }
  return [...extra].sort(compareWords);
}
