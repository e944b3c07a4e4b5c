import { t } from '../../i18n/index.ts';
import type { Target } from '../../schemas/project.ts';

/** One quantified target of a project, as the content states it. */
export type PublishedTarget = Target;

/** A number as the phrase writes it. */
const number = (n: number | null) => (n === null ? null : String(n));

/**
 * A target as one phrase in the sources' own patterns, e.g. `2017年建成11个全民健身苑`,
 * `新增45所以上普惠性幼儿园`, `农村低保标准年均增幅不低于4.5%`, `不少于2.5%的老年人享有养老服务补贴` (without the year where the content
 * states none): the project page's list, the `targets` cell of projects.csv and `target_label`
 * of targets.csv.
 */
export const targetLabel = (target: Pick<Target, 'year' | 'action' | 'quantity' | 'quantityMax' | 'unit' | 'item' | 'measure' | 'qualifier' | 'reference'>): string =>
  t('data.target.label', {
    year: number(target.year),
    action: target.action,
    quantity: String(target.quantity),
    quantityMax: number(target.quantityMax),
    unit: target.unit,
    item: target.item,
    measure: target.measure,
    qualifier: target.qualifier,
    reference: target.reference,
  });
