import { t } from '../../i18n/index.ts';
import { BETWEEN_NUMBER_AND_UNIT, PERCENT_PREFIX, QUALIFIER_WORDS } from '../../i18n/zh-CN/figure-forms.ts';
import type { Target } from '../../schemas/project.ts';
import { halfWidth, type NumberInText, numbersIn } from '../content/checks/figures.ts';

/** One quantified target of a project, as the content states it. */
export type PublishedTarget = Target;

/** What a target phrase is composed of: the target's fields and, where it has them, its cited quotes. */
export type TargetPhraseFields = Pick<Target, 'year' | 'action' | 'quantity' | 'quantityMax' | 'unit' | 'item' | 'measure' | 'qualifier' | 'reference'> & {
  citations?: readonly { quote: string }[];
};

/** How a target's quote writes it: what the phrase takes from the source rather than from the fields. */
export interface TargetSourceForm {
  /** The number as the quote writes it, with the other end of a range and a 余/多 after it: 3万, 10—15, 1000余. */
  number: string;
  /** Whether the quote writes the unit itself inside `number` (百分之二点五 needs no %). */
  unitInNumber: boolean;
  /** The quote's word for the qualifier, and on which side of the number it stands (不低于 before, 以上 after; none where the number holds it: 1000余). */
  qualifier: { word: string; place: 'before' | 'after' } | null;
  /** Whether the quote names the item (or, for a share, the reference) before the number: 改造面积3万平方米. */
  itemFirst: boolean;
}

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** What joins the two ends of a range: 10–15, 10-15, 10~15, 10至15 (as the figure check reads them). */
const RANGE = /^\s*(?:[-–—~～]|至|到)\s*/;

/** Where a number written in `s` ends as the target's quantity: before a scale that belongs to the unit (2万元 as 2 of 万元). */
function quantityEnd(n: NumberInText, value: number): number | null {
  if (same(n.value, value)) return n.end;
  if (n.scale !== 1 && same(n.mantissa, value)) return n.mantissaEnd;
  return null;
}

/**
 * How one quote writes a target, read with the figure check's reader of numbers
 * (src/lib/content/checks/figures.ts): the occurrence of the quantity followed by the unit, nearest
 * to the item where the quote writes the quantity more than once. Null when the quote does not write it.
 */
export function targetSourceForm(quote: string, target: TargetPhraseFields): TargetSourceForm | null {
  const s = halfWidth(quote);
  const unit = halfWidth(target.unit);
  const numbers = numbersIn(s);
  const found = numbers.flatMap((n, i) => {
    let end = quantityEnd(n, target.quantity);
    if (end === null) return [];
    if (target.quantityMax !== null) {
      const range = RANGE.exec(s.slice(end));
      const max = range ? numbers[i + 1] : undefined;
      const maxEnd = max && max.start === end + range![0].length ? quantityEnd(max, target.quantityMax) : null;
      if (maxEnd === null) return [];
      end = maxEnd;
    }
    const between = BETWEEN_NUMBER_AND_UNIT.find((w) => s.startsWith(w, end!) && s.startsWith(unit, end! + w.length)) ?? '';
    end += between.length;
    const unitInNumber = unit === '%' && n.text.startsWith(PERCENT_PREFIX);
    if (!unitInNumber && !s.startsWith(unit, end)) return [];
    return [{ start: n.start, end, unitEnd: unitInNumber ? end : end + unit.length, unitInNumber }];
  });
  if (!found.length) return null;
  // The item a share's number is of is its reference (不少于2.5%的老年人).
  const named = halfWidth(target.measure === 'share' && target.reference !== null ? target.reference : target.item);
  const distance = (at: { start: number; unitEnd: number }) => {
    const before = s.lastIndexOf(named, at.start);
    const after = s.indexOf(named, at.unitEnd);
    const d = (i: number, from: number) => (i === -1 ? Number.POSITIVE_INFINITY : Math.abs(i - from));
    return { before: d(before, at.start), after: d(after, at.unitEnd) };
  };
  const best = found.reduce((a, b) => {
    const da = distance(a);
    const db = distance(b);
    return Math.min(db.before, db.after) < Math.min(da.before, da.after) ? b : a;
  });
  const near = distance(best);
  const words = target.qualifier === null ? [] : [...QUALIFIER_WORDS[target.qualifier]].sort((a, b) => b.length - a.length);
  const beforeWord = words.find((w) => s.slice(0, best.start).endsWith(w));
  const afterWord = words.find((w) => s.startsWith(w, best.unitEnd));
  // 1000余人: the 余 states the qualifier (above) within the number.
  const withinNumber = target.qualifier === 'above' && BETWEEN_NUMBER_AND_UNIT.some((w) => s.slice(0, best.end).endsWith(w));
  return {
    number: quote.slice(best.start, best.end),
    unitInNumber: best.unitInNumber,
    qualifier: withinNumber
      ? { word: '', place: 'after' }
      : beforeWord !== undefined
        ? { word: beforeWord, place: 'before' }
        : afterWord !== undefined
          ? { word: afterWord, place: 'after' }
          : null,
    itemFirst: near.before < near.after,
  };
}

/** How the first of a target's quotes that writes it does so, or null when none does (the phrase then takes the fields as they are). */
export function targetSourceFormOf(target: TargetPhraseFields): TargetSourceForm | null {
  for (const c of target.citations ?? []) {
    const form = targetSourceForm(c.quote, target);
    if (form) return form;
  }
  return null;
}

/** A number as the phrase writes it. */
const number = (n: number | null) => (n === null ? null : String(n));

/**
 * A target as one phrase written as its source writes it: the number in the quote's form (3万, not
 * 30000), the quote's word for the qualifier (不少于, 以上), and the item before or after the number
 * as the quote has it. For a target the quote states on its own the phrase is the quote's own words
 * (`2017年建成11个全民健身苑`, `改造面积3万平方米`, `新增普惠性幼儿园45所以上`, `不少于2.5%的老年人享有养老服务补贴`);
 * where one verb governs several targets (新增公交车辆20辆、公交站点30个), each takes the verb
 * (`新增公交站点30个`). Without a quote that writes it, the fields in the sources' commonest
 * pattern. The project page's list, the `targets` cell of projects.csv and `target_label` of targets.csv.
 */
export const targetLabel = (target: TargetPhraseFields): string => {
  const form = targetSourceFormOf(target);
  return t('data.target.label', {
    year: number(target.year),
    action: target.action,
    quantity: form?.number ?? String(target.quantity),
    quantityMax: form ? null : number(target.quantityMax),
    unit: form?.unitInNumber ? '' : target.unit,
    item: target.item,
    measure: target.measure,
    qualifier: target.qualifier,
    qualifierWord: form?.qualifier ?? null,
    reference: target.reference,
    itemFirst: form?.itemFirst ?? false,
  });
};
