import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { findBrokenLinks } from '../support/links.ts';

describe('internal links', () => {
  it('all resolve in the root build, anchors included', () => {
    expect(findBrokenLinks(inject('distRoot'), '/')).toEqual([]);
  });

  it('all resolve in the BASE_PATH=/minsheng/ build and stay under the base', () => {
    expect(findBrokenLinks(inject('distSubpath'), '/minsheng/')).toEqual([]);
  });

  it('the checker itself reports a missing file, a missing anchor and a link outside the base', () => {
    const dir = mkdtempSync(join(tmpdir(), 'links-'));
    writeFileSync(join(dir, 'index.html'), '<a href="/b/missing/">x</a><a href="/b/#nope">y</a><a href="/elsewhere/">z</a><p id="here"><a href="#here">ok</a></p>');
    expect(findBrokenLinks(dir, '/b/')).toEqual([' -> /b/missing/ (no file)', ' -> /b/#nope (no such anchor)', ' -> /elsewhere/ (outside base /b/)']);
  });
});
