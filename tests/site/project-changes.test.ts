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
  const carriedOn = departed.filter((p) => p.mergedInto || p.movedTo);

  // 将基本公共卫生服务财政补助标准…提高到50元 and 将新型农村合作医疗、城镇居民基本医疗保险财政补助标准… name them.
  it.each(['basic-public-health-service', 'urban-resident-medical-insurance'])('%s points to the standard the notice states for it, under the project it joined', (id) => {
    const by = carriedOn.find((p) => p.id === id)!.mergedInto!;
    const html = section(id, 'standards');
    expect(html).not.toContain('未载明本项目的补助标准');
    expect(html).toContain('本项目本年不再单独实施，补助标准见');
    expect(html).toContain(`href="/${PROGRAMME}/projects/${by}/"`);
  });

  // Joined the same project as 基本公共卫生服务, or moved (免收书本费), but no standard's quote names them.
  it.each(['women-children-health', 'family-planning-special-support', 'free-textbooks-compulsory'])('%s still says the notice states none', (id) => {
    expect(carriedOn.map((p) => p.id)).toContain(id);
    const html = section(id, 'standards');
    expect(html).toContain('通知未载明本项目的补助标准。');
    expect(html).not.toContain('补助标准见');
  });

  it('says the notice states none where no project carries it on (城市老旧小区整治, withdrawn)', () => {
    expect(section('old-residential-renovation', 'standards')).toContain('通知未载明本项目的补助标准。');
  });
});
