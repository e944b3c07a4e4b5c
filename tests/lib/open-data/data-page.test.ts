/**
 * The data page within its budget however many programmes the site has (src/lib/open-data/data-page.ts):
 * a site-wide table split by programme (split.ts) is one row of the page, its parts' pattern, and
 * each part with its checksum is on its programme's data page. Listing every part made the page
 * grow by about 215 B gzip per programme (66.0 KB at 250 programmes, past its 60 KB budget). Checked
 * on the derivation, for 2 and 60 tiny synthetic programmes with a limit that splits every table.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeSyntheticProgramme, writeSyntheticSite } from '../../../scripts/lib/synthetic-content.ts';
import { readContent } from '../../../src/io/read-content.ts';
import { validateContent } from '../../../src/lib/content/validate.ts';
import { contextT } from '../../../src/lib/open-data/context.ts';
import { dataPageFiles, dataPageSections, programmeFiles, programmeParts } from '../../../src/lib/open-data/data-page.ts';
import { dataFiles, type DescribedDataFile } from '../../../src/lib/open-data/files.ts';
import { datasetJsonLd } from '../../../src/lib/open-data/jsonld-dataset.ts';
import { testContext } from '../../support/open-data-context.ts';

/** Below every file, so that every splittable table is split (and its parts cut into chunks) however small the site. */
const LIMIT = 1;
/** The data page's budget (budgets.config.json, site pages) and the benchmark's programmes. */
const BUDGET = 60_000;
const BENCH_PROGRAMMES = 250;
/** What the page weighs without its per-programme lines, at most: the Luyang data page is 6.8 KB gzip with its CSS. */
const FIXED_ALLOWANCE = 15_000;

function site(programmes: number) {
  const dir = mkdtempSync(join(tmpdir(), 'minsheng-data-page-'));
  writeSyntheticSite(dir);
  for (let k = 1; k <= programmes; k++) {
    const tag = String(k).padStart(2, '0');
    writeSyntheticProgramme(dir, { id: `tiny-d${tag}-2030`, year: 2030, district: `测试${tag}区`, perLevel: [1, 1, 1] });
  }
  const { content, problems } = validateContent(readContent(dir));
  if (problems.length) throw new Error(`synthetic content invalid: ${problems.map((p) => JSON.stringify(p)).join('\n')}`);
  const ctx = { ...testContext(content), fileLimit: LIMIT };
  const files: DescribedDataFile[] = dataFiles(ctx).map((f) => ({ ...f, size: f.bytes.byteLength, sha256: 'f'.repeat(64) }));
  const t = contextT(ctx);
  const page = { sections: dataPageSections(files, t), checksums: dataPageFiles(files, t), programmes: programmeFiles(ctx, files), jsonLd: datasetJsonLd(ctx, files) };
  return { ctx, files, page, gzip: gzipSync(JSON.stringify(page)).byteLength };
}

describe('the data page of a site whose tables are split by programme', () => {
  const small = site(2);
  const large = site(60);

  it('lists each split table once, by its parts’ pattern, whatever the number of programmes', () => {
    const rows = (s: typeof small) => s.page.sections.flatMap((section) => section.files.map((f) => [f.path, f.split !== undefined]));
    expect(rows(large)).toEqual(rows(small));
    const projects = large.page.sections.flatMap((s) => s.files).find((f) => /^projects\/part-.*\.json$/.test(f.path))!;
    expect(projects.path).toBe('projects/part-<计划编号>-<序号>.json');
    expect(projects.split!.files).toBeGreaterThanOrEqual(60);
    expect(projects.description).toContain('按清单拆分为多个文件发布');
    // Every splittable table passed the limit: no row names a part of one programme.
    for (const f of large.page.sections.flatMap((s) => s.files)) expect(f.path, f.path).not.toMatch(/part-tiny-/);
  });

  it('lists the checksums of whole files only, and its Dataset no part, whatever the number of programmes', () => {
    expect(large.page.checksums.map((f) => f.path)).toEqual(small.page.checksums.map((f) => f.path));
    for (const f of large.page.checksums) expect(f.path).not.toContain('/part-');
    const distributions = (s: typeof small) => (s.page.jsonLd.distribution as unknown[]).length;
    expect(distributions(large)).toBe(distributions(small));
  });

  it('leaves each part, with its checksum, to its programme’s data page', () => {
    const parts = large.files.filter((f) => f.part);
    expect(parts.length).toBeGreaterThan(0);
    const listed = large.ctx.content.programmes.flatMap((p) => programmeParts(large.files, p.id).map((f) => [f.path, f.sha256]));
    expect(listed.sort()).toEqual(parts.map((f) => [f.path, f.sha256]).sort());
    const one = programmeParts(large.files, 'tiny-d07-2030');
    expect(one.length).toBeGreaterThan(0);
    for (const f of one) expect(f.path).toMatch(/\/part-tiny-d07-2030(-\d+)?\./);
  });

  it('grows by less per programme than 250 programmes can afford within the budget', () => {
    // What the page derives grows by one programme's line of the per-programme list only.
    expect(large.page.programmes).toHaveLength(60);
    const perProgramme = (large.gzip - small.gzip) / 58;
    expect(perProgramme * BENCH_PROGRAMMES).toBeLessThan(BUDGET - FIXED_ALLOWANCE);
  });
});
