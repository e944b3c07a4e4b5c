/**
 * Astro content loader for every collection (one per record type, src/schemas/record-types.ts): the
 * entries are the records of our own validation (src/lib/content/validate.ts: schemas and
 * cross-checks, with file, entry, field and line in every message), so the site is built from
 * exactly what `npm run check` accepts, parsed and checked once, here. Astro's glob loader
 * would parse every file again with another YAML parser, validate it again with the same schema,
 * and compile every notice through MDX, although the site only reads the notices' anchored
 * paragraphs (src/lib/content/notice.ts) and never renders them as MDX.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { t } from '../i18n/index.ts';
import { entriesOf } from '../lib/content/content-set.ts';
import { formatProblem, sortProblems } from '../lib/content/problems.ts';
import type { ValidationResult } from '../lib/content/validate.ts';
import { RECORD_COUNTS_ENTRY, type RecordCounts } from '../schemas/record-counts.ts';
import { entryKey, RECORD_TYPE_NAMES, type RecordTypeName } from '../schemas/record-types.ts';
import { ContentInvalidError } from './content-invalid.ts';
import { forgetValidatedContent, validatedContent } from './validated-content.ts';

/**
 * What a content check prints about the tree at `dir`: every problem, one per line (not `ok`), or
 * what the tree holds. `npm run check` prints it (scripts/lib/check-content.ts), and so does a build.
 */
export function contentCheckReport({ content, problems, warnings = [] }: ValidationResult, dir: string): { ok: boolean; text: string } {
  const warned = warnings.length
    ? `\n${t('check.warnings', { count: warnings.length })}\n${sortProblems(warnings)
        .map((p) => `  ${formatProblem(p)}`)
        .join('\n')}`
    : '';
  if (problems.length) {
    const lines = sortProblems(problems).map((p) => `  ${formatProblem(p)}`);
    return { ok: false, text: `${t('check.failed', { count: problems.length, dir })}\n${lines.join('\n')}${warned}` };
  }
  return { ok: true, text: t('cli.check.passed', { programmes: content.programmes.length, projects: content.projects.length, standards: content.standards.length, dir }) + warned };
}

// The content trees each dev server's watcher already revalidates on change.
const watchedTrees = new WeakMap<object, Set<string>>();
// Every collection's loader sees the same validation; its report is printed once.
const reported = new WeakSet<object>();

/** Loads one collection (record type) of the content tree at `dir` (relative to the project root, or absolute). */
export function validatedContentLoader(dir: string, collection: RecordTypeName): Loader {
  return treeLoader(dir, (store, content) => {
    for (const record of entriesOf(content, collection)) {
      const { file, ...data } = record;
      store.set({ id: entryKey(collection, record), data, filePath: file });
    }
  });
}

/** Loads the one entry that counts the records of each type of the tree at `dir` (src/schemas/record-counts.ts). */
export function recordCountsLoader(dir: string): Loader {
  return treeLoader(dir, (store, content) => {
    const counts: RecordCounts = Object.fromEntries(RECORD_TYPE_NAMES.map((name) => [name, entriesOf(content, name).length]));
    store.set({ id: RECORD_COUNTS_ENTRY, data: counts });
  });
}

/**
 * A loader that fills its collection, through `fill`, from the validation of the tree at `dir`
 * that every collection of the process shares.
 */
function treeLoader(dir: string, fill: (store: LoaderContext['store'], content: ValidationResult['content']) => void): Loader {
  return {
    name: 'minsheng-validated-content',
    load: async ({ store, config, watcher, logger }) => {
      const contentDir = resolve(fileURLToPath(config.root), dir);
      const refill = () => {
        const result = validatedContent(contentDir);
        // A build stops here, the only place it checks the content: scripts/lib/astro-build.ts prints
        // the report and exits with its own exit code. The dev server previews what is valid and prints
        // the problems: an editor entering a notice project by project has totals that disagree until
        // the last one.
        if (!watcher && result.problems.length) throw new ContentInvalidError(contentCheckReport(result, contentDir).text);
        if (!reported.has(result)) {
          reported.add(result);
          const report = contentCheckReport(result, contentDir);
          // A build says what it checked, as `npm run check` does (Astro's own log shows only warnings).
          if (!watcher) console.log(report.text);
          else if (!report.ok) logger.error(report.text);
        }
        store.clear();
        fill(store, result.content);
      };
      refill();
      if (!watcher) return;
      // `astro dev`: an edit anywhere in the tree can change what the cross-checks accept, so the
      // tree is validated again, once per change (the first listener forgets the old result; the
      // listeners run in the order they were added), and every collection is refilled from it.
      const inTree = (path: string) => {
        const inside = relative(contentDir, path);
        return inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
      };
      const watched = watchedTrees.get(watcher) ?? new Set<string>();
      watchedTrees.set(watcher, watched);
      if (!watched.has(contentDir)) {
        watched.add(contentDir);
        watcher.add(contentDir);
        watcher.on('all', (_event, path) => inTree(path) && forgetValidatedContent(contentDir));
      }
      watcher.on('all', (_event, path) => inTree(path) && refill());
    },
  };
}
