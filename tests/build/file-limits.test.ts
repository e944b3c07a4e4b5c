/** The CDN limits check (scripts/lib/post-build/file-limits.ts), with its limits lowered so that small files cross them. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CDN_LIMITS, limitWarnings, overLimits } from '../../scripts/lib/post-build/file-limits.ts';
import { POST_BUILD_STAGES } from '../../scripts/lib/post-build/index.ts';

describe('files and folders over CDN limits', () => {
  it('names each file and folder over the limits, and what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minsheng-limits-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data/projects.json'), 'x'.repeat(2048));
    writeFileSync(join(dir, 'data/small.json'), 'x');
    mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
    for (let i = 0; i < 4; i++) writeFileSync(join(dir, `pagefind/fragment/${i}.pf_fragment`), '');
    const limits = { fileBytes: 1024, filesPerFolder: 3 };
    const problems = overLimits(dir, limits);
    expect(problems).toEqual([
      { kind: 'file', path: 'data/projects.json', amount: 2048 },
      { kind: 'folder', path: 'pagefind/fragment', amount: 4 },
    ]);
    const warnings = limitWarnings(problems, limits);
    expect(warnings[0]).toMatch(/data\/projects\.json is 0\.0 MiB, over the 0\.0 MiB per-file limit[^]*scripts\/shards/);
    expect(warnings[1]).toMatch(/pagefind\/fragment holds 4 files, over the 3 files per folder/);
  });

  it('runs after every other step, and finds nothing in the test site at the real limits', () => {
    expect(POST_BUILD_STAGES.at(-1)?.map((s) => s.name)).toEqual(['file-limits']);
    expect(overLimits(inject('distRoot'), CDN_LIMITS)).toEqual([]);
  });
});
