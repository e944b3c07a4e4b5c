import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { CONTENT_LIMITS } from './limits.ts';

/** Lower-case ASCII slug used for every id: stable, URL-safe, shared across years for the same project. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, t('content.common.slug.invalid'))
  // A refinement, not `.max()`: limits stay out of the published JSON Schemas, whose bytes are the data's contract.
  .refine((s) => s.length <= CONTENT_LIMITS.idLength, t('content.common.slug.tooLong', { max: CONTENT_LIMITS.idLength }))
  .describe(t('content.common.slug'));

/**
 * What a spreadsheet would run as a formula when the cell is opened (`=HYPERLINK(…)`, `+1`, `-1`,
 * `@SUM(…)`, or any of them behind a tab or carriage return). Text starting so is refused, not
 * neutralised in the CSV files: escaping would publish other bytes than the content holds (a
 * leading `'` that JSON, the pages and the feed would not have), and refusal keeps every published
 * file the content's own words.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The rules every free-text field of the content shares, on top of `base` (a string schema, trimmed
 * or not): not empty, not longer than {@link CONTENT_LIMITS.textLength}, never a spreadsheet formula.
 * Both text types below are built on it; no free-text field is a bare `z.string()`.
 */
function freeText(base: z.ZodString) {
  return base
    .min(1, t('content.common.text.empty'))
    .refine((s) => s.length <= CONTENT_LIMITS.textLength, t('content.common.text.tooLong', { max: CONTENT_LIMITS.textLength }))
    .refine((s) => !FORMULA_START.test(s), t('content.common.text.formula'));
}

/**
 * Plain Chinese text as shown to readers: the text type of every field an editor writes. Markup is
 * refused rather than escaped later, so that a name can never smuggle a tag into a page, a CSV
 * cell or a feed; so is a formula (see {@link FORMULA_START}).
 */
export const plainText = freeText(z.string().trim()).refine((s) => !/[<>]/.test(s), t('content.common.text.markup'));

/**
 * Words copied verbatim from a source (a citation's quote): the shared rules of {@link plainText}
 * except the two that would alter or refuse the source's own words: it is not trimmed, and it may
 * hold `<` or `>` where the notice does.
 */
export const quotedText = freeText(z.string());

/**
 * A web address given in the content (a filing's page, the data licence, a source's original): only
 * `https:` and `http:` are accepted, so that no `javascript:` or `data:` address reaches a link,
 * a data file or the feed.
 */
export const webUrl = z.url({ protocol: /^https?$/, error: t('content.common.url.invalid') });

/** A calendar year, as printed in the source (e.g. 2017). */
export const year = z.number().int().min(1949).max(2100).describe(t('content.common.year'));

/**
 * A calendar date written yyyy-mm-dd. Astro's YAML loader reads an unquoted date as a Date object
 * while the `yaml` library keeps it a string, so both are accepted and published as the string.
 */
export const isoDate = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date());
