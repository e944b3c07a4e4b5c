/**
 * Reading a notice an editor saved as plain text (one paragraph per line), for the scripts that
 * import one (new-programme.ts, import-notice.ts): the same checks, and the same words, in both.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { t } from '../../src/i18n/index.ts';
import { noticeTextLines } from '../../src/lib/content/notice.ts';

/**
 * The notice's paragraphs, or null with the reason pushed to `problems`: a missing file, a file
 * that is not UTF-8 (Notepad and WPS often save GBK, which would import as garbled text whose
 * every quote then fails the check for no visible reason), an empty one.
 */
export function readNoticeLines(file: string, problems: string[]): string[] | null {
  if (!existsSync(file) || !statSync(file).isFile()) {
    problems.push(t('import.arg.noNotice', { file }));
    return null;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(readFileSync(file));
  } catch {
    problems.push(t('import.arg.notUtf8', { file }));
    return null;
  }
  const lines = noticeTextLines(text);
  if (lines.length === 0) {
    problems.push(t('import.arg.emptyNotice', { file }));
    return null;
  }
  return lines;
}

/**
 * The provenance an imported notice starts with: the file's name only, never its folder (a path
 * on the editor's computer, C:\Users\…, would be published on the notice page and in
 * programmes.json), and that where the text was obtained is still to be written.
 */
export function importedProvenance(file: string): string {
  return t('cli.newProgramme.provenance', { file: basename(file) });
}
