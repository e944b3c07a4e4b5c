import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const MODULE = resolve(import.meta.dirname, '../../scripts/lib/compile-cache.ts');
const work = mkdtempSync(join(tmpdir(), 'minsheng-compile-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Runs, in a Node process of its own (enabling the cache is for a process's life), shareCompileCache
 * on `folder` and then a child process that reports the cache folder Node gave it; returns what
 * both said.
 */
function run(folder: string, maxEntries: number, env: NodeJS.ProcessEnv = {}): { enabled: string | null; child: string | null } {
  const script = `
    import { spawnSync } from 'node:child_process';
    import { shareCompileCache } from ${JSON.stringify(MODULE)};
    const enabled = shareCompileCache(${JSON.stringify(folder)}, ${maxEntries});
    const child = spawnSync(process.execPath, ['-e', "process.stdout.write(JSON.stringify(require('node:module').getCompileCacheDir() ?? null))"], { encoding: 'utf8' });
    process.stdout.write(JSON.stringify({ enabled, child: JSON.parse(child.stdout) }));
  `;
  const { NODE_COMPILE_CACHE: _inherited, NODE_DISABLE_COMPILE_CACHE: _off, ...base } = process.env;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...base, ...env } });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
}

describe('the shared compile cache', () => {
  it('is enabled in the folder given, for the process and the processes it starts, and filled', () => {
    const folder = join(work, 'shared');
    const { enabled, child } = run(folder, 10_000);
    expect(enabled).toBe(folder);
    // The child, enabled from its environment, names the sub-folder of its Node version, where both write.
    expect(child).toMatch(new RegExp(`^${folder}/v[^/]+$`));
    // Node writes the compiled modules when the processes exit: one sub-folder per Node version and flags.
    const versions = readdirSync(folder);
    expect(versions.length).toBe(1);
    expect(readdirSync(join(folder, versions[0]!)).length).toBeGreaterThan(0);
  });

  it('is removed and started again once it holds more entries than allowed', () => {
    const folder = join(work, 'grown');
    mkdirSync(join(folder, 'v1'), { recursive: true });
    for (let i = 0; i < 4; i++) writeFileSync(join(folder, 'v1', `stale-${i}`), 'x');
    run(folder, 5);
    expect(existsSync(join(folder, 'v1', 'stale-0'))).toBe(true);
    writeFileSync(join(folder, 'v1', 'stale-4'), 'x');
    writeFileSync(join(folder, 'v1', 'stale-5'), 'x');
    expect(run(folder, 5).enabled).toBe(folder);
    expect(existsSync(join(folder, 'v1'))).toBe(false);
  });

  it('leaves the caller in charge: NODE_COMPILE_CACHE names another folder, NODE_DISABLE_COMPILE_CACHE turns it off', () => {
    const own = join(work, 'callers');
    const folder = join(work, 'unused');
    const { enabled, child } = run(folder, 10_000, { NODE_COMPILE_CACHE: own });
    expect(enabled).toMatch(new RegExp(`^${own}/v[^/]+$`));
    expect(child).toBe(enabled);
    expect(run(folder, 10_000, { NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual({ enabled: null, child: null });
    expect(existsSync(folder)).toBe(false);
  });
});
