/**
 * The about page's account of the method, worded from the content: its example of the totals the
 * build reconciles is a programme's own stated totals, never a fixed figure.
 */
import { t, type Translate } from '../../i18n/index.ts';
import type { Programme } from '../../schemas/programme.ts';
import { levelCodes, levelLabel } from '../programme/levels.ts';

/**
 * The example of stated totals in the method paragraph, e.g. （如省级 22 项、市级 7 项、区级 8 项，共 37 项）:
 * the first programme's (the site's order, newest first), its levels in its source's order with their
 * own labels and the number each carries out; a list without levels gives only its total.
 */
export function statedTotalsExample(programmes: readonly Pick<Programme, 'levels' | 'statedTotals'>[], translate: Translate = t): string {
  const programme = programmes[0];
  if (!programme) return '';
  const levels = levelCodes(programme).flatMap((code) => {
    const stated = programme.statedTotals[code];
    return stated ? [translate('site.about.method.totalsExampleLevel', { level: levelLabel(programme, code) ?? '', n: String(stated.implemented) })] : [];
  });
  const all = String(programme.statedTotals.all);
  if (levels.length === 0) return translate('site.about.method.totalsExampleAll', { all });
  return translate('site.about.method.totalsExample', { levels: levels.join(translate('site.about.method.totalsExampleSeparator')), all });
}
