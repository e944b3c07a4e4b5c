/**
 * Whether a search hit holds the words the visitor typed. Pagefind's browser side segments a
 * Chinese query that is not a word of its index into single characters and matches any of them:
 * 医保 on a site without the word finds 存档保存 and 安保工程, and 残疾人 finds 人民. Such a hit is
 * shown for what it is, and a search whose hits shown so far are all of that kind says it found
 * nothing holding the words. Latin words are not judged: there Pagefind's stemming (subsidy,
 * subsidies) is a match.
 *
 * Plain data in, plain data out: the search page's script imports it.
 */

/** A Chinese (CJK ideograph) character. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The query's Chinese terms: runs of letters and digits (punctuation, quotes and spaces of either width split them) holding a CJK character. */
export function chineseTerms(query: string): string[] {
  return query.split(/[^\p{L}\p{N}]+/u).filter((term) => CJK.test(term));
}

/** A Chinese term of a query and its words of two or more characters (null: the browser has no segmenter). */
export interface QueryTerm {
  term: string;
  words: readonly string[] | null;
}

/**
 * The query's Chinese terms with their words as the browser segments Chinese (`Intl.Segmenter`),
 * made once per query and tested against each hit with {@link missingTerms}.
 */
export function queryTerms(query: string): QueryTerm[] {
  const segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return chineseTerms(query).map((term) => ({
    term,
    words: segmenter === null ? null : [...segmenter.segment(term)].map((s) => s.segment).filter((w) => w.length >= 2),
  }));
}

/**
 * The query's terms that `text` (a hit's indexed content) does not hold: neither whole nor as its
 * words (残疾人补贴 is held by 残疾人生活和护理补贴). A term whose words are all single characters
 * (医保 segmented 医 + 保) must be held whole. Without a segmenter, only whole terms are looked for,
 * and a term not held whole is not judged (nothing is claimed that may be wrong).
 */
export function missingTerms(text: string, terms: readonly QueryTerm[]): string[] {
  return terms
    .filter(({ term, words }) => {
      if (text.includes(term)) return false;
      if (words === null) return false;
      return words.length === 0 || !words.every((w) => text.includes(w));
    })
    .map(({ term }) => term);
}

/** What one batch of hits tells the status line, and the order to list them in (see {@link batchCoverage}). */
export interface BatchCoverage {
  /** For each hit of the batch, in Pagefind's order, the query's terms it does not hold. */
  missing: string[][];
  /** Whether every hit shown so far, this batch included, lacks a term: the search then says it found nothing holding the query. */
  partialOnly: boolean;
  /** The batch's hits to list, as indexes into it: those holding every term first, each part in Pagefind's order. */
  order: number[];
}

/**
 * The terms each hit of a batch lacks (`contents`: the hits' indexed text), whether all hits
 * shown so far lack one (the first batch, `first`, decides alone; a later one can only end that;
 * `partialBefore` is the answer before it), and the order to list the batch in. Pagefind ranks a
 * title holding single characters of the query above a page holding the whole word among its
 * hidden search words (新农合: 就业技能和新型农民培训 before 城乡居民基本医疗保险), so within a batch
 * the pages that hold the words come first. The sites' search page and the shard plan portal's
 * search list hits in batches and report them by this one rule.
 */
export function batchCoverage(contents: readonly (string | undefined)[], terms: readonly QueryTerm[], first: boolean, partialBefore: boolean): BatchCoverage {
  const missing = contents.map((text) => missingTerms(text ?? '', terms));
  const batchPartial = missing.length > 0 && missing.every((m) => m.length > 0);
  const indexes = missing.map((_, i) => i);
  const order = [...indexes.filter((i) => missing[i]!.length === 0), ...indexes.filter((i) => missing[i]!.length > 0)];
  return { missing, partialOnly: first ? batchPartial : partialBefore && batchPartial, order };
}
