/**
 * The wording module's lookup: plain text, parameterised messages, terms filled in by the
 * translator, a programme's overrides, and the shape a second locale must have.
 */
import { describe, expect, it } from 'vitest';
import { decisionFunnel } from '../../src/charts/decisionFunnel.ts';
import { LOCALES, t, translator, type Dictionary, type MessageParams } from '../../src/i18n/index.ts';
import { zhCN } from '../../src/i18n/zh-CN/index.ts';

describe('t', () => {
  it('looks up plain text by key', () => {
    expect(t('chart.common.noData')).toBe('暂无数据');
    expect(t('chart.funnel.decided')).toBe('确定实施');
  });

  it('places the parameters of a parameterised message, formatted by the caller', () => {
    expect(t('chart.levels.total', { n: '22' })).toBe('共22项');
    expect(t('chart.common.partTooltip', { whole: '省级', part: '退出实施', n: '1' })).toBe('省级 · 退出实施：1项');
    expect(t('vocab.deadline', { month: 6, part: 'mid', before: true })).toBe('6月中旬前');
    expect(t('vocab.deadline', { month: 12, part: 'end', before: false })).toBe('12月底');
  });

  it('fills in terms itself, so a message that embeds only terms takes no parameters', () => {
    expect(t('chart.funnel.implemented')).toBe('本区实施');
    expect(t('chart.levels.title')).toBe('各级民生工程项目按实施情况分布');
    expect(t('chart.funnel.summary.unexplained', { n: '10' })).toBe('10项未在本区实施、原因通知未载明');
  });
});

describe('translator with overrides', () => {
  const county = translator(LOCALES['zh-CN'], { 'term.localArea': '本县', 'term.programmeKind': '民生实事' });

  it('rewords every message that uses an overridden term', () => {
    expect(county('chart.funnel.implemented')).toBe('本县实施');
    expect(county('chart.funnel.unexplained')).toBe('未在本县实施，原因通知未载明');
    expect(county('chart.levels.title')).toBe('各级民生实事项目按实施情况分布');
    expect(county('chart.funnel.summary.allImplemented', { level: '区级', decided: '8' })).toBe('区级确定实施8项，本县全部实施');
  });

  it('replaces an overridden message, plain or parameterised, and leaves the others alone', () => {
    const own = translator(zhCN, { 'chart.common.noData': '无', 'chart.levels.total': (p) => `合计${p.n}项` });
    expect(own('chart.common.noData')).toBe('无');
    expect(own('chart.levels.total', { n: '3' })).toBe('合计3项');
    expect(own('chart.funnel.decided')).toBe('确定实施');
  });

  it('lets a parameterised override use the terms as well', () => {
    const own = translator(zhCN, { 'term.localArea': '本市', 'chart.funnel.decided': '上级确定' });
    expect(own('chart.funnel.decided')).toBe('上级确定');
    expect(own('chart.funnel.heading', { level: '省级', decided: '33', implemented: '22' })).toBe('省级：确定实施33项，本市实施22项');
  });

  it('keeps the dictionary’s message where an override is left undefined', () => {
    expect(translator(zhCN, { 'term.localArea': undefined, 'chart.common.noData': undefined })('chart.funnel.unexplained')).toBe('未在本区实施，原因通知未载明');
    expect(translator(zhCN, { 'chart.common.noData': undefined })('chart.common.noData')).toBe('暂无数据');
  });

  it('does not change the default lookup', () => {
    translator(zhCN, { 'term.localArea': '本县' });
    expect(t('chart.funnel.implemented')).toBe('本区实施');
  });

  it('reaches the charts: a programme passes its translator and the chart speaks its terms', () => {
    const rows = [{ label: '省级', decided: 3, implemented: 2, explained: [] }];
    const ours = decisionFunnel({ rows }, { id: 'f' });
    const theirs = decisionFunnel({ rows }, { id: 'f', translate: county });
    expect(ours.summary).toContain('本区实施2项');
    expect(theirs.summary).toContain('本县实施2项');
    expect(theirs.svg).not.toContain('本区');
    expect(theirs.table.head).toContain('本县实施');
  });
});

describe('the shape of a dictionary (checked by the type checker)', () => {
  it('holds a second locale to every key, with text or a function of the same parameters', () => {
    const complete: Dictionary = { ...zhCN, 'chart.common.noData': 'No data', 'chart.levels.total': (p) => `${p.n} in all` };
    expect(translator(complete)('chart.levels.total', { n: '5' })).toBe('5 in all');

    const { 'chart.common.noData': _dropped, ...incomplete } = zhCN;
    // @ts-expect-error a locale missing a key is not a dictionary
    const missing: Dictionary = incomplete;
    expect(missing).not.toHaveProperty('chart.common.noData');

    // @ts-expect-error a parameterised message cannot become a function of other parameters
    const wrongParams: Dictionary = { ...zhCN, 'chart.levels.total': (p: { count: number }) => `${p.count}` };
    expect(wrongParams).toBeDefined();

    // @ts-expect-error nor can plain text become a function
    const wrongKind: Dictionary = { ...zhCN, 'chart.common.noData': () => 'none' };
    expect(wrongKind).toBeDefined();
  });

  it('asks callers for a message’s own parameters only, never for its terms', () => {
    const none: MessageParams<'chart.funnel.implemented'> = [];
    const own: MessageParams<'chart.funnel.summary.unexplained'> = [{ n: '1' }];
    expect([none, own]).toHaveLength(2);
    // @ts-expect-error a parameterised message needs its parameters
    t('chart.levels.total');
    // @ts-expect-error and a plain one takes none
    t('chart.common.noData', { n: '1' });
    // @ts-expect-error terms are the translator's to fill in
    t('chart.funnel.summary.unexplained', { n: '1', localArea: '本县' });
  });
});
