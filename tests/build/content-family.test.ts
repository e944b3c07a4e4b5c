/**
 * A programme of another kind than Luyang's builds and is worded as its own source words it: a
 * county's 民生实事 list (a presidium's 公告) with no levels and no standings, thematic headings with
 * stated counts, editorial short titles, units and qualified targets (tests/support/family-fixture.ts).
 */
import { mkdtempSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, buildOrThrow, runBuild } from '../support/build-site.ts';
import { FAMILY_PROGRAMME, writeFamilyFixture } from '../support/family-fixture.ts';

/** The text a reader sees of a page (scripts and tags removed). */
const visibleText = (html: string) =>
  html
    .replace(/<script[^]*?<\/script>/g, '')
    .replace(/<style[^]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ');

/** Every HTML file under `dir`, relative paths. */
function htmlFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name), base) : e.name.endsWith('.html') ? [relative(base, join(dir, e.name))] : [],
  );
}

function fixtureTree(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'minsheng-family-')), 'content');
  writeFamilyFixture(dir);
  return dir;
}

describe('a 民生实事 list without levels or standings', { timeout: BUILD_TIMEOUT }, () => {
  const dist = buildOrThrow({ CONTENT_DIR: fixtureTree(), SITE_URL: 'https://example.gov.cn' });
  const page = (path: string) => readFileSync(join(dist, path), 'utf8');

  it('never words a page of the programme as another programme’s source does', () => {
    const pages = htmlFiles(join(dist, FAMILY_PROGRAMME));
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const text = visibleText(page(join(FAMILY_PROGRAMME, file)));
      for (const word of ['区级', '本区', '民生工程', '通知原文']) expect(text, `${file}: ${word}`).not.toContain(word);
    }
    expect(visibleText(page(`${FAMILY_PROGRAMME}/index.html`))).toContain('民生实事');
    expect(visibleText(page(`${FAMILY_PROGRAMME}/notice/index.html`))).toContain('公告原文');
  });

  it('lists the projects under their categories with the stated counts, and shows no level or standing', () => {
    const list = page(`${FAMILY_PROGRAMME}/projects/index.html`);
    expect(visibleText(list)).toMatch(/促进就业（2项）[^]*困难职工帮扶[^]*普惠性幼儿园[^]*社会保障（2项）[^]*农村低保标准/);
    expect(list).not.toContain('data-level=');
    expect(list).not.toContain('data-standing=');
    expect(list).not.toMatch(/projects\/(level|standing)\//);
    expect(existsSync(join(dist, FAMILY_PROGRAMME, 'projects/level'))).toBe(false);
    expect(existsSync(join(dist, FAMILY_PROGRAMME, 'charts/levels.svg'))).toBe(false);
    expect(existsSync(join(dist, FAMILY_PROGRAMME, 'charts/funnel.svg'))).toBe(false);
  });

  it('marks an editorial title, names the units with their roles and writes targets as the source does', () => {
    const worker = visibleText(page(`${FAMILY_PROGRAMME}/projects/worker-assistance/index.html`));
    expect(worker).toContain('本站拟定标题');
    expect(worker).toMatch(/牵头单位\s*县总工会、县民政局/);
    expect(worker).toContain('开展困难职工帮扶不少于286人次');
    // A project without a standing says nothing of one: no 实施, no 通知未载明本项目本年有任何变化.
    expect(worker).not.toContain('本年有任何变化');
    expect(worker).not.toMatch(/本年情况/);
    const kindergartens = visibleText(page(`${FAMILY_PROGRAMME}/projects/kindergartens/index.html`));
    expect(kindergartens).toMatch(/配合单位\s*县财政局/);
    expect(kindergartens).toContain('新增普惠性幼儿园45所以上');
    expect(visibleText(page(`${FAMILY_PROGRAMME}/projects/rural-minimum-living/index.html`))).toContain('农村低保标准年均增幅不低于4.5%');
    expect(visibleText(page(`${FAMILY_PROGRAMME}/projects/extreme-poverty-standard/index.html`))).toContain('特困人员基本生活标准不低于当地最低生活保障标准的1.3倍');
  });

  it('publishes category, name origin, units and target qualifiers in the data files', () => {
    const projects = page('data/projects.nobom.csv');
    expect(projects.split('\n')[0]).toContain('category,category_name,name_origin,lead_units,co_operating_units');
    expect(projects).toMatch(/worker-assistance,困难职工帮扶,,,,,[^\n]*,employment,促进就业,editorial,县总工会;县民政局,/);
    const targets = page('data/targets.nobom.csv');
    expect(targets).toContain(',count,at-least,不少于,,');
    expect(targets).toContain(',multiple,at-least,不少于,,当地最低生活保障标准');
    const json = JSON.parse(page(`data/${FAMILY_PROGRAMME}/projects/kindergartens.json`)) as { record: Record<string, unknown> };
    expect(json.record).toMatchObject({ nameOrigin: 'editorial', level: null, levelLabel: null, standing: null, standingLabel: null, categoryName: '促进就业' });
  });
});

describe('a consultation draft whose totals disagree', { timeout: BUILD_TIMEOUT }, () => {
  const dir = fixtureTree();
  const file = join(dir, 'programmes', FAMILY_PROGRAMME, 'programme.yaml');
  const programme = parse(readFileSync(file, 'utf8'));
  // The source states 5 where 4 are entered: a stated total is the source's figure (checks/figures.ts), so the source says 5.
  const source = join(dir, 'sources', `${FAMILY_PROGRAMME}-announcement.mdx`);
  writeFileSync(source, readFileSync(source, 'utf8').replace('民生实事项目为4项', '民生实事项目为5项'));
  const five = {
    ...programme.statedTotals,
    all: 5,
    allCitations: programme.statedTotals.allCitations.map((c: { quote: string }) => ({ ...c, quote: c.quote.replace('为4项', '为5项') })),
  };
  writeFileSync(file, stringify({ ...programme, status: 'consultation', statedTotals: five }));
  const build = runBuild({ CONTENT_DIR: dir });

  it('builds, reports entered N of M as a warning, and says 征求意见稿 on every page of the programme', () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(build.stdout + build.stderr).toContain('已录入 4 项，来源载明 5 项');
    for (const f of htmlFiles(join(build.outDir, FAMILY_PROGRAMME))) {
      expect(readFileSync(join(build.outDir, FAMILY_PROGRAMME, f), 'utf8'), f).toContain('data-programme-status="consultation"');
    }
  });

  it('still refuses the same disagreement once published', () => {
    writeFileSync(file, stringify({ ...programme, statedTotals: five }));
    const refused = runBuild({ CONTENT_DIR: dir });
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('公告载明 5 项，逐项录入 4 项');
  });
});
