/** The shard plan's pieces that need no build: choosing shards, what changes a shard's cache key, and what a run or a merge refuses. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeHash, contentHash, shardKey } from '../../scripts/shards/cache-key.ts';
import { matrixRows } from '../../scripts/shards/ci-matrix.ts';
import { cacheDirProblem, isWithin, mergeProblems, portalDirProblem, shardProgrammes } from '../../scripts/shards/merge.ts';
import { planProblems, readPlan, selectShards, type Shard, type ShardPlan } from '../../scripts/shards/plan.ts';
import { portalSearchModules } from '../../scripts/shards/portal-pages.ts';
import { ROOT } from '../../scripts/shards/runner.ts';

describe('shard plan', () => {
  const plan: ShardPlan = {
    shards: [
      { id: 'a', contentDir: '/a', basePath: '/a/' },
      { id: 'b', contentDir: '/b', basePath: '/b/' },
    ],
  };

  it('builds every shard, or the ones a CI job names', () => {
    expect(selectShards(plan, []).map((s) => s.id)).toEqual(['a', 'b']);
    expect(selectShards(plan, ['b']).map((s) => s.id)).toEqual(['b']);
    expect(() => selectShards(plan, ['c'])).toThrow(/no shard c/);
  });

  it('keys a shard on its content, the generator and its settings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minsheng-key-'));
    writeFileSync(join(dir, 'site.yaml'), 'name: x\n');
    const shard = { id: 'a', contentDir: dir, basePath: '/a/' };
    const key = shardKey(shard, 'code-1', undefined);
    expect(shardKey(shard, 'code-1', undefined)).toBe(key);
    expect(shardKey(shard, 'code-2', undefined)).not.toBe(key);
    expect(shardKey({ ...shard, basePath: '/b/' }, 'code-1', undefined)).not.toBe(key);
    expect(shardKey(shard, 'code-1', 'https://example.gov.cn/a/')).not.toBe(key);
    const before = contentHash(dir);
    writeFileSync(join(dir, 'site.yaml'), 'name: y\n');
    expect(contentHash(dir)).not.toBe(before);
    expect(shardKey(shard, 'code-1', undefined)).not.toBe(key);
  });
});

describe('a plan that cannot be run', () => {
  it('is refused with a line per problem, also for a shard without a base path, and never at the portal’s own search page', () => {
    const problems = planProblems({
      shards: [{ id: 'a', contentDir: 'x' } as Shard, { id: 'b', contentDir: 'y', basePath: '/b/' }, { id: 'c', contentDir: 'z', basePath: '/search/' }],
    });
    expect(problems).toEqual(["shards[0].basePath: a path such as /hefei/ (not /, which is the portal's home)", "shards[2].basePath: /search/ is the portal's own /search/"]);
  });

  it('is refused naming its file when it is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minsheng-plan-'));
    const file = join(dir, 'plan.json');
    writeFileSync(file, '{ "shards": [ }');
    expect(() => readPlan(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a readable JSON plan`));
  });
});

describe('the portal folder', () => {
  const root = mkdtempSync(join(tmpdir(), 'minsheng-portal-dir-'));
  const content = join(root, 'content');
  mkdirSync(content);
  writeFileSync(join(root, 'NOTES.md'), 'notes\n');

  it('is never a folder that holds the plan, the cache, content or the project, nor one inside the generator’s code', () => {
    expect(portalDirProblem(root, [content])).toMatch(/holds .*content, which the merge would delete/);
    expect(portalDirProblem(join(root, 'src', 'portal'), [], [join(root, 'src')])).toMatch(/inside .*src, whose files are part of every shard's key/);
  });

  it('is never a folder of other files, but may be new, empty or a portal already', () => {
    expect(portalDirProblem(root, [])).toMatch(/a folder with other files \(no portal-shards\.json\)/);
    expect(portalDirProblem(join(root, 'new'), [content])).toBeNull();
    const empty = join(root, 'empty');
    mkdirSync(empty);
    expect(portalDirProblem(empty, [content])).toBeNull();
    const portal = join(root, 'portal');
    mkdirSync(portal);
    writeFileSync(join(portal, 'portal-shards.json'), '{"shards":{}}\n');
    writeFileSync(join(portal, 'index.html'), '');
    expect(portalDirProblem(portal, [content])).toBeNull();
  });
});

describe('the generator’s part of the cache key', () => {
  it('changes with a code file, not with a hidden file or folder beside the code (a cache next to a plan in scripts/)', () => {
    const root = mkdtempSync(join(tmpdir(), 'minsheng-code-'));
    mkdirSync(join(root, 'scripts', 'shards'), { recursive: true });
    writeFileSync(join(root, 'scripts', 'shards', 'plan.json'), '{}');
    const before = codeHash(root);
    mkdirSync(join(root, 'scripts', 'shards', '.shards-cache', 'a'), { recursive: true });
    writeFileSync(join(root, 'scripts', 'shards', '.shards-cache', 'a', 'index.html'), 'built');
    writeFileSync(join(root, 'scripts', '.DS_Store'), 'x');
    expect(codeHash(root)).toBe(before);
    writeFileSync(join(root, 'scripts', 'shards', 'more.ts'), 'export {};');
    expect(codeHash(root)).not.toBe(before);
  });
});

describe('shards that cannot share a portal', () => {
  /** A shard whose content folder holds `programmes` and whose site is named `name`. */
  function contentShard(id: string, name: string, programmes: readonly string[], title?: string): Shard {
    const contentDir = mkdtempSync(join(tmpdir(), `minsheng-content-${id}-`));
    writeFileSync(join(contentDir, 'site.yaml'), `name: ${name}\n`);
    for (const p of programmes) mkdirSync(join(contentDir, 'programmes', p), { recursive: true });
    return { id, contentDir, basePath: `/${id}/`, ...(title ? { title } : {}) };
  }

  it('are refused, from their content before anything is built, when a programme id is in two of them, or two would be named alike', () => {
    const a = contentShard('a', '鼓楼区民生实事', ['gulou-2017']);
    const b = contentShard('b', '鼓楼区民生实事', ['gulou-2017', 'gulou-2018']);
    expect(shardProgrammes(b.contentDir)).toEqual(['gulou-2017', 'gulou-2018']);
    expect(mergeProblems([a, b])).toEqual([
      'shard b: programme gulou-2017 is also in shard a; give one of them another id (e.g. with its city: gulou-nanjing-2017)',
      'shard b: titled “鼓楼区民生实事”, as shard a is; give each a "title" in the plan',
    ]);
    const c = contentShard('c', '鼓楼区民生实事', ['gulou-fuzhou-2017'], '福州市鼓楼区');
    expect(mergeProblems([a, c])).toEqual([]);
  });
});

