/**
 * `node scripts/import-notice.ts <notice.txt> <content/sources/<id>.mdx> --id <id> --programme <programme> [--provenance <text>]`
 *
 * Turns a plain-text notice (one paragraph per line) into an anchored MDX source document, for a
 * programme that exists without its notice (`npm run new:programme` without `--notice`). It checks
 * what new:programme checks of a notice (scripts/lib/notice-file.ts) and of an id, refuses to
 * overwrite a source, and prints one line per problem in the editor's words. Front matter fields
 * the text does not give are left null for the editor to fill in.
 */
import { onFailure } from './lib/cli.ts';
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { t } from '../src/i18n/index.ts';
import { sourceDocumentMdx } from '../src/lib/content/notice.ts';
import { slug } from '../src/schemas/common.ts';
import { USAGE_EXIT_CODE } from './lib/exit-codes.ts';
import { importedProvenance, readNoticeLines } from './lib/notice-file.ts';

onFailure({ headline: (line) => t('cli.scaffold.stopped', { message: line }), usage: t('cli.importNotice.usage') });

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { id: { type: 'string' }, programme: { type: 'string' }, provenance: { type: 'string' } },
});
const [input, output] = positionals;
if (!input || !output || !values.id || !values.programme) {
  console.error(t('cli.importNotice.usage'));
  process.exit(USAGE_EXIT_CODE);
}

// Every argument, checked before anything is written; all problems are reported at once.
const problems: string[] = [];
if (!slug.safeParse(values.id).success) problems.push(t('import.arg.id', { id: values.id }));
else if (basename(output) !== `${values.id}.mdx`) problems.push(t('cli.importNotice.idMismatch', { id: values.id, file: output }));
if (!slug.safeParse(values.programme).success) problems.push(t('import.arg.programme', { programme: values.programme }));
if (existsSync(output)) problems.push(t('cli.scaffold.exists', { path: output }));
else if (!existsSync(dirname(output))) problems.push(t('import.arg.noFolder', { folder: dirname(output) }));
const lines = readNoticeLines(input, problems);
if (problems.length || lines === null) {
  console.error(t('cli.failure.arguments', { problems: problems.join('; '), usage: t('cli.importNotice.usage') }));
  process.exit(USAGE_EXIT_CODE);
}

const frontMatter = {
  id: values.id,
  title: lines[0],
  programme: values.programme,
  provenance: values.provenance ?? importedProvenance(input),
  url: null,
};
writeFileSync(output, sourceDocumentMdx(frontMatter, lines), { flag: 'wx' });
console.log(t('cli.importNotice.written', { file: output, paragraphs: lines.length }));
if (values.provenance === undefined) console.log(t('cli.importNotice.provenanceNext', { file: output }));
