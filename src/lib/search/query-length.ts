/**
 * How long a search query may be. The search boxes (the header's and the search page's) refuse
 * more (`maxlength`), and the search page reads no more from `?q=`: a query of thousands of
 * characters, typed or pasted, made a URL that the server refused, and no one looks up a project
 * with more than a sentence. Plain data, so that both the pages and the browser script import it
 * without the dictionary.
 */

/** The most UTF-16 code units of a query, as `maxlength` counts them (a Chinese character is one). */
export const MAX_QUERY_LENGTH = 100;

/**
 * `query` trimmed and cut to {@link MAX_QUERY_LENGTH}, never inside a character written as two
 * code units (a surrogate pair, as some rare characters are).
 */
export function boundedQuery(query: string): string {
  const trimmed = query.trim();
  if (trimmed.length <= MAX_QUERY_LENGTH) return trimmed;
  const cut = /[\uD800-\uDBFF]/.test(trimmed[MAX_QUERY_LENGTH - 1]!) ? MAX_QUERY_LENGTH - 1 : MAX_QUERY_LENGTH;
  return trimmed.slice(0, cut).trim();
}
