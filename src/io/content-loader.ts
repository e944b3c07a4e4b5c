/**
 * Astro content loader for every collection: the entries are the records of our own validation
 * (src/lib/content/validate.ts: schemas and cross-checks, with file, entry, field and line in every message),
 * so the site is built from exactly what `npm run check` accepted, parsed once. Astro's glob loader
 * would parse every file again with another YAML parser, validate it again with the same schema,
 * and compile every notice through MDX, although the site only reads the notices' anchored
 * paragraphs (src/lib/content/notice.ts) and never renders them as MDX.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { t } from '../i18n/index.ts';
import type { ContentSet } from '../lib/content/content-set.ts';
import { formatProblem, sortProblems } from '../lib/content/problems.ts';
import { forgetValidatedContent, validatedContent } from './validated-content.ts';

/** The collections this loader serves: every collection of a content tree (site.yaml is not one). */
type ContentCollection = Exclude<keyof ContentSet, 'site'>;

/** Entries scoped to a programme are keyed `programme/id`, since ids are unique only within one. */
function entryId(collection: ContentCollection, record: { id: string; programme?: string | null }): string {
  return collection === 'programmes' || collection === 'sources' || collection === 'corrections' || !record.programme ? record.id : `${record.programme}/${record.id}`;
}

// The content trees each dev server's watcher already revalidates on change.
const watchedTrees = new WeakMap<object, Set<string>>();
// Every collection's loader sees the same failed validation; the editor needs its problems once.
const reported = new WeakSet<object>();

/** Loads one collection of the content tree at `dir` (relative to the project root, or absolute). */
export function validatedContentLoader(dir: string, collection: ContentCollection): Loader {
  return {
    name: 'minsheng-validated-content',
    load: async ({ store, config, watcher, logger }) => {
      const contentDir = resolve(fileURLToPath(config.root), dir);
      const fill = () => {
        const result = validatedContent(contentDir);
        const { content, problems } = result;
        if (problems.length) {
          const lines = sortProblems(problems).map((p) => `  ${formatProblem(p)}`);
          const message = `${t('check.failed', { count: problems.length, dir: contentDir })}\n${lines.join('\n')}`;
          // A build stops here (scripts/build.ts checks before Astro starts; this covers `astro build` run
          // directly). The dev server previews what is valid and prints the problems: an editor entering
          // a notice project by project has totals that disagree until the last one.
          if (!watcher) throw new Error(message);
          if (!reported.has(result)) logger.error(message);
          reported.add(result);
        }
        store.clear();
        for (const record of content[collection] as ContentSet[ContentCollection]) {
          const { file, ...data } = record;
          store.set({ id: entryId(collection, record), data, filePath: file });
        }
      };
      fill();
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
      watcher.on('all', (_event, path) => inTree(path) && fill());
    },
  };
}
