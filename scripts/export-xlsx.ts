/**
 * `npm run export:xlsx -- --programme luyang-2017 [--out luyang-2017.xlsx]`
 *
 * Exports a programme's records (content/, or $CONTENT_DIR) to a workbook an editor can open in
 * Excel or WPS: one sheet per record type, Chinese headers, drop-down lists for coded fields
 * (README, "Spreadsheet round trip"). `npm run import:xlsx` reads it back.
 */
import { onFailure } from './lib/cli.ts';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEPLOYMENT } from '../src/config/deployment.ts';
import { t } from '../src/i18n/index.ts';
import { USAGE_EXIT_CODE } from './lib/exit-codes.ts';
import { CommandFailure } from './lib/failure.ts';
import { exportProgramme, hasProgramme } from './lib/sheets.ts';

const contentDir = resolve(DEPLOYMENT.contentDir);
onFailure({ headline: (line) => line, known: [{ variable: 'CONTENT_DIR', path: contentDir }], usage: t('sheets.usage.export') });
const { values } = parseArgs({ options: { programme: { type: 'string' }, out: { type: 'string' } } });
if (!values.programme) throw new CommandFailure(t('sheets.usage.export'), USAGE_EXIT_CODE);
if (!hasProgramme(contentDir, values.programme)) throw new CommandFailure(t('sheets.usage.noProgramme', { programme: values.programme, dir: contentDir }), USAGE_EXIT_CODE);
const out = resolve(values.out ?? `${values.programme}.xlsx`);
const { records, sheets } = await exportProgramme(contentDir, values.programme, out);
console.log(t('sheets.export.done', { path: out, records, sheets }));
