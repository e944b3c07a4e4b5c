/**
 * Schema validation of raw content files: turns parsed YAML into typed records, and every failure
 * into a {@link Problem} that names the file, the entry, the field and where it is.
 */
import { z } from 'astro/zod';
import { t } from '../../i18n/index.ts';
import type { RawContent, RawFile } from '../../io/read-content.ts';
import { RECORD_TYPE_NAMES, recordTypeOf, type RecordTypeName } from '../../schemas/record-types.ts';
import { issueMessages, type IssueMessage } from './advice.ts';
import { runCrossChecks, type Rejected } from './checks/index.ts';
import type { ContentSet, Located } from './content-set.ts';
import { explainUnknownFields, type Problem } from './problems.ts';

/** Best available name for an entry in messages: its id if readable, else its file name. */
function entryName(raw: RawFile): string {
  const id = (raw.data as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && id ? id : (raw.file.split('/').pop() ?? raw.file).replace(/\.(ya?ml|mdx)$/, '');
}

/** Position of a field, falling back to its nearest located parent. */
function locate(raw: RawFile, path: (string | number)[]): { line?: number; column?: number } {
  for (let n = path.length; n >= 0; n--) {
    const pos = raw.positions[path.slice(0, n).join('.')];
    if (pos) return { line: pos[0], column: pos[1] };
  }
  return {};
}

/** Validates one file against a schema; returns the record or pushes problems. */
export function validateFile<S extends z.ZodType>(raw: RawFile, schema: S, problems: Problem[]): Located<z.infer<S>> | null {
  const entry = entryName(raw);
  if (raw.refused?.length) {
    for (const r of raw.refused) problems.push({ file: raw.file, entry, field: '', message: r.message, ...(r.line ? { line: r.line, column: r.column ?? 1 } : {}) });
    return null;
  }
  if (raw.syntaxErrors.length) {
    for (const e of raw.syntaxErrors) {
      // The reading words the message already (src/io/read-content.ts, explainSyntaxError).
      problems.push({ file: raw.file, entry, field: '', message: e.message, line: e.line, column: e.column });
    }
    return null;
  }
  let result: z.ZodSafeParseResult<z.infer<S>>;
  let issues: IssueMessage[];
  try {
    result = schema.safeParse(raw.data);
    issues = result.success ? [] : issueMessages(schema, raw.data, result.error);
  } catch (error) {
    // The reading's limits keep the data small and acyclic; should anything still throw, it is one line about this file.
    problems.push({ file: raw.file, entry, field: '', message: t('check.read.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    return null;
  }
  if (!result.success) {
    // Editors read Chinese, the code's authors English: both, and what to do (advice.ts).
    for (const { issue, path, message } of issues) {
      const field = path.join('.') + ('keys' in issue && Array.isArray(issue.keys) ? (path.length ? '.' : '') + issue.keys.join(',') : '');
      if (issue.code === 'unrecognized_keys') {
        // Which fields are allowed, or the comma that split a one-line mapping; placed on the unknown field's own line.
        const { message, at } = explainUnknownFields(raw, schema, path, issue.keys);
        problems.push({ file: raw.file, entry, field, message, ...locate(raw, at) });
        continue;
      }
      problems.push({ file: raw.file, entry, field, message, ...locate(raw, path) });
    }
    return null;
  }
  return { ...(result.data as object), file: raw.file } as Located<z.infer<S>>;
}

/** Result of validating a content tree: the valid records and every problem found. */
export interface ValidationResult {
  content: ContentSet;
  problems: Problem[];
  /** What is reported but does not stop publishing (a draft programme's totals that disagree). */
  warnings: Problem[];
}

/**
 * Validates a whole content tree: each file against its schema, and the cross-checks (unique ids,
 * references, citations, stated totals) over every valid record, so that all problems are reported
 * in one run. `unplaced` are the problems of files the reading refused by name (src/io/read-content.ts,
 * `readContentTree`). The content is usable only if `problems` is empty; `warnings` are printed and
 * do not stop it.
 */
export function validateContent(raw: RawContent, unplaced: readonly Problem[] = []): ValidationResult {
  const problems: Problem[] = [...unplaced];
  const warnings: Problem[] = [];
  const content = {} as Record<RecordTypeName, unknown>;
  const rejected = {} as Record<RecordTypeName, RawFile[]>;
  for (const name of RECORD_TYPE_NAMES) {
    const type = recordTypeOf(name);
    const given: RawFile | RawFile[] | null = raw[name];
    const files = given === null ? [] : Array.isArray(given) ? given : [given];
    // The one singleton is the site configuration, and a tree without one cannot be published.
    if (type.key === 'singleton' && !files.length && 'file' in type.place) problems.push({ file: type.place.file, entry: name, field: '', message: t('check.site.missing') });
    const valid: Located<unknown>[] = [];
    rejected[name] = [];
    for (const f of files) {
      const record = validateFile(f, type.schema, problems);
      if (record === null) rejected[name].push(f);
      else if (!type.document) valid.push(record);
      else {
        // A document's record adds what its body holds (a notice's paragraphs) to its front matter.
        // What the body's reader refuses is reported, and what it could read is still checked against.
        const read = type.document.read(record, f.body ?? '', f.bodyLine ?? 1);
        for (const p of read.problems) problems.push({ file: f.file, entry: entryName(f), ...p });
        valid.push({ ...(read.record as object), file: record.file });
      }
    }
    content[name] = type.key === 'singleton' ? (valid[0] ?? null) : valid;
  }
  {
    // Cross-checks see plain records; the positions come back from the raw files they were read from.
    const files = new Map(
      RECORD_TYPE_NAMES.flatMap((n): (RawFile | null)[] => [raw[n]].flat())
        .filter((f): f is RawFile => f !== null)
        .map((f) => [f.file, f]),
    );
    for (const p of runCrossChecks(content as ContentSet, rejected as Rejected)) {
      const file = files.get(p.file);
      (p.severity === 'warning' ? warnings : problems).push(file ? { ...p, ...locate(file, p.field ? p.field.split('.') : []) } : p);
    }
  }
  return { content: content as ContentSet, problems, warnings };
}
