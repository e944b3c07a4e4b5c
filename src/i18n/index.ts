/**
 * The site's wording: every string a reader sees comes from a locale dictionary through {@link t}.
 *
 * A dictionary is a flat record from message key to text, or to a function of named parameters for
 * text that embeds values. Keys are namespaced by area (`site.*`, `chart.*`, `data.*`, `check.*`,
 * `vocab.*` …); each area lives in its own file under `zh-CN/`, merged in `zh-CN/index.ts`.
 *
 * A second locale is one more dictionary of the same shape ({@link Dictionary}); a programme whose
 * source uses other terms (民生实事 rather than 民生工程, 本县 rather than 本区) gets a translator
 * with those keys overridden ({@link translator}). Identifiers, URL segments and search-filter values
 * are codes, never display text, so wording can change without changing data or links.
 */
import { zhCN } from './zh-CN/index.ts';
import { searchVocab as zhCNSearchVocab } from './zh-CN/search-vocab.ts';

/** The dictionary every locale must match: the keys of the site's reference locale (zh-CN). */
export type Dictionary = { readonly [K in MessageKey]: (typeof zhCN)[K] };
/** Every message key. */
export type MessageKey = keyof typeof zhCN;
/** The parameters a message takes: none for plain text, one object for a parameterised message. */
export type MessageParams<K extends MessageKey> = (typeof zhCN)[K] extends (params: infer P) => string ? [params: P] : [];
/** Looks up a message by key, filling in its parameters. */
export type Translate = <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;

/** The locales the site can be built in, by BCP 47 tag. */
export const LOCALES = { 'zh-CN': zhCN } as const satisfies Record<string, Dictionary>;
/** The locale of every page unless a site chooses another. */
export const DEFAULT_LOCALE = 'zh-CN' satisfies keyof typeof LOCALES;

/**
 * A locale's search vocabulary: words that mean the same thing to someone searching. Data that
 * search applies (src/lib/search/synonyms.ts), not messages, so it is kept beside the dictionary.
 */
export interface SearchVocabulary {
  /** Groups of interchangeable words; a page holding one word of a group is indexed under all of them. */
  readonly synonymGroups: readonly (readonly string[])[];
}

/** The search vocabulary of every locale. */
export const SEARCH_VOCABULARIES = { 'zh-CN': zhCNSearchVocab } as const satisfies Record<keyof typeof LOCALES, SearchVocabulary>;

/**
 * A lookup function over a dictionary, with some keys overridden (a programme's own terms).
 * Overrides are plain text or functions of the same parameters as the message they replace.
 */
export function translator(dictionary: Dictionary = LOCALES[DEFAULT_LOCALE], overrides: Partial<Dictionary> = {}): Translate {
  const merged: Dictionary = { ...dictionary, ...overrides };
  return ((key: MessageKey, params?: unknown) => {
    const message = merged[key] as string | ((p: unknown) => string);
    return typeof message === 'function' ? message(params) : message;
  }) as Translate;
}

/** The site's default lookup: the default locale, no overrides. */
export const t: Translate = translator();
