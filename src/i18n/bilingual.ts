/**
 * The schemas' descriptions are bilingual, `中文 / English` (the Chinese for editors and readers,
 * the English for the code's authors and foreign data users, in one `.describe()` string so that
 * the published JSON Schemas carry both). A page showing one marks its English part as English
 * (WCAG 3.1.2, language of parts) and keeps it out of the Chinese site search.
 *
 * This module holds no wording and imports nothing.
 */

/** A description split at the separator before its English part; `en` is null for a Chinese-only one. */
export interface BilingualText {
  zh: string;
  en: string | null;
}

/**
 * The first ` / ` followed by anything but Chinese (a letter, a digit, a quote: `/ 1-based …`): the
 * Chinese part's own slashes (元/人/月) have no spaces.
 */
const SEPARATOR = / \/ (?=[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/;

/** Splits `text` into its Chinese part and its English part (after ` / `), if it has one. */
export function splitBilingual(text: string): BilingualText {
  const match = SEPARATOR.exec(text);
  if (!match) return { zh: text, en: null };
  return { zh: text.slice(0, match.index), en: text.slice(match.index + match[0].length) };
}
