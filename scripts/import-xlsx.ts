/**
 * `npm run import:xlsx -- --programme luyang-2017 --in luyang-2017.xlsx`
 *
 * Reads a workbook made by `npm run export:xlsx` and edited in Excel or WPS back into the content
 * tree (content/, or $CONTENT_DIR): each row's citation is located in the notice, every row is
 * validated, and only changed or new records are written, all or nothing (README, "Spreadsheet round trip").
 */
import { onFailure } from './lib/cli.ts';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEPLOYMENT } from '../src/config/deployment.ts';
import { t } from '../src/i18n/index.ts';
import { CONTENT_INVALID_EXIT_CODE, USAGE_EXIT_CODE } from './lib/exit-codes.ts';
import { CommandFailure } from './lib/failure.ts';
import { hasProgramme, importProgramme } from './lib/sheets.ts';

const contentDir = resolve(DEPLOYMENT.contentDir);
onFailure({ headline: (line) => line, known: [{ variable: 'CONTENT_DIR', path: contentDir }], usage: t('sheets.usage.import') });
const { values } = parseArgs({ options: { programme: { type: 'string' }, in: { type: 'string' } } });
if (!values.programme || !values.in) throw new CommandFailure(t('sheets.usage.import'), USAGE_EXIT_CODE);
const file = resolve(values.in);
if (!existsSync(file)) throw new CommandFailure(t('sheets.usage.noFile', { path: file }), USAGE_EXIT_CODE);
if (!hasProgramme(contentDir, values.programme)) throw new CommandFailure(t('sheets.usage.noProgramme', { programme: values.programme, dir: contentDir }), USAGE_EXIT_CODE);
const result = await importProgramme(contentDir, values.programme, file);
for (const note of result.notes) console.log(note);
if (result.problems.length) {
  console.error(t('sheets.import.refused', { count: result.problems.length }));
  for (const p of result.problems) console.error(p);
  process.exit(CONTENT_INVALID_EXIT_CODE);
}
for (const w of result.writes) console.log(t('sheets.import.written', { path: w.path }));
console.log(t('sheets.import.done', { written: result.writes.length, unchanged: result.unchanged }));
