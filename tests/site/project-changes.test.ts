/**
 * A project page's 本年变化 (the year's changes) tells every change the notice states, and leaving
 * the programme is one: a withdrawn project, or one adjusted out to a department's routine work,
 * must not read 通知未载明本项目本年有任何变化 beside its own 退出实施 or 调整退出.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { isImplemented } from '../../src/lib/programme/counts.ts';
import { STANDING_LABELS, type Standing } from '../../src/schemas/vocabulary.ts';
import { exampleDir, LUYANG_EXAMPLE } from '../support/example-content.ts';

const PROGRAMME = 'luyang-2017';
const projectsDir = join(exampleDir(LUYANG_EXAMPLE), 'programmes', PROGRAMME, 'projects');
const projects = readdirSync(projectsDir).map(
  (file) =>
    parse(readFileSync(join(projectsDir, file), 'utf8')) as {
      id: string;
      standing: Standing | null;
      exitNote: string | null;
      mergedInto?: string | null;
      movedTo?: { project: string } | null;
    },
);
const departed = projects.filter((p) => !isImplemented(p));

/** The text of a built project page's 本年变化 section, tags removed. */
function changesSection(id: string): string {
  const html = readFileSync(join(inject('distRoot'), PROGRAMME, 'projects', id, 'index.html'), 'utf8');
  const start = html.indexOf('<h2 id="changes"');
  expect(start, id).toBeGreaterThan(0);
  const end = html.indexOf('<h2', start + 1);
  return html
    .slice(start, end)
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');
}

describe('a departed project’s page', () => {
  it('is among the example’s projects of every kind of departure', () => {
    expect(new Set(departed.map((p) => p.standing))).toEqual(new Set(['withdrawn', 'adjusted-out', 'merged-away']));
  });

  it.each(departed.map((p) => [p.id, p] as const))('%s tells its leaving as the year’s change', (id, project) => {
    const changes = changesSection(id);
    expect(changes).not.toContain('本年有任何变化');
    expect(changes).toContain(`${STANDING_LABELS[project.standing!]}：`);
    // Where no project here carries it on, in the notice's own words.
    if (!project.mergedInto && !project.movedTo) expect(changes).toContain(project.exitNote!.replace(/\s+/g, ''));
  });
});
