/** data/SHA256SUMS and the checksums the data page shows, against the files' actual bytes. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listDataFiles, listedChecksums, listedOnDataPages } from '../../scripts/lib/post-build/checksums.ts';

const dist = inject('distRoot');
const dataDir = join(dist, 'data');
const sha256 = (path: string) =>
  createHash('sha256')
    .update(readFileSync(join(dataDir, path)))
    .digest('hex');
const lines = readFileSync(join(dataDir, 'SHA256SUMS'), 'utf8').split('\n');

describe('SHA256SUMS', () => {
  it('is in sha256sum format, ends with a newline and is sorted', () => {
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[0-9a-f]{64} {2}[a-z0-9./-]+$/);
    const paths = lines.slice(0, -1).map((l) => l.slice(66));
    expect(paths).toEqual([...paths].sort());
  });

  it('lists every data file under data/ with its actual hash', () => {
    const listed = new Map(lines.slice(0, -1).map((l) => [l.slice(66), l.slice(0, 64)]));
    const files = listDataFiles(dataDir);
    expect(files).toEqual(
      expect.arrayContaining(['projects.csv', 'projects.json', 'datapackage.json', 'catalog.jsonld', 'schema/projects.schema.json', 'luyang-2017/projects/legal-aid.csv']),
    );
    expect([...listed.keys()]).toEqual(files);
    for (const f of files) expect(listed.get(f), f).toBe(sha256(f));
  });
});

describe('the data pages', () => {
  it('show, between them, the same checksum for every data file', () => {
    const shown = listedOnDataPages(dataDir);
    const files = listDataFiles(dataDir);
    expect([...shown.keys()].sort()).toEqual(files);
    for (const f of files) expect(shown.get(f), f).toBe(sha256(f));
  });

  it('list the site-wide files on the data page and each project’s files on its programme’s data page', () => {
    const main = listedChecksums(readFileSync(join(dataDir, 'index.html'), 'utf8'));
    const programme = listedChecksums(readFileSync(join(dataDir, 'luyang-2017', 'index.html'), 'utf8'));
    expect([...main.keys()]).toEqual(expect.arrayContaining(['projects.csv', 'datapackage.json']));
    expect([...main.keys()].filter((p) => p.includes('/projects/'))).toEqual([]);
    expect([...programme.keys()].every((p) => p.startsWith('luyang-2017/projects/'))).toBe(true);
    expect(programme.size).toBe(3 * 47);
  });
});
