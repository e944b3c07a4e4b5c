/**
 * How Chinese sources write figures: numerals, scales, and the words that state a period, a
 * qualifier or a kind of measure. Locale data for the figure-against-quote check
 * (src/lib/content/checks/figures.ts), not messages: nothing here is shown to a reader.
 *
 * Each list gives the words of which ANY, found in a record's cited quote, states the code. Keep them
 * specific: a word that is part of unrelated longer words (多, 成) would let a wrong record pass.
 * Quotes are read with full-width digits and ．％／ turned half-width, so the lists use the half-width forms.
 * Each table is keyed by its vocabulary, so that a new code cannot go without its words.
 */
import type { MonthPart, Period, TargetMeasure, TargetQualifier } from '../../schemas/vocabulary.ts';

/**
 * The digit that, written alone, is most often a word rather than the number 1 (一次性, 统一,
 * 一体化, 一旬一督查): counted as 1 only followed by the unit or measure the record states (一旬, 一所).
 */
export const LONE_ONE = '一';

/** Chinese digits, ordinary and financial (大写) forms, by value. */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** Chinese place units within a section (十 百 千) by value. */
export const CHINESE_PLACES: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Scales that multiply what comes before them, after Arabic digits as after Chinese ones (3.1万 = 31000). */
export const CHINESE_SCALES: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

/** The decimal point written as a word (三点一 = 3.1). */
export const CHINESE_POINT = '点';

/** What a percentage is written with before its number (百分之四点五 = 4.5%). */
export const PERCENT_PREFIX = '百分之';

/** Words that may stand between a number and its unit without changing it (1000余人). */
export const BETWEEN_NUMBER_AND_UNIT: readonly string[] = ['余', '多'];

/** What follows a count of projects in a stated total (37项). */
export const PROJECT_COUNT_WORDS: readonly string[] = ['项', '个', '件'];

/** The heading of each sub-total of a level (statedTotals.<level>.breakdown.<key>): 新增实施3项. */
export const BREAKDOWN_WORDS: Readonly<Record<'new' | 'continued' | 'raised' | 'merged-away' | 'withdrawn' | 'adjusted-out', readonly string[]>> = {
  new: ['新增'],
  continued: ['继续'],
  raised: ['提标', '扩面'],
  'merged-away': ['整合', '归并'],
  withdrawn: ['退出'],
  'adjusted-out': ['调整退出', '调出'],
};

/** What follows a year (2016年). */
export const YEAR_WORDS: readonly string[] = ['年'];

/** What follows a month (6月). */
export const MONTH_WORDS: readonly string[] = ['月'];

/** How a source says an amount is paid per something: 每人, 1500元/人, 人均. */
export const perWords = (per: string): readonly string[] => [`每${per}`, `/${per}`, `${per}均`];

/** The period of an amount (standard.period). */
export const PERIOD_WORDS: Readonly<Record<Period, readonly string[]>> = {
  month: ['每月', '/月', '月均', '按月'],
  year: ['每年', '/年', '年均', '按年'],
};

/** A target's qualifier (targets[].qualifier). */
export const QUALIFIER_WORDS: Readonly<Record<TargetQualifier, readonly string[]>> = {
  'at-least': ['不少于', '不低于', '至少', '不下于'],
  above: ['以上', '超过'],
  strive: ['力争', '争取'],
  about: ['约', '左右'],
  cumulative: ['累计'],
  within: ['以内', '不超过', '不高于', '以下', '控制在'],
};

/** A target's kind of measure (targets[].measure); a count needs no word of its own. */
export const MEASURE_WORDS: Readonly<Record<TargetMeasure, readonly string[]>> = {
  count: [],
  rate: ['增幅', '增长', '增速', '提高', '递增', '增加'],
  multiple: ['倍'],
  share: ['%', '百分之', '比例'],
};

/** Part of a month of a deadline (milestone.monthPart). */
export const MONTH_PART_WORDS: Readonly<Record<MonthPart, readonly string[]>> = {
  early: ['上旬'],
  mid: ['中旬'],
  late: ['下旬'],
  end: ['月底', '月末', '底前', '末前'],
};

/** A deadline "before" a point (milestone.before = true): 6月中旬前, 月底前. */
export const BEFORE_WORDS: readonly string[] = ['旬前', '底前', '末前', '月前', '日前', '之前', '以前'];

/** The unit of an oversight action's frequency (oversight.frequency.unit): 一旬一督查, 一月一通报. */
export const FREQUENCY_UNIT_WORDS: Readonly<Record<'xun' | 'month', readonly string[]>> = {
  xun: ['旬'],
  month: ['月'],
};
