import { expect, it } from 'vitest';
import { projectHistories } from '../../../src/lib/programme/history.ts';
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
