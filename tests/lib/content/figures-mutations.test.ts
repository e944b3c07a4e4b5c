/**
 * Issue 15's "done when": changing any number, unit, period or qualifier of any record of the
 * Luyang example so that it no longer matches its quote is refused, naming file, entry and
 * field. Every figure field of a copy of the content is changed in turn, in process, through the
 * pure check (one build per change would take hours).
 */
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../../src/io/read-content.ts';
import { checkFigures, FIGURE_RULES, figureFields, numbersIn, type FigureField } from '../../../src/lib/content/checks/figures.ts';
import type { ContentSet } from '../../../src/lib/content/content-set.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { CHINESE_DIGITS, FREQUENCY_UNIT_WORDS, LONE_ONE, MEASURE_WORDS, MONTH_PART_WORDS, PERIOD_WORDS, QUALIFIER_WORDS } from '../../../src/i18n/zh-CN/figure-forms.ts';
import { copyLuyangExample } from '../../support/content-copy.ts';

const { records, unplaced } = readContentTree(copyLuyangExample());
const { content, problems } = validateContent(records, unplaced);
const fields = figureFields(content);

/**
 * Fields no change of which can stop matching their quote: the one quote states every value the
 * field may take. Each with its reason.
 */
const UNCHANGEABLE: Readonly<Record<string, string>> = {
  'monthly-bulletin frequency.unit': 'the quote 一旬一督查，一月一通报 states both units, each after 一',
  'ten-day-inspection frequency.unit': 'the quote 一旬一督查，一月一通报 states both units, each after 一',
};

/** Whether a quote writes `n` the plain way (Arabic digits, or the one Chinese digit below ten). */
const writes = (quotes: readonly string[], n: number) =>
  quotes.some((q) => q.includes(String(n)) || (n < 10 && Object.entries(CHINESE_DIGITS).some(([c, v]) => v === n && q.includes(c))));

/** Other values of each coded or worded field, tried in order. */
const ALTERNATIVES: Partial<Record<FigureField['rule']['what'], readonly unknown[]>> = {
  unit: ['座', '吨', '万元', '户', '名'],
  per: ['户', '亩', '次'],
  period: Object.keys(PERIOD_WORDS),
  qualifier: Object.keys(QUALIFIER_WORDS),
  measure: Object.keys(MEASURE_WORDS),
  monthPart: Object.keys(MONTH_PART_WORDS),
  before: [true, false],
  reference: ['其他对象'],
  frequencyUnit: Object.keys(FREQUENCY_UNIT_WORDS),
};

/** A value for the field that its quotes do not state, or null when there is none. */
function changed(f: FigureField): unknown {
  if (typeof f.value === 'number') {
    const tries = [f.value + 1, f.value + 2, f.value + 100, f.value * 10 + 3];
    return tries.find((n) => !writes(f.quotes, n)) ?? null;
  }
  // Whether the quotes still state `v`, word for word, by every row of the field (a null period's too).
  const rows = FIGURE_RULES.filter((r) => r.type === f.rule.type && r.field === f.rule.field);
  const stated = (words: readonly string[]) => f.quotes.some((q) => words.some((w) => q.includes(w)));
  const stillMatches = (v: unknown) =>
    rows.every(({ form }) => {
      if (form.kind === 'unstated') return !form.when(v) || !stated(form.words);
      if (v === null) return true;
      const words = form.kind === 'words' ? form.words(v) : form.kind === 'unit' ? (form.words?.(v) ?? [String(v)]) : [String(v)];
      return words.length === 0 || stated(words);
    });
  return (ALTERNATIVES[f.rule.what] ?? []).find((v) => v !== f.value && !stillMatches(v)) ?? null;
}

