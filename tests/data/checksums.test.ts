/**
 * data/SHA256SUMS, each programme's data/<programme>/SHA256SUMS and the checksums the data pages
 * show, against the files' actual bytes.
 */
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
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[0-9a-f]{64} {2}[A-Za-z0-9./-]+$/);
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

  it('list the site-wide files on the data page, and each programme’s checksum list on its data page', () => {
    const main = listedChecksums(readFileSync(join(dataDir, 'index.html'), 'utf8'));
    const programme = listedChecksums(readFileSync(join(dataDir, 'luyang-2017', 'index.html'), 'utf8'));
    expect([...main.keys()]).toEqual(expect.arrayContaining(['projects.csv', 'datapackage.json']));
    expect([...main.keys()].filter((p) => p.includes('/projects/'))).toEqual([]);
    // The per-project checksums are in the list, not on the page (they do not compress).
    expect([...programme.keys()]).toEqual(['luyang-2017/SHA256SUMS']);
  });
});

describe('a programme’s SHA256SUMS', () => {
  const text = readFileSync(join(dataDir, 'luyang-2017', 'SHA256SUMS'), 'utf8');
  const rows = text.split('\n');

  it('lists each of its per-project files once with its actual hash, by path relative to its folder, sorted', () => {
    expect(rows.at(-1)).toBe('');
    for (const line of rows.slice(0, -1)) expect(line).toMatch(/^[0-9a-f]{64} {2}projects\/[a-z0-9-]+(\.nobom)?\.(json|csv)$/);
    const paths = rows.slice(0, -1).map((l) => l.slice(66));
    expect(paths).toEqual([...paths].sort());
    expect(paths).toHaveLength(3 * 47);
    expect(paths.map((p) => `luyang-2017/${p}`)).toEqual(listDataFiles(dataDir).filter((f) => f.startsWith('luyang-2017/projects/')));
    for (const line of rows.slice(0, -1)) expect(line.slice(0, 64), line).toBe(sha256(`luyang-2017/${line.slice(66)}`));
  });
});
