/** scripts/lib/files.ts: the walk the build steps share, and the hard-linked trees of the search bundles' cache. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesUnder, linkTree } from '../../scripts/lib/files.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A small bundle-like tree in a new temporary folder. */
function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'minsheng-files-'));
  made.push(dir);
  mkdirSync(join(dir, 'fragment'));
  mkdirSync(join(dir, 'd01', 'index'), { recursive: true });
  writeFileSync(join(dir, 'pagefind.js'), 'js');
  writeFileSync(join(dir, 'fragment', 'a.pf_fragment'), 'a');
  writeFileSync(join(dir, 'd01', 'index', 'b.pf_index'), 'b');
  return dir;
}

// A RAM disk is another file system than the temporary folder on most Linux machines (CI's too):
// there a link is refused (EXDEV) and the copy is what remains.
const RAM_DISK = '/dev/shm';
const otherDisk = existsSync(RAM_DISK) && statSync(RAM_DISK).dev !== statSync(tmpdir()).dev;

describe('linkTree', () => {
  it('puts the same files at the target as links to them, leaving out what the filter refuses', () => {
    const source = tree();
    const target = join(source, '..', `${source.split('/').pop()}-linked`);
    made.push(target);
    linkTree(source, target, (path) => path !== 'd01');
    expect(filesUnder(target)).toEqual(['fragment/a.pf_fragment', 'pagefind.js']);
    expect(readFileSync(join(target, 'fragment', 'a.pf_fragment'), 'utf8')).toBe('a');
    // One file, two names: no byte was copied.
    expect(statSync(join(target, 'pagefind.js')).ino).toBe(statSync(join(source, 'pagefind.js')).ino);
    expect(statSync(join(target, 'pagefind.js')).nlink).toBe(2);
    // Removing the source (the cache replacing a bundle) leaves the target whole.
    rmSync(source, { recursive: true });
    expect(readFileSync(join(target, 'pagefind.js'), 'utf8')).toBe('js');
  });

  it.skipIf(!otherDisk)('copies where the file system refuses a link (another disk)', () => {
    const source = tree();
    const target = join(mkdtempSync(join(RAM_DISK, 'minsheng-files-')), 'copy');
    made.push(join(target, '..'));
    linkTree(source, target);
    expect(filesUnder(target)).toEqual(filesUnder(source));
    expect(readFileSync(join(target, 'd01', 'index', 'b.pf_index'), 'utf8')).toBe('b');
    expect(statSync(join(target, 'pagefind.js')).nlink).toBe(1);
  });
});
