/** `npm run dev`, the editors' live preview: pages and every kind of download answer at their published URLs. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireAstroLock } from '../../scripts/lib/astro-lock.ts';
import { ROOT } from '../support/build-site.ts';
import { copyLuyangExample } from '../support/content-copy.ts';
import { pollUntil } from '../support/processes.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let dev: ChildProcess;
let origin = '';
// A copy, so that the test can edit it as an editor would.
const contentDir = copyLuyangExample();

beforeAll(async () => {
  const port = await freePort();
  // The dev server syncs the content into <project>/.astro/ on start, as builds do: not beside one.
  const release = await acquireAstroLock(ROOT);
  origin = `http://127.0.0.1:${port}`;
  // As an editor starts it: without the test runner's variables (NODE_ENV=test, VITEST…); with
  // them the dev server never answered.
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))), CONTENT_DIR: contentDir };
  dev = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: ROOT, env, stdio: 'ignore' });
  // Bounded by the number of tries, not by a clock: a busy machine only makes the start slower
  // (the hook's timeout, vitest.config.ts, is the outer bound).
  try {
    await pollUntil(
      'astro dev to answer',
      async () => {
        try {
          return (await fetch(`${origin}/`)).ok;
        } catch {
          return false; // Not listening yet.
        }
      },
      { polls: 1200, intervalMs: 500 },
    );
  } finally {
    release();
  }
});

afterAll(() => {
  dev?.kill();
});

describe('the dev server', () => {
  it.each([
    ['/luyang-2017/projects/legal-aid/', 'text/html', '城乡困难群体法律援助'],
    ['/data/projects.csv', 'text/csv', 'legal-aid'],
    ['/data/luyang-2017/projects/legal-aid.json', 'application/json', '"id": "legal-aid"'],
    ['/luyang-2017/charts/levels.svg', 'image/svg+xml', '<svg'],
  ])('serves %s', async (path, type, text) => {
    const response = await fetch(`${origin}${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    expect(await response.text()).toContain(text);
  });

  it('shows an edit on the next request, even while the totals disagree (an editor is mid-way through a notice)', async () => {
    const programme = join(contentDir, 'programmes/luyang-2017/programme.yaml');
    writeFileSync(programme, readFileSync(programme, 'utf8').replace('all: 37', 'all: 38'));
    const file = join(contentDir, 'programmes/luyang-2017/projects/legal-aid.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('name: 城乡困难群体法律援助', 'name: 城乡困难群体法律援助（改）'));
    // The file watcher notices the edit a moment later; asked again until it has, a bounded number of times.
    const page = await pollUntil(
      'the edit to show',
      async () => {
        const text = await (await fetch(`${origin}/luyang-2017/projects/legal-aid/`)).text();
        return text.includes('城乡困难群体法律援助（改）') && text;
      },
      { polls: 600, intervalMs: 500 },
    );
    expect(page).toContain('<h1 data-pagefind-meta="title">城乡困难群体法律援助（改）</h1>');
  }, 600_000);
});
