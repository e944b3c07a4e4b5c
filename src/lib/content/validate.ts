/**
 * Schema validation of raw content files: turns parsed YAML into typed records, and every failure
 * into a {@link Problem} that names the file, the entry, the field and where it is.
 */
import { z } from 'astro/zod';
import { t } from '../../i18n/index.ts';
import type { RawContent, RawFile } from '../../io/read-content.ts';
import { correctionSchema } from '../../schemas/correction.ts';
import { milestoneSchema } from '../../schemas/milestone.ts';
import { oversightSchema } from '../../schemas/oversight.ts';
import { programmeSchema } from '../../schemas/programme.ts';
import { projectSchema } from '../../schemas/project.ts';
import { siteSchema } from '../../schemas/site.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { standardSchema } from '../../schemas/standard.ts';
import { runCrossChecks } from './checks/index.ts';
import type { ContentSet, Located } from './content-set.ts';
import { parseNoticeParagraphs } from './notice.ts';
import type { Problem } from './problems.ts';

const CHINESE_MESSAGES = z.locales.zhCN().localeError;

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
  if (raw.syntaxErrors.length) {
    for (const e of raw.syntaxErrors) {
      problems.push({ file: raw.file, entry, field: '', message: t('check.yaml.syntax', { message: e.message }), line: e.line, column: e.column });
    }
    return null;
  }
  const result = schema.safeParse(raw.data);
  if (!result.success) {
    // Editors read Chinese, the code's authors English: parse again with zod's Chinese messages
    // (same issues, same order) and give both. Our own schema messages are bilingual already.
    const chinese = schema.safeParse(raw.data, { error: CHINESE_MESSAGES }).error?.issues ?? [];
    result.error.issues.forEach((issue, i) => {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      const field = path.join('.') + ('keys' in issue && Array.isArray(issue.keys) ? (path.length ? '.' : '') + issue.keys.join(',') : '');
      const zh = chinese[i]?.message;
      const message = zh && zh !== issue.message ? `${zh} / ${issue.message}` : issue.message;
      problems.push({ file: raw.file, entry, field, message, ...locate(raw, path) });
    });
    return null;
  }
  return { ...(result.data as object), file: raw.file } as Located<z.infer<S>>;
}

/** Result of validating a content tree: the valid records and every problem found. */
export interface ValidationResult {
  content: ContentSet;
  problems: Problem[];
}

/**
 * Validates a whole content tree: each file against its schema, and the cross-checks (unique ids,
 * references, citations, stated totals) over every valid record, so that all problems are reported
 * in one run. The content is usable only if `problems` is empty.
 */
export function validateContent(raw: RawContent): ValidationResult {
  const problems: Problem[] = [];
  const all = <S extends z.ZodType>(files: RawFile[], schema: S) =>
    files.map((f) => validateFile(f, schema, problems)).filter((x): x is Located<z.infer<S>> => x !== null);
  if (!raw.site) problems.push({ file: 'site.yaml', entry: 'site', field: '', message: t('check.site.missing') });
  const site = raw.site ? validateFile(raw.site, siteSchema, problems) : null;
  const content: ContentSet = {
    site: site ? (({ file: _file, ...rest }) => rest)(site) : null,
    programmes: all(raw.programmes, programmeSchema),
    projects: all(raw.projects, projectSchema),
    standards: all(raw.standards, standardSchema),
    milestones: all(raw.milestones, milestoneSchema),
    oversight: all(raw.oversight, oversightSchema),
    sources: raw.sources
      .map((f) => {
        const source = validateFile(f, sourceSchema, problems);
        return source ? { ...source, paragraphs: parseNoticeParagraphs(f.body ?? '') } : null;
      })
      .filter((x) => x !== null),
    corrections: all(raw.corrections, correctionSchema),
  };
  {
    // Cross-checks see plain records; the positions come back from the raw files they were read from.
    const files = new Map(Object.values(raw).flat().filter((f): f is RawFile => f !== null).map((f) => [f.file, f]));
    const valid = new Set([...content.projects, ...content.standards].map((r) => r.file));
    // Project files are programmes/<programme>/projects/<id>.yaml, so an unreadable one is still known by its path.
    const unreadableProjects = raw.projects.filter((f) => !valid.has(f.file)).map((f) => f.file.split('/'));
    const unreadable = {
      projects: new Set(unreadableProjects.map((parts) => `${parts[1]}/${(parts.at(-1) ?? '').replace(/\.ya?ml$/, '')}`)),
      programmes: new Set(unreadableProjects.map((parts) => parts[1]!)),
      standardProjects: new Set(
        raw.standards
          .filter((f) => !valid.has(f.file))
          .map((f) => `${f.file.split('/')[1]}/${String((f.data as { project?: unknown } | undefined)?.project ?? '')}`),
      ),
    };
    for (const p of runCrossChecks(content, unreadable)) {
      const file = files.get(p.file);
      problems.push(file ? { ...p, ...locate(file, p.field ? p.field.split('.') : []) } : p);
    }
  }
  return { content, problems };
}
