/** One thing wrong with the content, precise enough for an editor to find and fix it. */
export interface Problem {
  /** Path of the file, relative to the content directory. */
  file: string;
  /** Id of the entry concerned (or the file name when the id itself is unreadable). */
  entry: string;
  /** Dotted path of the field, e.g. `citations.0.quote`; empty for the whole entry. */
  field: string;
  /** What is wrong and what was expected, in Chinese then English. */
  message: string;
  /**
   * `warning` for what is reported but does not stop publishing (a draft programme's totals that
   * disagree); absent for a problem, which does.
   */
  severity?: 'warning';
  /** 1-based line and column of the field in the file, where known. */
  line?: number;
  column?: number;
}

/**
 * A problem in the body of a document (a notice's anchored paragraphs), found by the document's
 * reader, which knows neither the file nor the entry: validation adds them. `line` is the file's.
 */
export interface BodyProblem {
  /** The paragraph concerned (`p35`), or empty for text that belongs to no paragraph. */
  field: string;
  message: string;
  line: number;
  column: number;
}

/** Formats a problem as the one line the build and `npm run check` print. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : p.file;
  return `${where} [${p.entry}]${p.field ? ` ${p.field}` : ''}: ${p.message}`;
}

/** Orders problems by file, then line, so the output reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field));
}
