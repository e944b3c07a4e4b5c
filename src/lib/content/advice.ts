/**
 * What to do about a schema issue, in the editor's words: zod says what is wrong ("期望 number，
 * 实际接收 string"), not how an editor working from a Word notice put it right. Each piece of
 * advice is added to zod's message, never instead of it.
 */
import { z } from 'astro/zod';
import { t } from '../../i18n/index.ts';

const CHINESE_MESSAGES = z.locales.zhCN().localeError;

/** The part of a zod issue the advice reads. */
export interface IssueLike {
  code: string;
  expected?: string;
  format?: string;
}

/** A number typed in full-width digits (and sign and point) as Word and WPS type them under a Chinese input method: ４５, －３．５. */
const FULL_WIDTH_NUMBER = /^\s*[＋－]?[０-９]+(?:．[０-９]+)?\s*$/;

/**
 * Advice for an issue about `value` (the field's value as read, undefined when the field is
 * missing), or null where zod's message says all there is to say.
 */
export function issueAdvice(issue: IssueLike, value: unknown): string | null {
  if (issue.code === 'invalid_type' && value === undefined) return t('check.advice.missing');
  if (issue.code === 'invalid_type' && issue.expected === 'number' && value === null) return t('check.advice.number');
  if (issue.code === 'invalid_type' && issue.expected === 'number' && typeof value === 'string') {
    if (FULL_WIDTH_NUMBER.test(value)) return t('check.advice.fullWidthDigits', { value, digits: halfWidth(value) });
    return t('check.advice.number');
  }
  if (issue.code === 'invalid_format' && issue.format === 'date') return t('check.advice.date');
  return null;
}

/** `value` with full-width digits and signs written half-width (４５ → 45). */
function halfWidth(value: string): string {
  return value.trim().replace(/[０-９．＋－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
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

/** A schema issue as the editor reads it: where, and zod's words in Chinese and English, then what to do. */
export interface IssueMessage {
  issue: z.core.$ZodIssue;
  path: (string | number)[];
  message: string;
}

/**
 * The issues of `error` (`schema` failing over `data`), each worded for an editor: zod's Chinese
 * message (a second parse with its Chinese locale: same issues, same order), its English one for
 * the code's authors, and {@link issueAdvice}. Our own schema messages are bilingual already.
 */
export function issueMessages(schema: z.ZodType, data: unknown, error: z.ZodError): IssueMessage[] {
  const chinese = schema.safeParse(data, { error: CHINESE_MESSAGES }).error?.issues ?? [];
  return error.issues.map((issue, i) => {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const value = valueAt(data, path);
    const advice = issueAdvice(issue as IssueLike, value);
    // A field left out is said plainly (此字段未填写), not in zod's type terms (期望 string，实际接收 undefined).
    const zh = issue.code === 'invalid_type' && value === undefined ? t('check.missingField') : chinese[i]?.message;
    const message = (zh && zh !== issue.message ? `${zh} / ${issue.message}` : issue.message) + (advice === null ? '' : t('check.advice.join', { advice }));
    return { issue, path, message };
  });
}
