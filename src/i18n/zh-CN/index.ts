/**
 * Simplified Chinese, the site's reference locale: the union of every area's messages. Each area
 * file holds the wording of one concern; keys are prefixed with the area so that they never clash.
 */
import { data } from './data.ts';
import { site } from './site.ts';

export const zhCN = {
  ...site,
  ...data,
} as const;
