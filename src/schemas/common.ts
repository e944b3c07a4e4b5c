import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';

/** Lower-case ASCII slug used for every id: stable, URL-safe, shared across years for the same project. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, t('content.common.slug.invalid'))
  .describe(t('content.common.slug'));

/**
 * Plain Chinese text as shown to readers. Markup is refused rather than escaped later, so that a
 * name can never smuggle a tag into a page, a CSV cell or a feed.
 */
export const plainText = z
  .string()
  .trim()
  .min(1, t('content.common.text.empty'))
  .refine((s) => !/[<>]/.test(s), t('content.common.text.markup'));

/** A calendar year, as printed in the source (e.g. 2017). */
export const year = z.number().int().min(1949).max(2100).describe(t('content.common.year'));

/**
 * A calendar date written yyyy-mm-dd. Astro's YAML loader reads an unquoted date as a Date object
 * while the `yaml` library keeps it a string, so both are accepted and published as the string.
 */
export const isoDate = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date());
