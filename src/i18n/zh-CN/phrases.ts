/** Ways of joining words that more than one area's messages share. */

/** Items as one phrase: 项目、补助标准、时间节点与原文出处 (one item alone; none, nothing). */
export const listPhrase = (items: readonly string[]): string => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join('、')}与${items.at(-1)}`);

/**
 * The site's own arithmetic beside a source's figures, in brackets and said to be computed:
 * （+33.3%，本站计算）, （+200元，+33.3%，本站计算）; nothing for no figures.
 */
export const computedFigures = (figures: readonly string[]): string => (figures.length === 0 ? '' : `（${[...figures, '本站计算'].join('，')}）`);

/** A calendar date (YYYY-MM-DD) as Chinese documents write it: 2017年2月20日. */
export const chineseDate = (iso: string): string => {
  const [year, month, day] = iso.split('-');
  return `${year}年${Number(month)}月${Number(day)}日`;
};
