/** What the Pagefind post-build step writes, what it leaves out, and that it fails loudly. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { childrenNamed } from '../../scripts/lib/child-exit.ts';
import { PAGEFIND_COMMAND, pagefindStep } from '../../scripts/lib/post-build/pagefind.ts';
import { POST_BUILD_STAGES } from '../../scripts/lib/post-build/index.ts';

const dist = inject('distRoot');

describe('the search index in the build', () => {
  it('is a registered post-build step, in a stage before the checksums, beside the data files', () => {
    const stageOf = (name: string) => POST_BUILD_STAGES.findIndex((stage) => stage.some((s) => s.name === name));
    expect(stageOf('pagefind')).toBeGreaterThanOrEqual(0);
    expect(stageOf('pagefind')).toBeLessThan(stageOf('checksums'));
    expect(stageOf('project-files')).toBeLessThan(stageOf('checksums'));
  });

  it('ships the search API and index but none of Pagefind’s ready-made UIs or its worker', () => {
    const files = readdirSync(join(dist, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files).toContain('pagefind-entry.json');
    expect(files.some((f) => f.startsWith('wasm.'))).toBe(true);
    expect(files.filter((f) => /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\./.test(f))).toEqual([]);
    expect(readdirSync(join(dist, 'pagefind/index')).length).toBeGreaterThan(0);
  });

  it('fails when no page can be indexed', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'minsheng-pagefind-'));
    mkdirSync(join(outDir, 'about'));
    writeFileSync(join(outDir, 'about/index.html'), '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><main>未标记可索引正文的页面</main></body></html>');
    await expect(pagefindStep.run({ outDir })).rejects.toThrow(/indexed no page/);
    expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(false);
  });

  // close() only signals Pagefind's binary; a build that ended with it still running would hide its
  // CPU time from GNU time and the benchmark.
  it.runIf(process.platform === 'linux')('leaves no Pagefind process behind', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'minsheng-pagefind-'));
    mkdirSync(join(outDir, 'about'));
    writeFileSync(
      join(outDir, 'about/index.html'),
      '<!doctype html><html lang="zh-CN"><head><title>关于</title></head><body><main data-pagefind-body><h1>关于本站</h1></main></body></html>',
    );
    await pagefindStep.run({ outDir });
    expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
    expect(childrenNamed(PAGEFIND_COMMAND)).toEqual([]);
  });
});
