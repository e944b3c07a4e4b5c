/**
 * The tests never read the shipped `content/` (issue 15): it is the deployment's own, which a
 * government replaces with its own, and `npm test` must stay green when it does (`npm run check`,
 * part of `npm test`, checks it instead). The tests build examples/luyang-2017, the other examples
 * and trees they generate; the global setup points CONTENT_DIR at the Luyang example, so that a
 * script spawned without one, or DEPLOYMENT in a worker, reads the example, and no test file may
 * name the shipped folder itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPLOYMENT } from '../../src/config/deployment.ts';
import { ROOT } from '../support/build-site.ts';
import { exampleDir, LUYANG_EXAMPLE } from '../support/example-content.ts';

/** Every TypeScript file under tests/, relative to the project. */
const testFiles = (readdirSync(join(ROOT, 'tests'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join('tests', f));

/**
 * Ways of naming the shipped folder: joined to the project root (`join(ROOT, 'content…')`,
 * `` `${ROOT}/content` ``) or reached by a relative path (`'../../content'`). A temporary folder
 * named `content` (`join(tmp, 'content')`) or a module such as `./content-copy.ts` is none of these.
 */
const SHIPPED = [/\bROOT\s*,\s*['"`]content['"`/]/, /\$\{ROOT\}\/content[`/]/, /['"`](?:\.\.?\/)+content['"`/]/];

describe('the content the tests read', () => {
  it('is the Luyang example by default, in every worker and every script it spawns', () => {
    expect(process.env.CONTENT_DIR).toBe(exampleDir(LUYANG_EXAMPLE));
    expect(DEPLOYMENT.contentDir).toBe(exampleDir(LUYANG_EXAMPLE));
  });

  it('is never the shipped content/ named by a test file', () => {
    const self = relative(ROOT, import.meta.filename);
    const naming = testFiles
      .filter((f) => f !== self)
      .flatMap((f) =>
        readFileSync(join(ROOT, f), 'utf8')
          .split('\n')
          .flatMap((line, i) => (SHIPPED.some((re) => re.test(line)) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(naming).toEqual([]);
    expect(testFiles.length).toBeGreaterThan(100);
  });
});
