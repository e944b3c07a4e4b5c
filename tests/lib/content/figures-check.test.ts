/**
 * `npm run check` and `npm run build` refuse a figure that its quote does not state (issue 15): the
 * page would show the quote saying 800 right above 900. Each change is made to a copy of the content.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, ROOT, runBuild } from '../../support/build-site.ts';
import { copyLuyangExample } from '../../support/content-copy.ts';

const P = 'programmes/luyang-2017';

/** A change to one file of the content, and the line `npm run check` must print for it. */
interface Change {
  name: string;
  file: string;
  from: string;
  to: string;
  expected: RegExp;
}

const CHANGES: readonly Change[] = [
  {
    name: 'the graduate internship standard’s 800 made 900',
    file: `${P}/standards/graduate-internship-subsidy.yaml`,
    from: 'current: { value: 800,',
    to: 'current: { value: 900,',
    expected:
      /programmes\/luyang-2017\/standards\/graduate-internship-subsidy\.yaml:\d+:\d+ \[graduate-internship-subsidy\] current\.value: 新标准金额 900 不在所引原文中：“根据国家统一部署，将高校毕业生就业见习省级财政补助标准由2016年每人每月600元提高到800元。”/,
  },
  {
    name: 'its 每月 made 每年',
    file: `${P}/standards/graduate-internship-subsidy.yaml`,
    from: 'period: month',
    to: 'period: year',
    expected: /graduate-internship-subsidy\.yaml:\d+:\d+ \[graduate-internship-subsidy\] period: 计发周期为 year，但所引原文中没有“每年”/,
  },
  {
    name: 'a target’s quantity',
    file: `${P}/projects/fitness-facilities.yaml`,
    from: 'quantity: 11',
    to: 'quantity: 12',
    expected:
      /projects\/fitness-facilities\.yaml:\d+:\d+ \[fitness-facilities\] targets\.0\.quantity: 目标数量 12 不在所引原文中：“2017年建成11个全民健身苑。”，原文中的数字为 2017、11/,
  },
  {
    name: 'a stated sub-total',
    file: `${P}/programme.yaml`,
    from: 'breakdown: { new: 3, raised: 5,',
    to: 'breakdown: { new: 5, raised: 3,',
    expected:
      /programme\.yaml:\d+:\d+ \[luyang-2017\] statedTotals\.provincial\.breakdown\.new: 该级分项项目数 5（后接“项”或“个”或“件”）不在所引原文中写有“新增”之处：“新增实施3项”，原文中的数字为 3/,
  },
];

function changedContent(changes: readonly Change[]): string {
  const dir = copyLuyangExample();
  for (const c of changes) {
    const text = readFileSync(join(dir, c.file), 'utf8');
    if (!text.includes(c.from)) throw new Error(`${c.file} has no ${c.from}`);
    writeFileSync(join(dir, c.file), text.replace(c.from, c.to));
  }
  return dir;
}

function check(contentDir: string) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts')], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('npm run check', () => {
  it('passes the unchanged content', () => {
    const r = check(copyLuyangExample());
    expect(r.output).toContain('内容校验通过');
    expect(r.status).toBe(0);
  });

  it.each(CHANGES)('refuses $name, naming file, entry, field and the quote', (change) => {
    const r = check(changedContent([change]));
    expect(r.status).toBe(3);
    expect(r.output).toMatch(change.expected);
  });
});

describe('npm run build', { timeout: BUILD_TIMEOUT }, () => {
  it('stops on figures that their quotes do not state, each on one line, and publishes nothing', () => {
    const contentDir = changedContent(CHANGES);
    const r = runBuild({ CONTENT_DIR: contentDir }, join(contentDir, '..', 'dist'));
    const output = r.stdout + r.stderr;
    expect(r.status).not.toBe(0);
    for (const c of CHANGES) expect(output).toMatch(c.expected);
    expect(existsSync(join(r.outDir, 'index.html'))).toBe(false);
  });
});
