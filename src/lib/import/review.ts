/**
 * The review marker of drafted records: the importer starts every file it drafts with the comment
 * `# 待审核…` (`import.review.marker`), and `npm run check` lists the files that still hold it, so
 * an editor sees what remains to review. A comment rather than a field: it needs no schema, is not
 * published, and deleting the line is the whole act of "reviewed".
 */
import { t } from '../../i18n/index.ts';

export const REVIEW_MARKER = t('import.review.marker');

/** Whether a content file's text still carries the review marker (in its leading comment lines). */
export function awaitsReview(text: string): boolean {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('#')) return false;
    if (trimmed.replace(/^#\s*/, '').startsWith(REVIEW_MARKER)) return true;
  }
  return false;
}

/** The files (paths as given) that still await review, sorted. */
export function filesAwaitingReview(files: readonly { path: string; text: string }[]): string[] {
  return files
    .filter((f) => awaitsReview(f.text))
    .map((f) => f.path)
    .sort();
}
