import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/io/read-content.ts';
import type { PublishableContent } from '../../../src/lib/content/content-set.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { searchExamplesByProgramme } from '../../../src/lib/search/examples.ts';
import { pageKeys, type RecordTexts, stableJson } from '../../../src/lib/site/page-keys.ts';
import { exampleDir, LUYANG_EXAMPLE } from '../../support/example-content.ts';

/** stableJson as it was first written: JSON.stringify with a replacer copying every object with its keys sorted. The text it gives is the contract. */
function reference(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { $map: [...v.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)) };
    if (v instanceof Set) return { $set: [...v].map((x) => reference(x)).sort() };
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) throw new Error('page key: binary data in a key (pass its checksum instead)');
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

const samples: unknown[] = [
  null,
  0,
  -0,
  1.5e21,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  '',
  '民生实事 "quoted" \\ \n \u2028 \ud800',
  [],
  {},
  [1, undefined, () => 1, Symbol('s'), null, [2, [3]]],
  [1, , 3],
  { b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined, e: () => 1 }, $x: 'dollar', ' ': 'space', é: 'accent' },
  { 10: 'ten', 2: 'two', b: 'b', '01': 'zero-one', '-1': 'minus', '4294967295': 'not an index', '4294967294': 'index', $m: 1, a: 2 },
  { when: new Date(Date.UTC(2026, 0, 2)), invalid: new Date(Number.NaN) },
  { url: new URL('https://example.gov.cn/a?b=1') },
  { toJSON: () => ({ y: 1, x: [new Map([['k', 1]])] }) },
  new Map<unknown, unknown>([
    ['b', { y: 1, x: 2 }],
    ['a', new Set([3, 1, 2])],
    [10, 'ten'],
    [{ k: 1 }, 'object key'],
  ]),
  new Set([{ b: 1, a: 2 }, 'x', undefined, [1, 2], new Map([['z', 0]])]),
  { nested: { map: new Map([['x', new Set(['b', 'a'])]]), list: [new Set(), new Map()] } },
];

describe('stableJson', () => {
  it('gives the text the sorting replacer gave', () => {
    for (const value of samples) expect(stableJson(value)).toBe(reference(value));
  });

  it('gives equal data equal text whatever the order its properties were set in', () => {
    const a = {
      x: 1,
      y: { p: [1, 2], q: 'q', 3: 'three', 1: 'one' },
      z: new Map([
        ['m', 1],
        ['n', 2],
      ]),
    };
    const b = {
      z: new Map([
        ['n', 2],
        ['m', 1],
      ]),
      y: { 1: 'one', q: 'q', p: [1, 2], 3: 'three' },
      x: 1,
    };
    expect(stableJson(a)).toBe(stableJson(b));
    expect(stableJson(new Set(['a', 'b']))).toBe(stableJson(new Set(['b', 'a'])));
    expect(stableJson({ x: [1, 2] })).not.toBe(stableJson({ x: [2, 1] }));
  });

  it('refuses binary data, a Buffer included', () => {
    expect(() => stableJson({ bytes: new Uint8Array([1]) })).toThrow(/binary/);
    expect(() => stableJson([new ArrayBuffer(1)])).toThrow(/binary/);
    expect(() => stableJson({ bytes: Buffer.from('x') })).toThrow(/binary/);
  });

  it('gives the same text when it reuses the text of records already written', () => {
    const record = { b: [{ quote: '引文' }], a: 1 };
    const other = { id: 'x', records: [record, record] };
    const memo: RecordTexts = { records: new WeakSet([record]), texts: new WeakMap() };
    expect(stableJson(other, memo)).toBe(stableJson(other));
    expect(memo.texts.get(record)).toBe(stableJson(record));
    expect(stableJson({ set: new Set([record]), map: new Map([['k', record]]) }, memo)).toBe(stableJson({ set: new Set([record]), map: new Map([['k', record]]) }));
    for (const value of samples) expect(stableJson(value, memo)).toBe(reference(value));
  });
});

describe('pageKeys', () => {
  // The Luyang example has its site.yaml, so the validated set is publishable.
  const content = validateContent(readContent(exampleDir(LUYANG_EXAMPLE))).content as PublishableContent;
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const siteWide = (c: typeof content) => pageKeys(c, {}, new Map(), searchExamplesByProgramme(c), sha).siteWide;
  /** The content with one project's words gone: a name no search word is in, no description. */
  const withoutWords = (id: string) => ({
    ...content,
    projects: content.projects.map((p) => (p.id === id ? { ...p, name: '某项', aliases: [], description: null, changes: [], targets: [], topics: [], groups: [] } : p)),
  });
  const examples = (c: typeof content) => JSON.stringify([...searchExamplesByProgramme(c)]);

  it("changes every page's key when a correction changes the search examples the header shows, and only then", () => {
    const changing = content.projects.find((p) => examples(withoutWords(p.id)) !== examples(content));
    const keeping = content.projects.find((p) => examples(withoutWords(p.id)) === examples(content));
    expect(changing && keeping).toBeTruthy();
    // A page whose own records are unchanged (another project's) shows the new examples: the site-wide digest says so.
    expect(siteWide(withoutWords(changing!.id))).not.toBe(siteWide(content));
    expect(siteWide(withoutWords(keeping!.id))).toBe(siteWide(content));
  });
});
