/** The post-build step that unpacks the per-project data files from the build's bundle. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFilesStep } from '../../scripts/lib/post-build/project-files.ts';
import { encodeBundle, PROJECT_BUNDLE_FILE } from '../../src/lib/open-data/project-bundle.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

function stagedSite(files: { path: string; bytes: Uint8Array }[]): string {
  const outDir = mkdtempSync(join(tmpdir(), 'minsheng-project-files-'));
  mkdirSync(join(outDir, 'data'));
  writeFileSync(join(outDir, 'data', PROJECT_BUNDLE_FILE), encodeBundle(files));
  return outDir;
}

const run = (outDir: string) => projectFilesStep.run({ outDir });

describe('unpacking the per-project data files', () => {
  it('writes every file byte for byte, in its folder, and removes the bundle', async () => {
    // More files than are written at once, and bytes that are not valid UTF-8.
    const files = Array.from({ length: 40 }, (_, i) => ({ path: `p${i % 3}/projects/x${i}.csv`, bytes: utf8(`\ufeffid,name\r\nx${i},"低保, 五保"\r\n`) }));
    files.push({ path: 'p0/projects/raw.bin', bytes: new Uint8Array([0xff, 0x00, 0xfe, 0x0a]) });
    const outDir = stagedSite(files);
    await run(outDir);
    for (const f of files) expect(new Uint8Array(readFileSync(join(outDir, 'data', f.path)))).toEqual(f.bytes);
    expect(existsSync(join(outDir, 'data', PROJECT_BUNDLE_FILE))).toBe(false);
  });

  it('refuses a path that would leave data/', async () => {
    const outDir = stagedSite([{ path: '../index.html', bytes: utf8('<p>x</p>') }]);
    await expect(run(outDir)).rejects.toThrow(/unsafe path/);
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  it('fails when the build wrote no bundle', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'minsheng-project-files-'));
    await expect(run(outDir)).rejects.toThrow(/missing from the build/);
  });
});
