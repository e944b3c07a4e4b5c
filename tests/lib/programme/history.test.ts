import { describe, expect, it } from 'vitest';
import { historyKeysByEntry, jurisdictionKeys, projectHistories } from '../../../src/lib/programme/history.ts';
import { historyPath } from '../../../src/lib/site/routes.ts';
import type { Programme } from '../../../src/schemas/programme.ts';
import type { Project } from '../../../src/schemas/project.ts';

const programme = (id: string, year: number) => ({ id, year, jurisdiction: '测试区' }) as Programme;
const project = (programmeId: string, id: string) => ({ id, programme: programmeId }) as Project;

it('lines up a slug found in several programmes, oldest first, and skips the rest', () => {
  const h = projectHistories([programme('b-2019', 2019), programme('a-2018', 2018)], [project('b-2019', 'x'), project('a-2018', 'x'), project('a-2018', 'only-once')], []);
  expect([...h.keys()]).toEqual(['x']);
  expect(h.get('x')!.map((s) => s.programme.year)).toEqual([2018, 2019]);
  expect(historyPath('x')).toBe('history/x/');
});

const inArea = (id: string, year: number, jurisdiction: string) => ({ id, year, jurisdiction }) as Programme;

describe('histories never cross jurisdictions', () => {
  const luyang = [inArea('luyang-2017', 2017, '合肥市庐阳区'), inArea('luyang-2018', 2018, '合肥市庐阳区')];
  const cangnan = [inArea('cangnan-2018', 2018, '温州市苍南县'), inArea('cangnan-2019', 2019, '温州市苍南县')];

  it('does not join one slug of two jurisdictions, one year each', () => {
    const h = projectHistories([luyang[0]!, cangnan[0]!], [project('luyang-2017', 'x'), project('cangnan-2018', 'x')], []);
    expect(h.size).toBe(0);
  });

  it('keeps two histories of one slug apart, the older jurisdiction at the bare slug and the other under its name', () => {
    // Files in any order: the jurisdiction with the oldest programme keeps the bare slug.
    const h = projectHistories(
      [...cangnan, ...luyang],
      ['cangnan-2019', 'cangnan-2018', 'luyang-2017', 'luyang-2018'].map((p) => project(p, 'x')),
      [],
    );
    expect([...h.keys()].sort()).toEqual(['cangnan/x', 'x']);
    expect(h.get('cangnan/x')!.map((s) => s.programme.id)).toEqual(['cangnan-2018', 'cangnan-2019']);
    expect(h.get('x')!.map((s) => s.programme.id)).toEqual(['luyang-2017', 'luyang-2018']);
    for (const steps of h.values()) expect(new Set(steps.map((s) => s.programme.jurisdiction)).size).toBe(1);
  });

  it('gives the bare slug to the site’s own jurisdiction', () => {
    const h = projectHistories(
      [...luyang, ...cangnan],
      ['luyang-2017', 'luyang-2018', 'cangnan-2018', 'cangnan-2019'].map((p) => project(p, 'x')),
      [],
      { jurisdiction: '温州市苍南县' },
    );
    expect(h.get('x')![0]!.programme.jurisdiction).toBe('温州市苍南县');
    expect(h.get('luyang/x')![0]!.programme.jurisdiction).toBe('合肥市庐阳区');
  });

  it('leaves a slug only one jurisdiction has a history of at its bare key, so adding another jurisdiction keeps its URL', () => {
    const h = projectHistories([...luyang, ...cangnan], [project('luyang-2017', 'x'), project('luyang-2018', 'x'), project('cangnan-2019', 'x')], []);
    expect([...h.keys()]).toEqual(['x']);
    expect(historyKeysByEntry(h)).toEqual(
      new Map([
        ['luyang-2017/x', 'x'],
        ['luyang-2018/x', 'x'],
      ]),
    );
  });
});

describe('jurisdictionKeys', () => {
  it('names a jurisdiction by its programmes’ ids before the year, else by its oldest programme’s id', () => {
    const keys = jurisdictionKeys([
      inArea('luyang-2018', 2018, 'A'),
      inArea('luyang-2017', 2017, 'A'),
      inArea('plan-a', 2019, 'B'),
      inArea('same-2019', 2019, 'C'),
      inArea('same-2020', 2020, 'D'),
    ]);
    expect(keys).toEqual(
      new Map([
        ['A', 'luyang'],
        ['B', 'plan-a'],
        // Two jurisdictions whose ids share a stem: each by its oldest programme's id.
        ['C', 'same-2019'],
        ['D', 'same-2020'],
      ]),
    );
  });
});
