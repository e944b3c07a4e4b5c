import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { findBrokenLinks } from '../support/links.ts';
import { listPages } from '../support/pages.ts';

// One test per page and build, so the time allowed grows with the number of pages.
describe.each([
  ['the root build, anchors included', 'distRoot', '/'],
  ['the BASE_PATH=/minsheng/ build, and stay under the base', 'distSubpath', '/minsheng/'],
] as const)('internal links resolve in %s', (_name, key, base) => {
  const dist = inject(key);
  it.each(listPages(dist).map((page) => [page || '/', page]))('%s', (_label, page) => {
    expect(findBrokenLinks(dist, base, undefined, [page])).toEqual([]);
  });
});

describe('internal links', () => {
  it('the checker itself reports a missing file, a missing anchor and a link outside the base', () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    writeFileSync(join(dir, 'index.html'), '<a href="/b/missing/">x</a><a href="/b/#nope">y</a><a href="/elsewhere/">z</a><p id="here"><a href="#here">ok</a></p>');
    expect(findBrokenLinks(dir, '/b/')).toEqual([' -> /b/missing/ (no file)', ' -> /b/#nope (no such anchor)', ' -> /elsewhere/ (outside base /b/)']);
  });
});
