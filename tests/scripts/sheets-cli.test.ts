/** `npm run export:xlsx` and `npm run import:xlsx` as an editor runs them, on a copy of the content ($CONTENT_DIR). */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';

function run(script: 'export-xlsx' | 'import-xlsx', args: string[], contentDir: string) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', `${script}.ts`), ...args], { env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('the spreadsheet commands', () => {
  it('export a programme of $CONTENT_DIR and import it back unchanged', () => {
    const content = copyLuyangExample();
    const out = join(mkdtempSync(join(tmpdir(), 'minsheng-xlsx-')), 'luyang.xlsx');
    const exported = run('export-xlsx', ['--programme', 'luyang-2017', '--out', out], content);
    expect(exported).toMatchObject({ status: 0 });
    expect(exported.output).toContain('exported 67 record(s) on 6 sheet(s)');
    expect(existsSync(out)).toBe(true);
    const imported = run('import-xlsx', ['--programme', 'luyang-2017', '--in', out], content);
    expect(imported).toEqual({ status: 0, output: '已导入 / imported: 0 file(s) written, 67 unchanged\n' });
  });

  it('say what is wrong with the arguments, before reading anything', async () => {
    const content = copyLuyangExample();
    expect(run('export-xlsx', [], content)).toMatchObject({ status: 2, output: expect.stringContaining('--programme <计划编号>') });
    expect(run('export-xlsx', ['--programme', 'nope'], content)).toMatchObject({ status: 2, output: expect.stringContaining('中没有计划 nope') });
    expect(run('import-xlsx', ['--programme', 'luyang-2017', '--in', join(content, 'missing.xlsx')], content)).toMatchObject({
      status: 2,
      output: expect.stringContaining('找不到文件'),
    });
    const notWorkbook = join(mkdtempSync(join(tmpdir(), 'minsheng-xlsx-')), 'old.xlsx');
    writeFileSync(notWorkbook, 'not a zip');
    expect(run('import-xlsx', ['--programme', 'luyang-2017', '--in', notWorkbook], content)).toMatchObject({ status: 2, output: expect.stringContaining('不是 .xlsx 工作簿') });
    // A zip whose parts the importer cannot read (as another program's .xlsx may be): not called "not an .xlsx".
    const unreadable = join(mkdtempSync(join(tmpdir(), 'minsheng-xlsx-')), 'other-program.xlsx');
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types');
    zip.file('xl/workbook.xml', '<workbook');
    writeFileSync(unreadable, await zip.generateAsync({ type: 'uint8array' }));
    const refused = run('import-xlsx', ['--programme', 'luyang-2017', '--in', unreadable], content);
    expect(refused.status).toBe(2);
    expect(refused.output).toContain('是 .xlsx 工作簿，但无法读取');
    expect(refused.output).toContain('另存为');
    expect(refused.output).not.toContain('不是 .xlsx 工作簿');
  });
});
