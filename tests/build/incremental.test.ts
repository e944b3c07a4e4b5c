/**
 * Incremental builds (Astro's `experimental.incrementalBuild` with the page keys of
 * src/lib/site/page-keys.ts, the site cache of scripts/lib/build-folders.ts, Pagefind bundles
 * reused by the digest of their inputs): after a one-project correction, the rebuild must write
 * exactly what a fresh build of the corrected content writes, every file byte for byte, while
 * rendering only the pages that show the corrected project. Settings that change every page (the
 * base path) must give a full build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_INVALID_EXIT_CODE } from '../../scripts/lib/exit-codes.ts';
import { filesUnder } from '../../scripts/lib/files.ts';
import { writeSyntheticProgramme } from '../../scripts/lib/synthetic-content.ts';
import { BUILD_TIMEOUT, ROOT } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';

/** Pages Astro wrote in a build, from its log (ASTRO_LOG_LEVEL=info): rendered, and copied from the cache. */
function generated(log: string): { rendered: string[]; restored: string[] } {
  const rendered: string[] = [];
  const restored: string[] = [];
  // Each page is logged as `├─ <file>` followed by (restored) or (cached), or later by its render
  // time; with pages in flight side by side, another line's clock (12:34:56) may follow the file.
  // CI's terminal may ask for colour (FORCE_COLOR), which wraps each path in escape codes.
  for (const match of stripVTControlCharacters(log).matchAll(/├─ (\/\S+?)(?=\d\d:\d\d:\d\d|\s|$)( \((?:restored|cached)\))?/g)) (match[2] ? restored : rendered).push(match[1]!);
  return { rendered, restored };
}

