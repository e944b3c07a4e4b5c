/**
 * Figures against their quotes: every number (amounts, previous values, years, quantities, rates,
 * stated totals), unit, period and qualifier of a record must be found in one of the record's own
 * citation quotes for that field, in the form the source writes it (Arabic or Chinese numerals,
 * 万 and 亿, percentages). A record whose 800 became 900, or whose 每月 became 每年, is refused
 * naming the file, the entry, the field, the quotes and what was expected.
 *
 * The rules are one table, {@link FIGURE_RULES}: one row per field, keyed by record type and field
 * path, each skipped where its field is absent or null (rows for fields a record type does not have
 * yet cost nothing). The exceptions are few, each in its row with its reason (README, "What the
 * build refuses").
 */
import type { FigureWhat } from '../../../i18n/zh-CN/check.ts';
import {
  BEFORE_WORDS,
  BREAKDOWN_WORDS,
  BETWEEN_NUMBER_AND_UNIT,
  CHINESE_DIGITS,
  CHINESE_PLACES,
  CHINESE_POINT,
  CHINESE_SCALES,
  FREQUENCY_UNIT_WORDS,
  LONE_ONE,
  MEASURE_WORDS,
  MONTH_PART_WORDS,
  MONTH_WORDS,
  PERCENT_PREFIX,
  PERIOD_WORDS,
  PROJECT_COUNT_WORDS,
  QUALIFIER_WORDS,
  YEAR_WORDS,
  perWords,
} from '../../../i18n/zh-CN/figure-forms.ts';
import { t } from '../../../i18n/index.ts';
import { paragraphTexts } from '../citations.ts';
import type { ContentSet } from '../content-set.ts';
import type { Problem } from '../problems.ts';

// ——— Numbers as a text writes them ———

/** One number written in a text. */
export interface NumberInText {
  /** Its value: 3.1万 → 31000, 百分之四点五 and 4.5% → 4.5, 二〇一七 → 2017. */
  value: number;
  /** Its value before a trailing scale (3.1万 → 3.1), and that scale (1 without one). */
  mantissa: number;
  scale: number;
  /** Written as a percentage (4.5%, 百分之四点五). */
  percent: boolean;
  /** Where it is written, [start, end) in the text; `mantissaEnd` is before its scale character. */
  start: number;
  end: number;
  mantissaEnd: number;
  /** As written. */
  text: string;
}

/** Full-width digits and ．％／ as half-width, one character for one, so positions stay the same. */
export function halfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0e\uff05\uff0f]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/y;
const isDigit = (c: string | undefined) => c !== undefined && c in CHINESE_DIGITS;
const isPlace = (c: string | undefined) => c !== undefined && c in CHINESE_PLACES;
const isScale = (c: string | undefined) => c !== undefined && c in CHINESE_SCALES;
const isArabic = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * A Chinese integer from `i` (三十三, 一百, 一千零五, 三万, 两): its value and where it ends, or null.
 * Reading stops where the numerals stop making one number, so 十一五 reads 十一, then 五.
 */
function chineseInteger(s: string, i: number): { value: number; end: number; lastScale: number } | null {
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit: number | null = null;
  let lastPlace = Number.POSITIVE_INFINITY;
  let lastScale = 1;
  let end = i;
  for (let j = i; j < s.length; j++) {
    const c = s[j]!;
    if (isDigit(c)) {
      if (digit !== null && digit !== 0) break;
      digit = CHINESE_DIGITS[c]!;
    } else if (isPlace(c)) {
      const place = CHINESE_PLACES[c]!;
      if (place >= lastPlace) break;
      if (digit === null && !(place === 10 && section === 0 && wan === 0 && yi === 0)) break;
      section += (digit ?? 1) * place;
      digit = null;
      lastPlace = place;
    } else if (isScale(c)) {
      const part = section + (digit ?? 0);
      if (CHINESE_SCALES[c] === 1e4) {
        if (wan > 0 || part === 0) break;
        wan = part;
      } else {
        if (yi > 0 || (part === 0 && wan === 0)) break;
        yi = wan * 1e4 + part;
        wan = 0;
      }
      section = 0;
      digit = null;
      lastPlace = Number.POSITIVE_INFINITY;
    } else break;
    end = j + 1;
    lastScale = isScale(c) ? CHINESE_SCALES[c]! : 1;
  }
  if (end === i) return null;
  return { value: yi * 1e8 + wan * 1e4 + section + (digit ?? 0), end, lastScale };
}

