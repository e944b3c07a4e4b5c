/**
 * The example words the search boxes offer (搜索，如：糖尿病): taken from what a programme's project
 * pages are found under, so that every example finds something on that programme's site, whatever
 * county's list it is. Words of the locale's search vocabulary (synonyms.ts) only: the everyday
 * words residents type.
 */
import type { Project } from '../../schemas/project.ts';
import type { Standard } from '../../schemas/standard.ts';
import { classificationLabels, projectSearchText } from './project-keywords.ts';
import { SYNONYM_GROUPS } from './synonyms.ts';

/** How many examples a search box offers at most. */
export const SEARCH_EXAMPLE_COUNT = 3;

/**
 * Up to `count` example words for pages with the texts `pageTexts` (one per project page): one
 * word from each vocabulary group that a page holds a word of (which makes the page found under
 * every word of the group), the groups that find the fewest pages first (a specific word shows
 * what the search is for better than 补助, which finds half the list), in vocabulary order among
 * equals. From each group its shortest word not taken yet (the one residents type: 低保, not
 * 最低生活保障); of equals, one the pages show (道路 rather than 支路), else the first. Empty when no
 * page holds a vocabulary word.
 */
export function searchExamples(pageTexts: readonly string[], count = SEARCH_EXAMPLE_COUNT, groups: readonly (readonly string[])[] = SYNONYM_GROUPS): string[] {
  const found = groups
    .map((group, order) => ({ group, order, pages: pageTexts.filter((text) => group.some((word) => text.includes(word))).length }))
    .filter((g) => g.pages > 0)
    .sort((a, b) => a.pages - b.pages || a.order - b.order);
  const examples: string[] = [];
  for (const { group } of found) {
    if (examples.length >= count) break;
    const onPage = (word: string) => pageTexts.some((text) => text.includes(word));
    const word = group
      .filter((w) => !examples.includes(w))
      .reduce<string | undefined>((best, w) => (best === undefined || w.length < best.length || (w.length === best.length && onPage(w) && !onPage(best)) ? w : best), undefined);
    if (word !== undefined) examples.push(word);
  }
  return examples;
}

/**
 * The example words of every programme's search (programme id → words), from its projects' texts
 * and classification labels; one pass over the content.
 */
export function searchExamplesByProgramme(content: { projects: readonly Project[]; standards: readonly Standard[] }): Map<string, string[]> {
  const standardsOf = new Map<string, Standard[]>();
  for (const s of content.standards) {
    const key = `${s.programme}/${s.project}`;
    const list = standardsOf.get(key);
    if (list) list.push(s);
    else standardsOf.set(key, [s]);
  }
  const texts = new Map<string, string[]>();
  for (const p of content.projects) {
    const text = [projectSearchText(p, standardsOf.get(`${p.programme}/${p.id}`) ?? [], []), ...classificationLabels(p)].join('\n');
    const list = texts.get(p.programme);
    if (list) list.push(text);
    else texts.set(p.programme, [text]);
  }
  return new Map([...texts].map(([programme, pageTexts]) => [programme, searchExamples(pageTexts)]));
}
