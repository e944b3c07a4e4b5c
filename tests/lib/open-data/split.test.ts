/**
 * Site-wide tables within the file limit (src/lib/open-data/split.ts), on the pure builders: a
 * programme's part past the limit is cut into numbered chunks, and the dictionary names what is
 * published. tests/build/split-files.test.ts checks the same in a built site.
 */
import { describe, expect, it } from 'vitest';
import { dictionarySections } from '../../../src/lib/open-data/dictionary-page.ts';
import { chunkRanges, dataFiles } from '../../../src/lib/open-data/files.ts';
import { testContext } from '../../support/open-data-context.ts';

describe('chunkRanges', () => {
  const sized = (sizes: number[]) => (from: number, to: number) => 10 + sizes.slice(from, to).reduce((a, b) => a + b, 0);

  it('keeps a part within the limit whole', () => {
    expect(chunkRanges(3, 100, sized([10, 10, 10]))).toEqual([[0, 3]]);
  });

  it('cuts a part past the limit into as few runs as keep each within it, in order', () => {
    expect(chunkRanges(4, 50, sized([20, 20, 20, 20]))).toEqual([
      [0, 2],
      [2, 4],
    ]);
    const ranges = chunkRanges(5, 50, sized([30, 5, 5, 30, 5]));
    expect(ranges.flatMap(([from, to]) => Array.from({ length: to - from }, (_, i) => from + i))).toEqual([0, 1, 2, 3, 4]);
    for (const [from, to] of ranges) expect(sized([30, 5, 5, 30, 5])(from, to)).toBeLessThanOrEqual(50);
  });

  it('leaves a record that alone passes the limit in a run of its own', () => {
    expect(chunkRanges(2, 50, sized([100, 10]))).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
});

describe('a site-wide table whose programme part passes the limit', () => {
  const LIMIT = 8 * 1024;
  const ctx = { ...testContext(), fileLimit: LIMIT };
  const files = dataFiles(ctx);
  const programme = ctx.content.programmes[0]!.id;
  const of = (kind: string) => files.filter((f) => f.kind.id === kind);

  it('is published as numbered chunks of complete files, each within the limit', () => {
    const json = of('projects-json');
    expect(json.length).toBeGreaterThan(1);
    expect(json.map((f) => f.path)).toEqual(json.map((_, i) => `projects/part-${programme}-${i + 1}.json`));
    expect(json.map((f) => f.part?.chunk)).toEqual(json.map((_, i) => ({ n: i + 1, of: json.length })));
    for (const f of json) expect(f.bytes.byteLength).toBeLessThanOrEqual(LIMIT);
    const decoded = json.map((f) => JSON.parse(new TextDecoder().decode(f.bytes)) as { records: { id: string }[] });
    const ids = decoded.flatMap((d) => d.records.map((r) => r.id));
    expect(ids.sort()).toEqual(
      ctx.content.projects
        .filter((p) => p.programme === programme)
        .map((p) => p.id)
        .sort(),
    );
  });

  it('cuts the two twins of a CSV table at the same rows', () => {
    const bom = of('projects-csv');
    const plain = of('projects-nobom-csv');
    expect(bom.length).toBeGreaterThan(1);
    expect(plain.map((f) => f.path)).toEqual(bom.map((f) => f.path.replace('.csv', '.nobom.csv')));
    const text = (f: { bytes: Uint8Array }) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(f.bytes);
    bom.forEach((f, i) => expect(text(f)).toBe(`\uFEFF${text(plain[i]!)}`));
  });

  it('splits programmes.json too, one part per programme, a record that alone passes the limit uncut', () => {
    expect(of('programmes-json').map((f) => [f.path, f.part])).toEqual([[`programmes/part-${programme}.json`, { programme, limit: LIMIT }]]);
    const doc = JSON.parse(new TextDecoder().decode(of('programmes-json')[0]!.bytes)) as { generatedFrom: { programme: string }[]; records: { id: string }[] };
    expect(doc.records.map((r) => r.id)).toEqual([programme]);
    expect(doc.generatedFrom.map((g) => g.programme)).toEqual([programme]);
    const { json } = dictionarySections(ctx, files);
    expect(json.find((s) => s.id === 'programmes-json')!.heading).toBe('programmes/part-<计划编号>.json');
  });

  it('is named in the dictionary by its parts’ pattern, not by the whole file', () => {
    const { csv, json } = dictionarySections(ctx, files);
    const projectsJson = json.find((s) => s.id === 'projects-json')!;
    expect(projectsJson.heading).toBe('projects/part-<计划编号>-<序号>.json');
    expect(projectsJson.navLabel).toBe(projectsJson.heading);
    expect(projectsJson.split).toContain('完整的 projects.json 超过 8.0 KB');
    const projectsCsv = csv.find((s) => s.id === 'projects-csv')!;
    expect(projectsCsv.heading).toMatch(/^projects\/part-<计划编号>-<序号>\.csv（/);
    expect(projectsCsv.caption).not.toContain('projects.csv');
    expect(projectsCsv.shared.find((s) => s.id === 'projects-nobom-csv')?.text).toContain('projects/part-<计划编号>-<序号>.nobom.csv');
    // A table within the limit keeps its own name.
    expect(csv.find((s) => s.id === 'standards-csv')!.heading).toMatch(/^standards\.csv（/);
    expect(csv.find((s) => s.id === 'standards-csv')!.split).toBeNull();
  });
});

describe('a CSV table at a limit between its two twins’ sizes', () => {
  const whole = testContext();
  const size = (path: string) => dataFiles(whole).find((f) => f.path === path)!.bytes.byteLength;

  it('splits both twins, at the size of the one with a byte order mark', () => {
    // The file without the mark is three bytes smaller: within this limit, were it measured alone.
    const limit = size('projects.csv') - 1;
    expect(size('projects.nobom.csv')).toBeLessThanOrEqual(limit);
    const paths = dataFiles({ ...whole, fileLimit: limit }).map((f) => f.path);
    expect(paths).not.toContain('projects.csv');
    expect(paths).not.toContain('projects.nobom.csv');
    const programme = whole.content.programmes[0]!.id;
    expect(paths).toContain(`projects/part-${programme}-1.csv`);
    expect(paths).toContain(`projects/part-${programme}-1.nobom.csv`);
  });
});