/** The number written at `i`, if one starts there. */
function numberAt(s: string, i: number): NumberInText[] {
  const c = s[i];
  if (isArabic(c)) {
    ARABIC.lastIndex = i;
    const m = ARABIC.exec(s);
    if (!m) return [];
    const mantissa = Number(m[0].replaceAll(',', ''));
    const mantissaEnd = i + m[0].length;
    const scale = CHINESE_SCALES[s[mantissaEnd] ?? ''] ?? 1;
    const end = scale === 1 ? mantissaEnd : mantissaEnd + 1;
    return [{ value: mantissa * scale, mantissa, scale, percent: s[end] === '%', start: i, end, mantissaEnd, text: s.slice(i, end) }];
  }
  // A lone 百 千 万 亿 is a word (百姓, 千家万户), not a number; 十 alone is ten.
  if (!isDigit(c) && !(c !== undefined && CHINESE_PLACES[c] === 10)) return [];
  // Digits alone, without places: a year (二〇一七), or two neighbours that give a range (三五个 = 3 to 5).
  let run = i;
  while (isDigit(s[run])) run++;
  if (run - i >= 2 && !isPlace(s[run]) && !isScale(s[run]) && s[run] !== CHINESE_POINT) {
    const digits = [...s.slice(i, run)].map((d) => CHINESE_DIGITS[d]!);
    const one = (k: number): NumberInText => ({
      value: digits[k]!,
      mantissa: digits[k]!,
      scale: 1,
      percent: false,
      start: i + k,
      end: i + k + 1,
      mantissaEnd: i + k + 1,
      text: s[i + k]!,
    });
    if (run - i === 2 && !digits.includes(0)) return [one(0), one(1)];
    const value = Number(digits.join(''));
    return [{ value, mantissa: value, scale: 1, percent: false, start: i, end: run, mantissaEnd: run, text: s.slice(i, run) }];
  }
  const int = chineseInteger(s, i);
  if (!int) return [];
  let { value, end } = int;
  let mantissa = value / int.lastScale;
  let scale = int.lastScale;
  let mantissaEnd = scale === 1 ? end : end - 1;
  // A decimal: 三点一 (3.1), 三点一万 (31000), only after a plain integer.
  if (scale === 1 && s[end] === CHINESE_POINT && isDigit(s[end + 1])) {
    let k = end + 1;
    let decimals = '';
    while (isDigit(s[k])) (decimals += String(CHINESE_DIGITS[s[k]!])), k++;
    mantissa = Number(`${value}.${decimals}`);
    mantissaEnd = k;
    scale = CHINESE_SCALES[s[k] ?? ''] ?? 1;
    end = scale === 1 ? k : k + 1;
    value = mantissa * scale;
  }
  return [{ value, mantissa, scale, percent: false, start: i, end, mantissaEnd, text: s.slice(i, end) }];
}

/**
 * Every number a text writes, each read whole: 800 is never read inside 8000 or 2018, nor 3 inside
 * 三十三. Arabic digits with or without thousands separators (31,000), decimals, Chinese numerals
 * (三十三, 两, 一百, 二〇一七), scales (3.1万 = 31000, 1.2亿) and percentages (4.5%, 百分之四点五).
 */
