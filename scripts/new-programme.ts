/**
 * `npm run new:programme -- --id luyang-2018 --year 2018 --jurisdiction 合肥市庐阳区 --short 庐阳区 [--notice notice.txt]`
 *
 * Scaffolds a programme in the content folder ($CONTENT_DIR, default content/). With a plain-text
 * notice (one paragraph per line), it also stores the notice as the anchored source document and
 * drafts the programme's records from it (src/lib/import/): programme.yaml with `status: draft`,
 * one file per project and per standard, each starting with the review marker `# 待审核…` that
 * `npm run check` lists until the editor removes it. Nothing is guessed: what the notice does not
 * say stays null or empty, so `npm run check` names it.
 *
 * Every argument is checked before anything is written, and the files are written into hidden
 * temporary folders that are renamed into place at the end, so a failure never leaves a half-made
 * programme.
 */
import { onFailure } from './lib/cli.ts';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEPLOYMENT } from '../src/config/deployment.ts';
import { t } from '../src/i18n/index.ts';
import { USAGE_EXIT_CODE } from './lib/exit-codes.ts';
import { sourceDocumentMdx } from '../src/lib/content/notice.ts';
import { importedProvenance, readNoticeLines } from './lib/notice-file.ts';
import { draftNotice } from '../src/lib/import/notice-draft.ts';
import { draftFiles } from '../src/lib/import/draft-files.ts';
import { slug } from '../src/schemas/common.ts';
import { PROGRAMME_FOLDERS } from '../src/schemas/record-types.ts';

const temporary: string[] = [];
const removeTemporary = () => {
  for (const path of temporary) rmSync(path, { recursive: true, force: true });
};
onFailure({
  headline: (line) => t('cli.scaffold.stopped', { message: line }),
  known: [{ variable: 'CONTENT_DIR', path: resolve(DEPLOYMENT.contentDir) }],
  usage: t('cli.newProgramme.usage'),
  cleanUp: removeTemporary,
});

const { values } = parseArgs({
  options: {
    id: { type: 'string' },
    year: { type: 'string' },
    jurisdiction: { type: 'string' },
    short: { type: 'string' },
    notice: { type: 'string' },
  },
});
if (values.id === undefined || values.year === undefined || values.jurisdiction === undefined || values.short === undefined) {
  console.error(t('cli.newProgramme.usage'));
  process.exit(USAGE_EXIT_CODE);
}
const { id, year, jurisdiction, short } = values;

// Every argument, checked before anything is written; all problems are reported at once.
const problems: string[] = [];
if (!slug.safeParse(id).success) problems.push(t('import.arg.id', { id }));
const yearNumber = Number(year);
if (!/^\d{4}$/.test(year) || yearNumber < 1949 || yearNumber > 2100) problems.push(t('import.arg.year', { year }));
else if (problems.length === 0 && !id.endsWith(`-${year}`)) problems.push(t('import.arg.idYear', { id, year }));
if (!jurisdiction.trim()) problems.push(t('import.arg.empty', { name: 'jurisdiction' }));
if (!short.trim()) problems.push(t('import.arg.empty', { name: 'short' }));
const noticeLines = values.notice === undefined ? null : readNoticeLines(values.notice, problems);
const contentDir = resolve(DEPLOYMENT.contentDir);
const dir = join(contentDir, 'programmes', id);
const sourceId = `${id}-notice`;
const sourceFile = join(contentDir, 'sources', `${sourceId}.mdx`);
if (existsSync(dir)) problems.push(t('cli.scaffold.exists', { path: dir }));
if (noticeLines && existsSync(sourceFile)) problems.push(t('cli.scaffold.exists', { path: sourceFile }));
if (problems.length) {
  console.error(t('cli.failure.arguments', { problems: problems.join('; '), usage: t('cli.newProgramme.usage') }));
  process.exit(USAGE_EXIT_CODE);
}

const started = performance.now();
const draft = draftNotice(noticeLines ?? [], { source: sourceId, year: yearNumber });
const files = draftFiles(draft, { id, year: yearNumber, jurisdiction, jurisdictionShort: short, source: sourceId }, noticeLines !== null);
const elapsed = Math.round(performance.now() - started);

// Written aside (hidden names, which the content reader skips), then renamed into place.
const stamp = `${process.pid}-${Date.now()}`;
const stagedDir = join(contentDir, 'programmes', `.${id}.${stamp}.tmp`);
temporary.push(stagedDir);
for (const sub of PROGRAMME_FOLDERS) {
  mkdirSync(join(stagedDir, sub), { recursive: true });
  writeFileSync(join(stagedDir, sub, '.gitkeep'), '');
}
for (const file of files) {
  mkdirSync(dirname(join(stagedDir, file.path)), { recursive: true });
  writeFileSync(join(stagedDir, file.path), file.text);
}
let stagedSource: string | null = null;
if (noticeLines) {
  mkdirSync(join(contentDir, 'sources'), { recursive: true });
  stagedSource = join(contentDir, 'sources', `.${sourceId}.${stamp}.tmp`);
  temporary.push(stagedSource);
  const front = {
    id: sourceId,
    title: noticeLines[0] ?? '',
    programme: id,
    provenance: importedProvenance(values.notice!),
    url: null,
  };
  writeFileSync(stagedSource, sourceDocumentMdx(front, noticeLines));
}
renameSync(stagedDir, dir);
temporary.splice(temporary.indexOf(stagedDir), 1, dir);
if (stagedSource) renameSync(stagedSource, sourceFile);
temporary.length = 0;

console.log(t('cli.scaffold.created', { path: join(dir, 'programme.yaml') }));
if (noticeLines) {
  console.log(t('cli.newProgramme.imported', { paragraphs: noticeLines.length, file: `sources/${sourceId}.mdx` }));
  console.log(t('cli.importNotice.provenanceNext', { file: `sources/${sourceId}.mdx` }));
  console.log(t('import.drafted', { projects: draft.projects.length, standards: draft.standards.length, categories: draft.categories.length, ms: elapsed }));
  if (draft.notDrafted.length) console.log(t('import.notDrafted', { paragraphs: draft.notDrafted.join(' ') }));
} else {
  console.log(t('cli.newProgramme.importNext', { file: `sources/${sourceId}.mdx` }));
}
console.log(t('cli.scaffold.thenCheck'));