describe('the shard cache', () => {
  const root = mkdtempSync(join(tmpdir(), 'minsheng-cache-dir-'));
  const content = join(root, 'hefei');
  mkdirSync(content);

  it('never holds a content folder (a build clears its shard’s folder of older outputs) nor lies inside one', () => {
    expect(cacheDirProblem(root, [content], [])).toMatch(/--cache .*: it holds .*hefei, which a build could delete/);
    expect(cacheDirProblem(join(content, '.cache'), [], [content])).toMatch(/it is inside .*hefei, whose files are part of every shard's key/);
    expect(cacheDirProblem(join(root, 'cache'), [content], [content])).toBeNull();
  });

  it('compares folders by what they are: a sibling named ..x is outside, a link into the folder inside', () => {
    mkdirSync(join(root, '..x'), { recursive: true });
    expect(isWithin(join(root, '..x'), join(root, 'sub'))).toBe(false);
    expect(isWithin(join(root, 'sub', '..x'), join(root, 'sub'))).toBe(true);
    const linked = join(root, 'link-to-hefei');
    symlinkSync(content, linked);
    expect(isWithin(linked, content)).toBe(true);
    expect(cacheDirProblem(join(linked, 'cache'), [], [content])).toMatch(/inside/);
  });
});

describe('npm run shards', () => {
  it('refuses, before building anything, a portal folder that would delete the plan and the content (--out .)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minsheng-out-dot-'));
    mkdirSync(join(dir, 'content'));
    writeFileSync(join(dir, 'plan.json'), JSON.stringify({ shards: [{ id: 'a', contentDir: 'content', basePath: '/a/' }] }));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/shards/run.ts'), '--plan', 'plan.json', '--out', '.', '--cache', join(dir, 'cache')], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--out .*: it holds .*plan\.json, which the merge would delete; choose a new or empty folder/);
    expect(existsSync(join(dir, 'plan.json'))).toBe(true);
    expect(existsSync(join(dir, 'cache'))).toBe(false);
  });
});

