/**
 * Content trees the tests build besides the shipped one: the examples under `examples/` (real
 * programmes of other jurisdictions and kinds, each a complete content tree), and a site serving
 * two jurisdictions assembled from them in a temporary folder, so that no content is checked in twice.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { ROOT } from './build-site.ts';
import { copyContent } from './content-copy.ts';

/** The 苍南县 2017 example: the real 公告 of the county's people's congress, 10 县政府民生实事项目. */
export const CANGNAN_EXAMPLE = 'examples/cangnan-2017';
export const CANGNAN_PROGRAMME = 'cangnan-2017';

/** Absolute path of an example content tree, e.g. `examples/cangnan-2017`. */
export function exampleDir(example: string): string {
  return join(ROOT, example);
}

/** Project ids of a programme of a content tree, from its project files (what the build must give a page each). */
export function projectIdsOf(contentDir: string, programme: string): string[] {
  return readdirSync(join(contentDir, 'programmes', programme, 'projects'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/**
 * A temporary content tree with two jurisdictions: the shipped tree (Luyang District 2017, a
 * 民生工程 notice of the district government, with levels and standings) plus the Cangnan example
 * (a county's 民生实事 公告 of its congress presidium, without either). Its site.yaml names no
 * jurisdiction, as a site serving several does, and no programme kind. Returns the folder.
 */
export function twoJurisdictionContent(): string {
  const dir = copyContent();
  const example = exampleDir(CANGNAN_EXAMPLE);
  for (const folder of ['sources', 'programmes']) cpSync(join(example, folder), join(dir, folder), { recursive: true });
  const sitePath = join(dir, 'site.yaml');
  const site = parseDocument(readFileSync(sitePath, 'utf8'));
  site.set('name', '民生项目公开数据');
  site.set('description', '庐阳区与苍南县年度民生项目的结构化公开数据（测试用内容树）。');
  site.set('jurisdiction', null);
  writeFileSync(sitePath, site.toString());
  return dir;
}