/** A copy of the content with one field set to `value`. */
function withValue(f: FigureField, value: unknown): ContentSet {
  const copy = structuredClone(content);
  const record = (copy[f.rule.type] as { file: string; id: string }[]).find((r) => r.file === f.file && r.id === f.entry)!;
  const path = f.field.split('.');
  let at: Record<string, unknown> = record as never;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

describe('the Luyang example', () => {
  it('passes every check, the figure check included', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(checkFigures(content)).toEqual([]);
  });

  it('has figures of every record type the rules cover', () => {
    const names = fields.map((f) => `${f.entry} ${f.field}`);
    for (const name of [
      'luyang-2017 statedTotals.all',
      'luyang-2017 statedTotals.provincial.breakdown.new',
      'luyang-2017 headlineParts.0.count',
      'fitness-facilities targets.0.quantity',
      'fitness-facilities targets.0.unit',
      'graduate-internship-subsidy current.value',
      'graduate-internship-subsidy period',
      'basic-public-health-subsidy period',
      'district-matching-funds month',
      'ten-day-inspection frequency.count',
    ]) {
      expect(names).toContain(name);
    }
  });
});

describe.each(fields.map((f) => ({ name: `${f.entry} ${f.field} (${f.rule.form.kind})`, f })))('changing $name', ({ f }) => {
  it('so that it no longer matches its quote is refused with file, entry and field', () => {
    const value = changed(f);
    if (value === null) {
      expect(UNCHANGEABLE, 'no value of this field stops matching its quote: list it with the reason').toHaveProperty([`${f.entry} ${f.field}`]);
      return;
    }
    const found = checkFigures(withValue(f, value)).map((p) => `${p.file} [${p.entry}] ${p.field}`);
    expect(found).toContain(`${f.file} [${f.entry}] ${f.field}`);
  });
});

/** The amount standards whose one quote states both the previous and the current amount (由600元提高到800元). */
const bothInOneQuote = content.standards.flatMap((s) => {
  if (s.kind !== 'amount' || s.previous === null || s.previous.value === s.current.value) return [];
  const previous = s.previous.value;
  const stating = s.citations.filter((c) => [previous, s.current.value].every((v) => numbersIn(c.quote).some((n) => n.value === v)));
  return stating.length ? [{ standard: s, previous }] : [];
});

describe('swapping a standard’s previous and current amounts', () => {
  it('has standards whose quote states both', () => {
    expect(bothInOneQuote.length).toBeGreaterThan(0);
  });

  it.each(bothInOneQuote.map(({ standard, previous }) => ({ name: standard.id, standard, previous })))('$name: is refused, at its previous amount', ({ standard, previous }) => {
    const copy = structuredClone(content);
    const s = copy.standards.find((x) => x.id === standard.id && x.file === standard.file)!;
    if (s.kind !== 'amount' || s.previous === null) throw new Error('not an amount with a previous value');
    [s.previous.value, s.current.value] = [s.current.value, previous];
    const found = checkFigures(copy).map((p) => `${p.file} [${p.entry}] ${p.field}`);
    expect(found).toEqual([`${standard.file} [${standard.id}] previous.value`]);
  });
});

/**
 * Number fields (without words that must follow them, as 年 follows a year) whose quotes write 一
 * only as part of a word (国家统一部署) and no 1 otherwise: none states the number 1.
 */
const onlyWordOne = fields.filter((f) => {
  if (f.rule.form.kind !== 'number' || f.rule.form.followedBy || f.value === 1) return false;
  const ones = f.quotes.flatMap((q) => numbersIn(q).filter((n) => n.value === 1));
  return ones.length > 0 && ones.every((n) => n.text === LONE_ONE);
});

describe('setting a number to 1 where its quote writes 一 only in a word (统一, 一次性)', () => {
  it('has such fields', () => {
    expect(onlyWordOne.length).toBeGreaterThan(0);
  });

  it.each(onlyWordOne.map((f) => ({ name: `${f.entry} ${f.field}`, f })))('$name: is refused', ({ f }) => {
    const found = checkFigures(withValue(f, 1)).map((p) => `${p.file} [${p.entry}] ${p.field}`);
    expect(found).toContain(`${f.file} [${f.entry}] ${f.field}`);
  });
});
