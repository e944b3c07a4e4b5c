/**
 * What to do about a schema issue, in the editor's words: zod says what is wrong ("期望 number，
 * 实际接收 string"), not how an editor working from a Word notice put it right. Each piece of
 * advice is added to zod's message, never instead of it.
 */
import { t } from '../../i18n/index.ts';

/** The part of a zod issue the advice reads. */
export interface IssueLike {
  code: string;
  expected?: string;
  format?: string;
}

/** Full-width digits and signs as Word and WPS type them under a Chinese input method. */
const FULL_WIDTH_NUMBER = /^[\s０-９．，％＋－]+$/;

/**
 * Advice for an issue about `value` (the field's value as read, undefined when the field is
 * missing), or null where zod's message says all there is to say.
 */
export function issueAdvice(issue: IssueLike, value: unknown): string | null {
  if (issue.code === 'invalid_type' && value === undefined) return t('check.advice.missing');
  if (issue.code === 'invalid_type' && issue.expected === 'number' && typeof value === 'string') {
    if (FULL_WIDTH_NUMBER.test(value)) return t('check.advice.fullWidthDigits', { value, digits: halfWidth(value) });
    return t('check.advice.number');
  }
  if (issue.code === 'invalid_format' && issue.format === 'date') return t('check.advice.date');
  return null;
}

/** `value` with full-width digits and signs written half-width (４５ → 45). */
function halfWidth(value: string): string {
  return value.trim().replace(/[０-９．，％＋－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The value at `path` in parsed data, or undefined where the path leads nowhere. */
export function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let at: unknown = data;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}
