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

const standardsDir = join(exampleDir(LUYANG_EXAMPLE), 'programmes', PROGRAMME, 'standards');
/** The projects the example's standards are attached to. */
const withStandards = new Set(readdirSync(standardsDir).map((file) => (parse(readFileSync(join(standardsDir, file), 'utf8')) as { project: string }).project));

/** The HTML of a built project page's section headed `<h2 id="…">`, up to the next heading. */
function section(id: string, heading: string): string {
  const html = readFileSync(join(inject('distRoot'), PROGRAMME, 'projects', id, 'index.html'), 'utf8');
  const start = html.indexOf(`<h2 id="${heading}"`);
  expect(start, id).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('<h2', start + 1));
}

/** The text of a built project page's 本年变化 section, tags removed. */
function changesSection(id: string): string {
  return section(id, 'changes')
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

describe('the standards section of a project carried on by another', () => {
  const carried = departed.map((p) => [p.id, p.mergedInto ?? p.movedTo?.project ?? null] as const).filter(([, by]) => by !== null && withStandards.has(by));

  it('is among the example’s pages: merged away (基本公共卫生服务) and moved (免收书本费)', () => {
    expect(carried.map(([id]) => id)).toEqual(expect.arrayContaining(['basic-public-health-service', 'free-textbooks-compulsory']));
  });

  // The notice states 基本公共卫生服务's standard under the project it joined: not "未载明".
  it.each(carried)('%s points to the standards of %s', (id, by) => {
    const html = section(id, 'standards');
    expect(html).not.toContain('未载明本项目的补助标准');
    expect(html).toContain('本项目本年不再单独实施，补助标准见');
    expect(html).toContain(`href="/${PROGRAMME}/projects/${by}/"`);
  });

  it('still says 未载明 where no project carries it on (城市老旧小区整治, withdrawn)', () => {
    expect(section('old-residential-renovation', 'standards')).toContain('通知未载明本项目的补助标准。');
  });
});