export function numbersIn(text: string): NumberInText[] {
  const s = halfWidth(text);
  const found: NumberInText[] = [];
  for (let i = 0; i < s.length; ) {
    if (s.startsWith(PERCENT_PREFIX, i)) {
      const [inner] = numberAt(s, i + PERCENT_PREFIX.length);
      if (inner) {
        found.push({ ...inner, percent: true, start: i, text: s.slice(i, inner.end) });
        i = inner.end;
        continue;
      }
    }
    const here = numberAt(s, i);
    if (here.length) {
      found.push(...here);
      i = here.at(-1)!.end;
    } else i++;
  }
  return found;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const scaleWord = (scale: number) => Object.keys(CHINESE_SCALES).find((k) => CHINESE_SCALES[k] === scale) ?? '';

/**
 * Where `text` writes `value`: each place, with what follows it. A value whose unit starts with a
 * scale (万元) is found as its mantissa too: 2万元 is 2 of 万元 as well as 20000 of 元.
 */
export function occurrences(text: string, value: number, unit?: string): { number: NumberInText; after: string }[] {
  const s = halfWidth(text);
  const numbers = numbersIn(s);
  // What follows a number, past the other end of a range (10–15所: the 所 follows 10 as well).
  const after = (n: NumberInText, from: number) => {
    const range = RANGE.exec(s.slice(from));
    const next = range ? numbers.find((m) => m.start === from + range[0].length) : undefined;
    const end = next ? next.end : from;
    return n.percent && !s.startsWith('%', end) ? `%${s.slice(end)}` : s.slice(end);
  };
  return numbers.flatMap((n) => {
    if (same(n.value, value)) return [{ number: n, after: after(n, n.end) }];
    if (unit && n.scale !== 1 && unit.startsWith(scaleWord(n.scale)) && same(n.mantissa, value)) return [{ number: n, after: s.slice(n.mantissaEnd) }];
    return [];
  });
}

/** What joins the two ends of a range: 10–15, 10-15, 10~15, 10至15. */
const RANGE = /^\s*(?:[-–—~～]|至|到)\s*/;

/** Whether `after` (what follows a number) begins with one of `words`, allowing 余/多 between (1000余人). */
export function beginsWith(after: string, words: readonly string[]): boolean {
  const rest = after.trimStart();
  const between = BETWEEN_NUMBER_AND_UNIT.find((w) => rest.startsWith(w));
  return words.some((w) => rest.startsWith(halfWidth(w)) || (between !== undefined && rest.slice(between.length).startsWith(halfWidth(w))));
}

/** Whether `text` writes `value`, followed by one of `followedBy` when given. */
export function writesNumber(text: string, value: number, followedBy: readonly string[] = [], unit?: string): boolean {
  return occurrences(text, value, unit).some((o) => !followedBy.length || beginsWith(o.after, followedBy));
}

// ——— The rules ———

/** Record types whose records carry figures. */
export type FigureRecordType = 'programmes' | 'projects' | 'standards' | 'milestones' | 'oversight';

/** How a field's value must appear in its quotes. */
export type FigureForm =
  /** A number, written in any form; `followedBy` the words that must follow it (37项, 2016年). */
  | {
      kind: 'number';
      followedBy?: readonly string[];
      /** Words one of which the quote that states the number must hold too, by the field's name (新增 for `breakdown.new`). */
      sameQuoteAs?: (name: string) => readonly string[];
      /**
       * The field (a dotted path in the record) whose number comes after this one where one quote
       * states both (a previous amount before the current: 由600元提高到800元), so that the two
       * cannot trade places.
       */
      before?: string;
      /**
       * The unit or measure words the record states for the number (a target's 所, a frequency's
       * 旬): a lone 一 counts as 1 only followed by one of them (一旬), never as the word it
       * mostly is (一次性, 统一, 一体化). Absent: by `followedBy` alone.
       */
      unitWords?: (parent: unknown, record: unknown) => readonly string[];
    }
  /**
   * A unit: right after the number of one of the sibling fields `after` (800元, 3.1万人), or, where
   * that number is itself not in the quotes (already reported), anywhere in them. `words` gives the
   * source's words for a coded unit; a plain unit is its own word.
   */
  | { kind: 'unit'; after: readonly string[]; words?: (value: unknown) => readonly string[] }
  /** A code or text stated by any one of `words(value)`; an empty list asks for nothing (a plain count). */
  | { kind: 'words'; words: (value: unknown) => readonly string[] }
  /** A value that says the source states nothing (a null period) while a quote states one of `words`. */
  | { kind: 'unstated'; when: (value: unknown) => boolean; words: readonly string[] };

/** What a rule knows of a record's programme. */
export interface FigureContext {
  /** The year of the record's programme (null when its programme is unreadable). */
  programmeYear: number | null;
}

/** One row of the rule table. */
export interface FigureRule {
  type: FigureRecordType;
  /** Dotted path of the field; `*` stands for each element of a list or each key of a record. */
  field: string;
  /** Where the quotes are that must state it: dotted paths, their `*`s the field's, in order. */
  citations: readonly string[];
  form: FigureForm;
  /** What the field is, in messages. */
  what: FigureWhat;
  /** The exception, where a row has one: the value needs no quote when this holds. */
  exempt?: (value: unknown, context: FigureContext) => boolean;
}

const codeWords =
  (table: Readonly<Record<string, readonly string[]>>) =>
  (value: unknown): readonly string[] =>
    table[String(value)] ?? [];
const itself = (value: unknown): readonly string[] => [String(value)];
const COUNT = { kind: 'number', followedBy: PROJECT_COUNT_WORDS } as const;
const YEAR = { kind: 'number', followedBy: YEAR_WORDS } as const;
const NUMBER = { kind: 'number' } as const;
/** A record's unit as its words: itself, where it is text (所, 元). */
const unitOf = (holder: unknown): readonly string[] => {
  const unit = at(holder, 'unit');
  return typeof unit === 'string' ? [unit] : [];
};
/** A target's quantity: a lone 一 only before the target's unit (一所), or its measure's words (一倍). */
const TARGET_NUMBER = {
  kind: 'number',
  unitWords: (target) => [...unitOf(target), ...codeWords(MEASURE_WORDS)(at(target, 'measure'))],
} as const satisfies FigureForm;
/** A standard's amount: a lone 一 only before the standard's unit (一元). */
const AMOUNT = { kind: 'number', unitWords: (_value, standard) => unitOf(standard) } as const satisfies FigureForm;
/**
 * The exception for a standard's new value: a notice states the new value for its own year
 * (由2016年每人每月600元提高到800元), so a year equal to the programme's needs no quote.
 */
// With no readable programme (its file failed its own check, or the reference dangles, each reported
// already), the year it would be is unknown: checking against it would add one false problem per
// standard to the one real mistake.
const programmeYear = (value: unknown, context: FigureContext) => context.programmeYear === null || value === context.programmeYear;

/** Every figure field of every record type, one row each. */
export const FIGURE_RULES: readonly FigureRule[] = [
  // programme.yaml: its year, and every total its source states.
  { type: 'programmes', field: 'year', citations: ['citations', 'statedTotals.allCitations', 'document.citations'], form: YEAR, what: 'programmeYear' },
  { type: 'programmes', field: 'statedTotals.all', citations: ['statedTotals.allCitations'], form: COUNT, what: 'statedTotal' },
  { type: 'programmes', field: 'statedTotals.*.decided', citations: ['statedTotals.*.citations'], form: COUNT, what: 'levelDecided' },
  { type: 'programmes', field: 'statedTotals.*.implemented', citations: ['statedTotals.*.citations'], form: COUNT, what: 'levelImplemented' },
  // Each sub-total in the quote of its own heading (新增实施3项), so that two sub-totals cannot trade places.
  {
    type: 'programmes',
    field: 'statedTotals.*.breakdown.*',
    citations: ['statedTotals.*.citations'],
    form: { ...COUNT, sameQuoteAs: codeWords(BREAKDOWN_WORDS) },
    what: 'levelBreakdown',
  },
  // The headline's parts have no citations of their own: the programme's state the headline (“29+8”).
  { type: 'programmes', field: 'headlineParts.*.count', citations: ['citations'], form: NUMBER, what: 'headlinePart' },
  { type: 'programmes', field: 'categories.*.statedCount', citations: ['categories.*.citations'], form: COUNT, what: 'categoryCount' },
  // A project's targets, each against its own citations.
  { type: 'projects', field: 'targets.*.quantity', citations: ['targets.*.citations'], form: TARGET_NUMBER, what: 'quantity' },
  { type: 'projects', field: 'targets.*.quantityMax', citations: ['targets.*.citations'], form: TARGET_NUMBER, what: 'quantityMax' },
  { type: 'projects', field: 'targets.*.unit', citations: ['targets.*.citations'], form: { kind: 'unit', after: ['quantity', 'quantityMax'] }, what: 'unit' },
  { type: 'projects', field: 'targets.*.year', citations: ['targets.*.citations'], form: YEAR, what: 'targetYear' },
  { type: 'projects', field: 'targets.*.qualifier', citations: ['targets.*.citations'], form: { kind: 'words', words: codeWords(QUALIFIER_WORDS) }, what: 'qualifier' },
  { type: 'projects', field: 'targets.*.measure', citations: ['targets.*.citations'], form: { kind: 'words', words: codeWords(MEASURE_WORDS) }, what: 'measure' },
  { type: 'projects', field: 'targets.*.reference', citations: ['targets.*.citations'], form: { kind: 'words', words: itself }, what: 'reference' },
  // A standard's amounts and years, unit, what it is paid per and how often.
  { type: 'standards', field: 'current.value', citations: ['citations'], form: AMOUNT, what: 'currentValue' },
  // The previous amount before the current one where a quote states both (由600元提高到800元): 800 → 600 is refused.
  { type: 'standards', field: 'previous.value', citations: ['citations'], form: { ...AMOUNT, before: 'current.value' }, what: 'previousValue' },
  { type: 'standards', field: 'current.year', citations: ['citations'], form: YEAR, what: 'currentYear', exempt: programmeYear },
  { type: 'standards', field: 'previous.year', citations: ['citations'], form: YEAR, what: 'previousYear' },
  { type: 'standards', field: 'unit', citations: ['citations'], form: { kind: 'unit', after: ['current.value', 'previous.value'] }, what: 'unit' },
  { type: 'standards', field: 'per', citations: ['citations'], form: { kind: 'words', words: (v) => perWords(String(v)) }, what: 'per' },
  { type: 'standards', field: 'period', citations: ['citations'], form: { kind: 'words', words: codeWords(PERIOD_WORDS) }, what: 'period' },
  {
    type: 'standards',
    field: 'period',
    citations: ['citations'],
    form: { kind: 'unstated', when: (v) => v === null, words: Object.values(PERIOD_WORDS).flat() },
    what: 'period',
  },
  // A coverage standard's year: the same exception as a new amount's.
  { type: 'standards', field: 'year', citations: ['citations'], form: YEAR, what: 'coverageYear', exempt: programmeYear },
  // A deadline: 6月中旬前.
  { type: 'milestones', field: 'month', citations: ['citations'], form: { kind: 'number', followedBy: MONTH_WORDS }, what: 'month' },
  { type: 'milestones', field: 'monthPart', citations: ['citations'], form: { kind: 'words', words: codeWords(MONTH_PART_WORDS) }, what: 'monthPart' },
  { type: 'milestones', field: 'before', citations: ['citations'], form: { kind: 'words', words: (v) => (v === true ? BEFORE_WORDS : []) }, what: 'before' },
  { type: 'milestones', field: 'before', citations: ['citations'], form: { kind: 'unstated', when: (v) => v === false, words: BEFORE_WORDS }, what: 'before' },
  // How often an oversight action happens: 一旬一督查.
  {
    type: 'oversight',
    field: 'frequency.count',
    citations: ['citations'],
    // A lone 一 before any unit of a frequency (一旬, 一月) is its count; which unit is the next row's to check.
    form: { kind: 'number', unitWords: () => Object.values(FREQUENCY_UNIT_WORDS).flat() },
    what: 'frequencyCount',
  },
  {
    type: 'oversight',
    field: 'frequency.unit',
    citations: ['citations'],
    form: { kind: 'unit', after: ['count'], words: codeWords(FREQUENCY_UNIT_WORDS) },
    what: 'frequencyUnit',
  },
];

// ——— Applying the rules ———

/** One checked field of one record: where it is, its value, and the quotes that must state it. */
export interface FigureField {
  rule: FigureRule;
  file: string;
  entry: string;
  /** Concrete dotted path, e.g. `targets.0.quantity`. */
  field: string;
  value: unknown;
  quotes: readonly string[];
  /** The record's other fields beside this one (a unit's numbers), and the whole record. */
  parent: unknown;
  record: unknown;
  context: FigureContext;
}

interface Found {
  path: string[];
  bound: string[];
  value: unknown;
}

/** The values at a dotted path with `*`s, each with its concrete path and what the `*`s stood for. */
function expand(value: unknown, parts: readonly string[], path: string[] = [], bound: string[] = []): Found[] {
  if (!parts.length) return [{ path, bound, value }];
  if (value === null || typeof value !== 'object') return [];
  const [head, ...rest] = parts as [string, ...string[]];
  const keys = head === '*' ? Object.keys(value) : [head];
  return keys.flatMap((k) => (Object.hasOwn(value, k) ? expand((value as Record<string, unknown>)[k], rest, [...path, k], head === '*' ? [...bound, k] : bound) : []));
}

/** Value at a plain dotted path. */
function at(value: unknown, path: string): unknown {
  return expand(value, path.split('.'))[0]?.value;
}

/** A citation path with the field's `*`s filled in. */
function fill(pattern: string, bound: readonly string[]): string {
  let i = 0;
  return pattern.replace(/\*/g, () => bound[i++] ?? '*');
}

/** A citation as the rules read it. */
interface Cited {
  source?: unknown;
  paragraph?: unknown;
  quote?: unknown;
}

function citationsAt(record: unknown, pattern: string, bound: readonly string[]): Cited[] {
  const citations = at(record, fill(pattern, bound));
  return Array.isArray(citations) ? (citations as Cited[]) : [];
}

/** Every field the rules check in a content set, present and not null (an `unstated` row: where its `when` holds). */
export function figureFields(c: ContentSet, rules: readonly FigureRule[] = FIGURE_RULES): FigureField[] {
  const years = new Map(c.programmes.map((p) => [p.id, p.year]));
  const records: Record<FigureRecordType, readonly { file: string; id: string; programme?: string }[]> = {
    programmes: c.programmes.map((p) => ({ ...p, programme: p.id })),
    projects: c.projects,
    standards: c.standards,
    milestones: c.milestones,
    oversight: c.oversight,
  };
  // A quote that is not in its paragraph is reported by the citation check; a figure is not checked against it.
  const paragraphText = paragraphTexts(c.sources);
  const misquoted = (cited: Cited) => {
    const text = paragraphText(cited);
    return text !== undefined && typeof cited.quote === 'string' && !text.includes(cited.quote);
  };
  const quotesOf = (record: unknown, rule: FigureRule, bound: readonly string[]) =>
    rule.citations
      .flatMap((pattern) => citationsAt(record, pattern, bound))
      .filter((cited) => !misquoted(cited))
      .map((cited) => cited.quote)
      .filter((q): q is string => typeof q === 'string');
  return rules.flatMap((rule) =>
    records[rule.type].flatMap((record) =>
      expand(record, rule.field.split('.'))
        .filter((f) => (rule.form.kind === 'unstated' ? rule.form.when(f.value) : f.value !== null && f.value !== undefined))
        .map((f) => ({ ...f, quotes: quotesOf(record, rule, f.bound) }))
        // Every quote of the field misquoted: the citation check has said so, and there is nothing to check against.
        .filter((f) => f.quotes.length > 0)
        .map((f) => ({
          rule,
          file: record.file,
          entry: record.id,
          field: f.path.join('.'),
          value: f.value,
          quotes: f.quotes,
          parent: f.path.length > 1 ? at(record, f.path.slice(0, -1).join('.')) : record,
          record,
          context: { programmeYear: years.get(record.programme ?? '') ?? null },
        })),
    ),
  );
}

/** A number as the problem message shows it: 3.1万 (31000). */
const shown = (n: NumberInText) => (n.text === String(n.value) ? n.text : t('check.figures.numberRead', { text: n.text, value: String(n.value) }));

type NumberForm = Extract<FigureForm, { kind: 'number' }>;

/** A lone 一: the one character, not part of a longer numeral (十一, 一百, 二〇一七). */
const isLoneOne = (n: NumberInText) => n.text === LONE_ONE;

/**
 * Where quote `q` states a number field's value as the form asks: followed by its `followedBy`
 * words where it has some, and, written as a lone 一, followed by the record's unit or measure
 * words (`unitWords`), without which a lone 一 is a word (一次性, 统一), not the number 1.
 */
function statedAt(q: string, value: number, form: NumberForm, f: FigureField, unit: string | undefined): { number: NumberInText; after: string }[] {
  const followedBy = form.followedBy ?? [];
  const unitWords = followedBy.length ? followedBy : (form.unitWords?.(f.parent, f.record) ?? []);
  return occurrences(q, value, unit).filter(
    (o) => (!followedBy.length || beginsWith(o.after, followedBy)) && (!isLoneOne(o.number) || (unitWords.length > 0 && beginsWith(o.after, unitWords))),
  );
}

/**
 * Where a quote writes both this field's number and its sibling `later`'s (different numbers), the
 * problem if it writes the sibling's first and this one nowhere before it: 由600元提高到800元
 * entered as previous 800, current 600. Null when the order is the quote's, or no quote has both.
 */
function orderProblem(f: FigureField, value: number, form: NumberForm, unit: string | undefined, quotes: readonly string[]): Problem | null {
  const later = form.before!;
  const other = at(f.record, later);
  if (typeof other !== 'number' || same(other, value)) return null;
  const swapped = quotes.find((q) => {
    const mine = statedAt(q, value, form, f, unit);
    const theirs = statedAt(q, other, form, f, unit);
    if (!mine.length || !theirs.length) return false;
    return !mine.some((m) => theirs.some((o) => m.number.start < o.number.start));
  });
  if (swapped === undefined) return null;
  return { file: f.file, entry: f.entry, field: f.field, message: t('check.figures.order', { what: f.rule.what, value: String(value), later: String(other), quote: swapped }) };
}

/** The problem with one field, or null when its quotes state it. */
export function checkFigureField(f: FigureField): Problem | null {
  const { rule, value, quotes } = f;
  if (rule.exempt?.(value, f.context)) return null;
  const problem = (message: string): Problem => ({ file: f.file, entry: f.entry, field: f.field, message });
  const base = f.field.split('.').slice(0, -1);
  const sibling = (name: string) => ({ field: [...base, ...name.split('.')].join('.'), value: at(f.parent, name) });
  const form = rule.form;
  switch (form.kind) {
    case 'number': {
      if (typeof value !== 'number') return null;
      // The unit beside the number (a target's) or of the record (a standard's), for 2万元 read as 2 of 万元.
      const unit = [at(f.parent, 'unit'), at(f.record, 'unit')].find((u): u is string => typeof u === 'string');
      const near = form.sameQuoteAs?.(f.field.split('.').at(-1) ?? '') ?? [];
      const stating = near.length ? quotes.filter((q) => near.some((w) => halfWidth(q).includes(halfWidth(w)))) : quotes;
      if (stating.some((q) => statedAt(q, value, form, f, unit).length > 0)) return form.before === undefined ? null : orderProblem(f, value, form, unit, stating);
      // Only the quotes that could state it are shown: those of its heading, where the rule names one.
      const shownQuotes = stating.length ? stating : quotes;
      // A lone Chinese digit is most often a word (统一, 一旬): listed only where the quotes have no other number.
      const numbers = shownQuotes.flatMap((q) => numbersIn(q));
      const plain = numbers.filter((n) => n.text.length > 1 || isArabic(n.text));
      const found = [...new Set((plain.length ? plain : numbers).map(shown))];
      return problem(t('check.figures.number', { what: rule.what, value: String(value), followedBy: form.followedBy ?? [], under: near, quotes: shownQuotes, found }));
    }
    case 'unit': {
      const expected = (form.words ?? itself)(value);
      if (!expected.length) return null;
      const numbers = form.after.map(sibling).filter((s): s is { field: string; value: number } => typeof s.value === 'number');
      const unit = typeof value === 'string' ? value : undefined;
      // A lone 一 is not the number unless the unit follows it (统一, 一次性): it is not where the unit must be either.
      const at = (q: string, n: number) => occurrences(q, n, unit).filter((o) => !isLoneOne(o.number) || beginsWith(o.after, expected));
      const stated = numbers.filter((n) => quotes.some((q) => at(q, n.value).length > 0));
      const ok = stated.length
        ? stated.some((n) => quotes.some((q) => at(q, n.value).some((o) => beginsWith(o.after, expected))))
        : quotes.some((q) => expected.some((w) => halfWidth(q).includes(halfWidth(w))));
      if (ok) return null;
      return problem(t('check.figures.unit', { what: rule.what, value: String(value), expected, after: stated.map((n) => String(n.value)), quotes }));
    }
    case 'words': {
      const expected = form.words(value);
      if (!expected.length || quotes.some((q) => expected.some((w) => halfWidth(q).includes(halfWidth(w))))) return null;
      return problem(t('check.figures.words', { what: rule.what, value: String(value), expected, quotes }));
    }
    case 'unstated': {
      const stated = form.words.find((w) => quotes.some((q) => halfWidth(q).includes(halfWidth(w))));
      if (stated === undefined) return null;
      return problem(t('check.figures.unstated', { what: rule.what, value: String(value), stated, quotes }));
    }
  }
}

/** Checks every figure of a content set against its quotes: one problem per field not stated. */
export function checkFigures(c: ContentSet, rules: readonly FigureRule[] = FIGURE_RULES): Problem[] {
  return figureFields(c, rules)
    .map(checkFigureField)
    .filter((p): p is Problem => p !== null);
}
