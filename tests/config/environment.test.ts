/**
 * The process environment is read in src/config/environment.ts alone: everything else takes its
 * settings from the parsed config (src/config/deployment.ts), so the variables the project
 * understands are all named, documented and validated in one place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { filesUnder } from '../../scripts/lib/files.ts';

const ROOT = join(import.meta.dirname, '../..');
const READER = 'src/config/environment.ts';
/** `process.env` and `process['env']`; and `env` imported from node:process. */
const PROCESS_ENV = /\bprocess\s*(?:\.|\[\s*['"`])env\b/;
const IMPORTED_ENV = /import\s*\{[^}]*\benv\b[^}]*\}\s*from\s*['"](?:node:)?process['"]/;

function codeFiles(): string[] {
  const under = (dir: string) => filesUnder(join(ROOT, dir)).map((f) => `${dir}/${f}`);
  return [...under('src'), ...under('scripts'), 'astro.config.mjs'].filter((f) => /\.(astro|ts|mts|mjs|js)$/.test(f));
}

// Comments count too: a file that mentions it is easier to check than a parser that tells them apart.
it('reads the process environment in one module, comments included', () => {
  const files = codeFiles();
  expect(files.length).toBeGreaterThan(100);
  const readers = files.filter((f) => {
    const text = readFileSync(join(ROOT, f), 'utf8');
    return PROCESS_ENV.test(text) || IMPORTED_ENV.test(text);
  });
  expect(readers).toEqual([READER]);
});

it("gives the Astro child libuv's pool of one thread, unless its inherited environment chose a size", async () => {
  const { astroChildEnvironment } = await import('../../src/config/environment.ts');
  expect(astroChildEnvironment({ PATH: '/usr/bin' })).toEqual({ PATH: '/usr/bin', UV_THREADPOOL_SIZE: '1' });
  expect(astroChildEnvironment({ PATH: '/usr/bin', UV_THREADPOOL_SIZE: '8' })).toEqual({ PATH: '/usr/bin', UV_THREADPOOL_SIZE: '8' });
});
