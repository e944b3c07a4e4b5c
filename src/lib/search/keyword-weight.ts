/**
 * The Pagefind weight of a project page's hidden search words (synonyms such as 降压药 for a
 * project about 高血压). The page sets it on that paragraph and the search page reads it back from a
 * hit's weighted locations: a hit found only through those words gets the page's summary instead of
 * an excerpt, which would otherwise be a run of bare synonyms. No other indexed element of a page
 * uses this weight (headings weigh 7 to 3, body text 1), so it identifies the paragraph.
 */
export const KEYWORD_WEIGHT = 2;

/** One place a query matched in a page, as Pagefind reports it (`weight` already divided back). */
export interface WeightedLocation {
  weight: number;
}

/** True when every match of a hit lies in the hidden search words: its excerpt would be synonyms only. */
export function matchedOnlyInKeywords(locations: readonly WeightedLocation[] | undefined): boolean {
  return locations !== undefined && locations.length > 0 && locations.every((l) => l.weight === KEYWORD_WEIGHT);
}
