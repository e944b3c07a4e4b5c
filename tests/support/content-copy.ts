/** Copies the shipped content into a temporary folder that a test may change freely. */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-site.ts';

export function copyContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'minsheng-content-')), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}
