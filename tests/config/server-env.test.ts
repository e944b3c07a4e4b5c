/**
 * Server code takes `site` and `base` from src/config/deployment.ts, never from Vite's env object:
 * Astro runs every server module whose text mentions it through esbuild again at each build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
// Browser scripts are bundled for the client, where Vite replaces the object itself.
const CLIENT = join(SRC, 'client');
const ENV_OBJECT = ['import', 'meta', 'env'].join('.');

it('keeps Vite’s env object out of every server module, comments included', () => {
  const files = (readdirSync(SRC, { recursive: true }) as string[]).map((f) => join(SRC, f)).filter((f) => /\.(astro|ts|mjs)$/.test(f) && !f.startsWith(CLIENT));
  expect(files.length).toBeGreaterThan(50);
  const offenders = files.filter((f) => readFileSync(f, 'utf8').includes(ENV_OBJECT)).map((f) => relative(SRC, f));
  expect(offenders).toEqual([]);
});
