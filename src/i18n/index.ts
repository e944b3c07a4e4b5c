/**
 * The site's wording: every string a reader sees comes from a locale dictionary through {@link t}.
 *
 * A dictionary is a flat record from message key to text, or to a function of one object of named
 * parameters for text that embeds values. Keys are namespaced by area (`site.*`, `chart.*`, `data.*`,
 * `check.*`, `vocab.*` …); each area lives in its own file under `zh-CN/`, merged in `zh-CN/index.ts`.
 * Callers format the values (numbers, dates) and messages only place them, so a message never
 * decides how a number is written.
 *
 * A second locale is one more dictionary of the same shape ({@link Dictionary}): the same keys, and
 * for each parameterised message a function of the same parameters.
 *
 * A programme whose source uses other terms (民生实事 rather than 民生工程, 本县 rather than 本区)
 * gets a {@link translator} with those terms overridden. Terms are the `term.*` messages: plain text
 * that any message may embed by naming the term as a parameter (`(p: { localArea: string }) =>
 * \`${p.localArea}实施\``). The translator fills term parameters in itself, so callers never pass
 * them, and overriding one term rewords every message that uses it. Any other key can be
 * overridden as well, for wording that differs beyond a term.
 *
 * Identifiers, URL segments and search-filter values are codes, never display text, so wording can
 * change without changing data or links.
 */
import { zhCN } from './zh-CN/index.ts';
import { searchVocab as zhCNSearchVocab } from './zh-CN/search-vocab.ts';

/** Every message key. */
export type MessageKey = keyof typeof zhCN;

/** Names of the terms (`term.<name>` keys) the translator fills into messages that embed them. */
export type TermName = { [K in MessageKey]: K extends `term.${infer Name}` ? Name : never }[MessageKey];

/** The message of one key in the reference locale. */
type ReferenceMessage<K extends MessageKey> = (typeof zhCN)[K];

/**
 * What any locale may put under a key: text where the reference has text, and a function of the
 * same parameters where the reference has one. (The reference's literal text types are widened, so
 * another locale or an override is not held to the reference's exact words.)
 */
type MessageShape<M> = M extends string ? string : M extends (params: infer P) => string ? (params: P) => string : never;

/** The dictionary every locale must match: every key of the reference locale (zh-CN), each of the same shape. */
export type Dictionary = { readonly [K in MessageKey]: MessageShape<ReferenceMessage<K>> };

/** The parameters a caller passes: the message's own, without the terms the translator fills in. */
type CallerParams<P> = Omit<P, TermName>;

/**
 * The parameters a message takes: none for plain text or for a message that embeds only terms,
 * otherwise one object of its own parameters.
 */
export type MessageParams<K extends MessageKey> =
  ReferenceMessage<K> extends (params: infer P) => string ? (keyof CallerParams<P> extends never ? [] : [params: CallerParams<P>]) : [];

/** Looks up a message by key, filling in its parameters. */
export type Translate = <K extends MessageKey>(key: K, ...params: MessageParams<K>) => string;

/** The locales the site can be built in, by BCP 47 tag. */
export const LOCALES = { 'zh-CN': zhCN } as const satisfies Record<string, Dictionary>;
/** The locale of every page unless a site chooses another. */
export const DEFAULT_LOCALE = 'zh-CN' satisfies keyof typeof LOCALES;

/** Prefix of the keys that hold terms. */
const TERM_PREFIX = 'term.';

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
 * A lookup function over a dictionary, with some keys overridden (a programme's own terms or wording).
 * Overrides are plain text or functions of the same parameters as the message they replace.
 */
export function translator(dictionary: Dictionary = LOCALES[DEFAULT_LOCALE], overrides: Partial<Dictionary> = {}): Translate {
  // An override left undefined (e.g. an optional field of a programme's settings) keeps the dictionary's message.
  const defined = Object.entries(overrides).filter(([, message]) => message !== undefined);
  const merged = { ...dictionary, ...Object.fromEntries(defined) } as Dictionary;
  // Resolved once: terms are plain text, so every message sees the same (possibly overridden) ones.
  const terms: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(merged)) {
    if (key.startsWith(TERM_PREFIX)) terms[key.slice(TERM_PREFIX.length)] = message;
  }
  return ((key: MessageKey, params?: object) => {
    const message = merged[key] as string | ((p: object) => string);
    return typeof message === 'function' ? message({ ...terms, ...params }) : message;
  }) as Translate;
}

/** The site's default lookup: the default locale, no overrides. */
export const t: Translate = translator();
