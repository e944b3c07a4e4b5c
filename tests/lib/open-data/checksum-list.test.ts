import { describe, expect, it } from 'vitest';
import { checksumsBytes, checksumsText, parseChecksums, siteChecksumEntries } from '../../../src/lib/open-data/checksum-list.ts';

const hex = (c: string) => c.repeat(64);
const entries = [
  { path: 'projects.csv', sha256: hex('a'), perProject: false },
  { path: 'p-2017/SHA256SUMS', sha256: hex('b'), perProject: false },
  { path: 'p-2017/projects/就业.json', sha256: hex('c'), perProject: true },
  { path: 'p-2017/projects/就业.csv', sha256: hex('d'), perProject: true },
];

describe('the site’s checksum list', () => {
  it('counts its bytes as the text it writes, paths in UTF-8', () => {
    expect(checksumsBytes(entries)).toBe(new TextEncoder().encode(checksumsText(entries)).byteLength);
    expect(parseChecksums(checksumsText(entries)).get('p-2017/projects/就业.json')).toBe(hex('c'));
  });

  it('holds every file up to the limit, and past it every file but the per-project ones', () => {
    const bytes = checksumsBytes(entries);
    expect(siteChecksumEntries(entries, bytes)).toEqual({ scope: 'all', entries });
    const over = siteChecksumEntries(entries, bytes - 1);
    expect(over.scope).toBe('without-project-files');
    // The programme's own list, which holds the per-project files, stays in it.
    expect(over.entries.map((e) => e.path)).toEqual(['projects.csv', 'p-2017/SHA256SUMS']);
  });
});
