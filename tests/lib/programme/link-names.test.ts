import { expect, it } from 'vitest';
import { projectNameLinker } from '../../../src/lib/programme/link-names.ts';

const linkProjectNames = (text: string, names: { name: string; id: string }[]) => projectNameLinker(names)(text);

it('links every name once, prefers the longer name, and keeps the text intact', () => {
  const text = '调整至省定民生工程“城乡义务教育经费保障机制”项目实施；义务教育经费保障机制。';
  const parts = linkProjectNames(text, [
    { name: '义务教育经费保障机制', id: 'short' },
    { name: '城乡义务教育经费保障机制', id: 'long' },
  ]);
  expect(parts.map((p) => p.text).join('')).toBe(text);
  expect(parts.filter((p) => p.id).map((p) => [p.text, p.id])).toEqual([
    ['城乡义务教育经费保障机制', 'long'],
    ['义务教育经费保障机制', 'short'],
  ]);
});

it('returns the text unchanged when no name occurs', () => {
  expect(linkProjectNames('无项目名称', [{ name: '法律援助', id: 'x' }])).toEqual([{ text: '无项目名称' }]);
  expect(linkProjectNames('', [])).toEqual([]);
});