describe('the CI matrix of a plan', () => {
  it('puts shards in jobs of the size asked, each keyed on its own shards’ keys', () => {
    const keys = new Map(['a', 'b', 'c', 'd', 'e'].map((id) => [id, `key-${id}`]));
    const rows = matrixRows([...keys.keys()], keys, 2);
    expect(rows.map((r) => [r.job, r.shards])).toEqual([
      ['a-to-b', 'a b'],
      ['c-to-d', 'c d'],
      ['e', 'e'],
    ]);
    const changed = matrixRows([...keys.keys()], new Map([...keys, ['c', 'key-c2']]), 2);
    expect(changed.map((r, i) => r.key === rows[i]!.key)).toEqual([true, false, true]);
  });

  it('is written into .gitlab-ci.yml as ci-matrix.ts prints it for the example plan, and printed for GitHub as JSON', () => {
    const run = (format: string) =>
      spawnSync(process.execPath, ['scripts/shards/ci-matrix.ts', '--plan', 'scripts/shards/plan.example.json', '--format', format], { cwd: ROOT, encoding: 'utf8' });
    const gitlab = run('gitlab');
    expect(gitlab.status).toBe(0);
    expect(readFileSync(join(ROOT, '.gitlab-ci.yml'), 'utf8')).toContain(gitlab.stdout.trimEnd());
    const github = run('github');
    expect(github.status).toBe(0);
    // One job per shard of the example plan (a fork's plan names its own shards).
    const ids = readPlan(join(ROOT, 'scripts/shards/plan.example.json')).shards.map((shard) => shard.id);
    expect(JSON.parse(github.stdout).include).toEqual(ids.map((id) => ({ job: id, shards: id, key: expect.stringMatching(/^[0-9a-f]{32}$/) })));
  });

  it('fails with the plan’s problems, so the CI plan job fails where the plan is wrong', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minsheng-matrix-'));
    writeFileSync(join(dir, 'plan.json'), JSON.stringify({ shards: [{ id: 'a', contentDir: 'x', basePath: '/' }] }));
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/shards/ci-matrix.ts'), '--plan', join(dir, 'plan.json')], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('shards[0].basePath');
  });
});

describe('the portal search’s modules', () => {
  it('are its page script and the sites’ own, compiled, importing only each other', () => {
    const modules = portalSearchModules();
    expect(Object.keys(modules).sort()).toEqual([
      'keyword-weight.js',
      'pagefind-options.js',
      'portal-search.js',
      'query-length.js',
      'scope.js',
      'search-excerpt.js',
      'search-results.js',
      'search-state.js',
      'search-status.js',
      'whole-term.js',
    ]);
    expect(modules['search-excerpt.js']).toContain("from './search-status.js'");
    // The portal renders each result with the sites' own result item.
    expect(modules['portal-search.js']).toContain("from './search-results.js'");
    for (const [name, text] of Object.entries(modules)) {
      // Every static import is another of the portal's modules (type-only imports are gone).
      expect(
        [...text.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]!.replace(/^\.\//, '')).filter((s) => !(s in modules)),
        name,
      ).toEqual([]);
      // No type annotation survives: a browser parses it as JavaScript.
      expect(() => new Function(text.replace(/^import\b.*$/gm, '').replace(/^export\s+/gm, '')), name).not.toThrow();
    }
  });
});
