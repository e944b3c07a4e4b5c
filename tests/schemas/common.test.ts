/** The shared field types: what no free-text field and no web address of the content may hold. */
import { describe, expect, it } from 'vitest';
import { plainText, quotedText, slug, webUrl } from '../../src/schemas/common.ts';
import { CONTENT_LIMITS } from '../../src/schemas/limits.ts';

const messages = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('free text', () => {
  it.each(['=HYPERLINK("http://x","点我")', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])('refuses %j, which a spreadsheet would run as a formula', (value) => {
    for (const schema of [plainText, quotedText]) expect(messages(schema, value).join()).toMatch(/电子表格.*formula/);
  });

  it('refuses a formula behind spaces in plain text, which is trimmed before it is checked', () => {
    expect(messages(plainText, '  =1+1').join()).toMatch(/formula/);
  });

  it('accepts text with those characters inside it, and keeps the words as they are', () => {
    expect(plainText.parse('庐阳区实施“29+8”项民生工程')).toBe('庐阳区实施“29+8”项民生工程');
    expect(plainText.parse('  城乡困难群体法律援助 ')).toBe('城乡困难群体法律援助');
    expect(quotedText.parse('省定33项-我区22项')).toBe('省定33项-我区22项');
  });

  it('refuses text longer than the limit, with the limit named', () => {
    const long = '长'.repeat(CONTENT_LIMITS.textLength + 1);
    expect(messages(plainText, long)).toEqual([
      `文字不能超过 ${CONTENT_LIMITS.textLength} 个字符，请只录入原文中的相关语句 / at most ${CONTENT_LIMITS.textLength} characters: enter only the source's own words for this field`,
    ]);
    expect(plainText.safeParse('长'.repeat(CONTENT_LIMITS.textLength)).success).toBe(true);
    expect(quotedText.safeParse(long).success).toBe(false);
  });

  it('refuses markup in plain text, but keeps a quote verbatim (a notice may hold < and >)', () => {
    expect(plainText.safeParse('<b>x</b>').success).toBe(false);
    expect(quotedText.safeParse('比例<5%').success).toBe(true);
  });

  it('refuses an over-long id', () => {
    expect(slug.safeParse('a'.repeat(CONTENT_LIMITS.idLength)).success).toBe(true);
    expect(messages(slug, 'a'.repeat(CONTENT_LIMITS.idLength + 1))).toEqual([
      `编号不能超过 ${CONTENT_LIMITS.idLength} 个字符 / an id has at most ${CONTENT_LIMITS.idLength} characters`,
    ]);
  });
});

describe('web addresses', () => {
  it.each(['https://beian.miit.gov.cn/', 'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=1', 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans'])(
    'accept %s',
    (url) => {
      expect(webUrl.parse(url)).toBe(url);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.gov.cn/',
    'mailto:a@example.gov.cn',
  ])('refuse %s', (url) => {
    expect(messages(webUrl, url)).toEqual(['网址须以 https:// 或 http:// 开头 / the address must start with https:// or http://']);
  });
});
