/**
 * Whether a search hit holds the words the visitor typed. Pagefind's browser side segments a
 * Chinese query that is not a word of its index into single characters and matches any of them:
 * 医保 on a site without the word finds 存档保存 and 安保工程, and 残疾人 finds 人民. Such a hit is
 * shown for what it is, and a search whose first hits are all of that kind says it found nothing
 * holding the words. Latin words are not judged: there Pagefind's stemming (subsidy, subsidies) is
 * a match.
 *
 * Plain data in, plain data out: the search page's script imports it.
 */

/** A Chinese (CJK ideograph) character. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The query's Chinese words (whitespace-separated terms holding a CJK character), in order. */
export function chineseTerms(query: string): string[] {
  return query
    .trim()
    .split(/\s+/)
    .filter((term) => CJK.test(term));
}

/** The Chinese words of `query` that `text` (a hit's indexed content) does not hold whole. */
export function missingTerms(text: string, query: string): string[] {
  return chineseTerms(query).filter((term) => !text.includes(term));
}
