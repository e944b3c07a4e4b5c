import { t } from '../../i18n/index.ts';
import type { PublishedProject } from '../../schemas/open-data.ts';

/** One quantified target of a project, as the content states it. */
export type PublishedTarget = PublishedProject['targets'][number];

/**
 * A target as one phrase in the notice's own pattern, e.g. `2017年建成11个全民健身苑` (without the
 * year where the content states none): the `targets` cell of projects.csv and `target_label` of
 * targets.csv.
 */
export const targetLabel = (target: Pick<PublishedTarget, 'year' | 'action' | 'quantity' | 'unit' | 'item'>): string =>
  t('data.target.label', {
    year: target.year === null ? null : String(target.year),
    action: target.action,
    quantity: String(target.quantity),
    unit: target.unit,
    item: target.item,
  });