/** A build of `contentDir` into `outDir` with Astro's page log (ASTRO_LOG_LEVEL=info); its stdout. */
function build(contentDir: string, outDir: string, env: Record<string, string> = {}, args: string[] = []): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_LOG_LEVEL: 'info', ...env },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
  });
  if (r.status !== 0) throw new Error(`build failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const newOutDir = () => join(mkdtempSync(join(tmpdir(), 'minsheng-incremental-')), 'dist');

/**
 * Renames the first project (in file order) of the content's first programme whose name occurs in
 * exactly one project file: in its file and in the notice that quotes it (so the content stays
 * valid). Returns the project's programme, id and new name.
 */
function renameOneProject(contentDir: string): { programme: string; id: string; name: string } {
  for (const programme of readdirSync(join(contentDir, 'programmes')).sort()) {
    const dir = join(contentDir, 'programmes', programme, 'projects');
    const files = readdirSync(dir).sort();
    const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
    const noticeFile = join(contentDir, 'sources', `${programme}-notice.mdx`);
    const notice = readFileSync(noticeFile, 'utf8');
    for (const [i, file] of files.entries()) {
      const name = /^name: (\S+)$/m.exec(texts[i]!)?.[1];
      if (!name || name.length < 4 || texts.filter((t) => t.includes(name)).length !== 1 || !notice.includes(name)) continue;
      // The first two characters swapped: a correction of the same length, as a typo's fix would be.
      const renamed = `${name[1]}${name[0]}${name.slice(2)}`;
      if (name[0] === name[1] || notice.includes(renamed)) continue;
      writeFileSync(join(dir, file), texts[i]!.replaceAll(name, renamed));
      writeFileSync(noticeFile, notice.replaceAll(name, renamed));
      return { programme, id: file.replace(/\.yaml$/, ''), name: renamed };
    }
  }
  throw new Error(`no project to rename in ${contentDir}`);
}

/** Every file below `dir` that differs from `other`'s, or is in one only. */
function differences(dir: string, other: string): string[] {
  const a = filesUnder(dir);
  const b = filesUnder(other);
  const inB = new Set(b);
  const inA = new Set(a);
  return [
    ...a.filter((f) => !inB.has(f)).map((f) => `${f}: only in the incremental build`),
    ...b.filter((f) => !inA.has(f)).map((f) => `${f}: only in the fresh build`),
    ...a.filter((f) => inB.has(f) && !readFileSync(join(dir, f)).equals(readFileSync(join(other, f)))).map((f) => `${f}: differs`),
  ];
}

describe('incremental build after a one-project correction', () => {
  const contentDir = copyLuyangExample();
  // A second programme, newer, so that the site has two search bundles (the primary one with the
  // newest programme, and Luyang's) and the correction of a Luyang project re-indexes one and
  // reuses the other: both ways of the bundles' cache (scripts/lib/files.ts linkTree) are taken.
  writeSyntheticProgramme(contentDir, { id: 'synthetic-2030', year: 2030, perLevel: [2, 1, 1] });
  const incremental = newOutDir();
  const fresh = newOutDir();
  let renamed: { programme: string; id: string; name: string };
  let first: ReturnType<typeof generated>;
  let rebuilt: ReturnType<typeof generated>;
  let rebuiltLog = '';

  let refusedStatus: number | null = null;

  beforeAll(() => {
    first = generated(build(contentDir, incremental));
    // An editor's mistake first: content the check refuses, then put right. The refused build
    // must give the site's cache back, so that the corrected content's build below is incremental.
    const site = join(contentDir, 'site.yaml');
    const siteText = readFileSync(site, 'utf8');
    writeFileSync(site, `${siteText}\nname: [unclosed\n`);
    refusedStatus = spawnSync(process.execPath, [join(ROOT, 'scripts/build.ts')], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: incremental },
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT,
    }).status;
    writeFileSync(site, siteText);
    renamed = renameOneProject(contentDir);
    rebuiltLog = build(contentDir, incremental);
    rebuilt = generated(rebuiltLog);
    build(contentDir, fresh);
  }, 4 * BUILD_TIMEOUT);

  it('writes every file exactly as a fresh build of the corrected content does', () => {
    expect(differences(incremental, fresh)).toEqual([]);
    expect(readFileSync(join(incremental, renamed.programme, 'projects', renamed.id, 'index.html'), 'utf8')).toContain(renamed.name);
  });

  it('renders every page the first time and only a few after the correction', () => {
    // A fresh OUT_DIR is a site of its own: nothing of another test's builds is reused.
    expect(first.restored).toEqual([]);
    expect(first.rendered.length).toBeGreaterThan(50);
    // The corrected project's page is rendered again; the other projects' pages are copied from the
    // cache, but for those that link to it by name (a merger, a move).
    const projectPage = new RegExp(`^/${renamed.programme}/projects/[^/]+/index\\.html$`);
    const ownPage = `/${renamed.programme}/projects/${renamed.id}/index.html`;
    expect(rebuilt.rendered).toContain(ownPage);
    const renderedProjects = rebuilt.rendered.filter((p) => projectPage.test(p));
    const restoredProjects = rebuilt.restored.filter((p) => projectPage.test(p));
    expect(renderedProjects.length).toBeLessThanOrEqual(3);
    expect(restoredProjects.length).toBeGreaterThan(10);
    expect(renderedProjects.length + restoredProjects.length).toBe(first.rendered.filter((p) => projectPage.test(p)).length);
  });

  it('re-indexes the search bundle of the corrected programme and reuses the other', () => {
    // The reused bundle was linked from the cache, the re-indexed one into it; the byte comparison
    // above holds both to a fresh build's index.
    expect(stripVTControlCharacters(rebuiltLog)).toContain('1 of 2 search bundle(s) reused from the build cache');
  });

  it('keeps the cache through a build whose content was refused', () => {
    // The refused build stopped with the content check's exit code; the rebuild after it still
    // copied the unchanged project pages (above), which it could only do from the cache.
    expect(refusedStatus).toBe(CONTENT_INVALID_EXIT_CODE);
    expect(rebuilt.restored.length).toBeGreaterThan(10);
  });

  it('starts afresh for another base path and with --fresh', { timeout: 2 * BUILD_TIMEOUT }, () => {
    // Another base path: another site, so another cache (and Astro's own config hash differs too).
    const based = generated(build(contentDir, incremental, { BASE_PATH: '/minsheng/' }));
    expect(based.restored).toEqual([]);
    const again = generated(build(contentDir, incremental, {}, ['--fresh']));
    expect(again.restored).toEqual([]);
    expect(again.rendered.length).toBe(first.rendered.length);
  });
});
