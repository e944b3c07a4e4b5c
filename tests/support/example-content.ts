/**
 * The content trees the tests build, never the shipped `content/` (the deployment's own, which a
 * government replaces with its own): the examples under `examples/` (real programmes, each a
 * complete content tree, frozen for the tests), and a site serving two jurisdictions assembled from
 * them in a temporary folder, so that no content is checked in twice.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { ROOT } from './build-site.ts';

/**
 * The 庐阳区 2017 example: the real notice of the district government, 37 民生工程 with levels,
 * standings and stated totals. The tests' main site: the global setup builds it, and sets
 * CONTENT_DIR to it for every script and worker of the run.
 */
export const LUYANG_EXAMPLE = 'examples/luyang-2017';

/** The 苍南县 2017 example: the real 公告 of the county's people's congress, 10 县政府民生实事项目. */
export const CANGNAN_EXAMPLE = 'examples/cangnan-2017';
export const CANGNAN_PROGRAMME = 'cangnan-2017';

/** Absolute path of an example content tree, e.g. `examples/cangnan-2017`. */
export function exampleDir(example: string): string {
  return join(ROOT, example);
}

/** Copies an example content tree into a temporary `content` folder that a test may change freely; returns that folder. */
export function copyExample(example: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'minsheng-content-')), 'content');
  cpSync(exampleDir(example), dir, { recursive: true });
  return dir;
}

/** Project ids of a programme of a content tree, from its project files (what the build must give a page each). */
export function projectIdsOf(contentDir: string, programme: string): string[] {
  return readdirSync(join(contentDir, 'programmes', programme, 'projects'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/**
 * A temporary content tree with two jurisdictions: the Luyang example (Luyang District 2017, a
 * 民生工程 notice of the district government, with levels and standings) plus the Cangnan example
 * (a county's 民生实事 公告 of its congress presidium, without either). Its site.yaml names no
 * jurisdiction, as a site serving several does, and no programme kind. Returns the folder.
 */
export function twoJurisdictionContent(): string {
  const dir = copyExample(LUYANG_EXAMPLE);
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
