import { z } from 'astro/zod';

/** Lower-case ASCII slug used for every id: stable, URL-safe, shared across years for the same project. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '只能使用小写字母、数字和连字符 / lower-case letters, digits and hyphens only')
  .describe('稳定编号：由小写字母、数字和单个连字符组成 / Stable identifier: lower-case letters, digits and single hyphens');

/**
 * Plain Chinese text as shown to readers. Markup is refused rather than escaped later, so that a
 * name can never smuggle a tag into a page, a CSV cell or a feed.
 */
export const plainText = z
  .string()
  .trim()
  .min(1, '不能为空 / must not be empty')
  .refine((s) => !/[<>]/.test(s), '不能包含 < 或 > / must not contain < or > (no markup in content)');

/** A calendar year, as printed in the source (e.g. 2017). */
export const year = z.number().int().min(1949).max(2100).describe('公历年份 / Calendar year');

/**
 * A calendar date written yyyy-mm-dd. Astro's YAML loader reads an unquoted date as a Date object
 * while the `yaml` library keeps it a string, so both are accepted and published as the string.
 */
export const isoDate = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date());
