/** Messages with markup in them: slot markers, split for rendering or filled in by a browser script. */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { fillSlots, slot, splitSlots } from '../../src/i18n/slots.ts';

describe('splitSlots', () => {
  it('cuts a message at its slots, keeping the text around them', () => {
    const text = t('programme.table.caption', { caption: '全部项目', n: slot('n') });
    expect(splitSlots(text, ['n'])).toEqual([{ text: '全部项目（共 ' }, { slot: 'n' }, { text: ' 项）' }]);
  });

  it('finds slots at either end, side by side and more than once, in the order the message places them', () => {
    expect(splitSlots('{b}{a} 与 {b}', ['a', 'b'])).toEqual([{ slot: 'b' }, { slot: 'a' }, { text: ' 与 ' }, { slot: 'b' }]);
    expect(splitSlots(t('programme.citations.source', { link: slot('link') }), ['link'])).toEqual([{ text: '出处：' }, { slot: 'link' }]);
  });

  it('leaves braces that are not a requested slot as text', () => {
    expect(splitSlots('{x}与{n}和{ n }', ['n'])).toEqual([{ text: '{x}与' }, { slot: 'n' }, { text: '和{ n }' }]);
    expect(splitSlots('没有插槽', ['n'])).toEqual([{ text: '没有插槽' }]);
    expect(splitSlots('', ['n'])).toEqual([]);
  });
});

describe('fillSlots', () => {
  it('completes a template a component rendered for a browser script', () => {
    const template = t('client.filter.shown', { shown: slot('shown') });
    expect(template).toBe('已筛选，显示 {shown} 个项目');
    expect(fillSlots(template, { shown: '8' })).toBe('已筛选，显示 8 个项目');
  });

  it('replaces in one pass, so a value that looks like a marker stays as it is', () => {
    expect(fillSlots('{a}，{b}', { a: '{b}', b: '2' })).toBe('{b}，2');
    expect(fillSlots('{a}，{c}', { a: '1' })).toBe('1，{c}');
  });
});
