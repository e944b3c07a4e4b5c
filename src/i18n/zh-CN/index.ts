/**
 * Simplified Chinese, the site's reference locale: the union of every area's messages. Each area
 * file holds the wording of one concern; keys are prefixed with the area so that they never clash.
 */
import { chart } from './chart.ts';
import { site } from './site.ts';
import { term } from './term.ts';

export const zhCN = {
  ...chart,
  ...site,
  ...term,
} as const;
