/** A build whose OUT_DIR lies on another file system than the project (a web team's mounted disk). */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/build-site.ts';

const dist = inject('distSubpath');

describe('OUT_DIR on another file system', () => {
  // /dev/shm is a RAM file system on every Linux machine, CI included; elsewhere there is no second one to use.
  it.runIf(process.platform === 'linux')('builds completely and leaves nothing beside the output', () => {
    expect(inject('distSubpathOnOtherFileSystem')).toBe(true);
    expect(statSync(dist).dev).not.toBe(statSync(ROOT).dev);
    expect(readdirSync(join(dist, '_assets')).some((f) => f.endsWith('.css'))).toBe(true);
    expect(statSync(join(dist, 'luyang-2017/projects/index.html')).isFile()).toBe(true);
    // Staging, work and cache folders are created beside dist/ and must all be gone.
    expect(readdirSync(dirname(dist))).toEqual(['dist']);
  });
});
