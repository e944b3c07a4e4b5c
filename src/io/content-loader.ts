/**
 * Astro content loader for every collection (one per record type, src/schemas/record-types.ts): the entries are the records of our own validation
 * (src/lib/content/validate.ts: schemas and cross-checks, with file, entry, field and line in every message),
 * so the site is built from exactly what `npm run check` accepted, parsed once. Astro's glob loader
 * would parse every file again with another YAML parser, validate it again with the same schema,
 * and compile every notice through MDX, although the site only reads the notices' anchored
 * paragraphs (src/lib/content/notice.ts) and never renders them as MDX.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { entriesOf } from '../lib/content/content-set.ts';
import { formatProblem, sortProblems } from '../lib/content/problems.ts';
import { entryKey, type RecordTypeName } from '../schemas/record-types.ts';
import { forgetValidatedContent, validatedContent } from './validated-content.ts';

// The content trees each dev server's watcher already revalidates on change.
const watchedTrees = new WeakMap<object, Set<string>>();
// Every collection's loader sees the same failed validation; the editor needs its problems once.
const reported = new WeakSet<object>();

/** Loads one collection (record type) of the content tree at `dir` (relative to the project root, or absolute). */
export function validatedContentLoader(dir: string, collection: RecordTypeName): Loader {
  return {
    name: 'minsheng-validated-content',
    load: async ({ store, config, watcher, logger }) => {
      const contentDir = resolve(fileURLToPath(config.root), dir);
      const fill = () => {
        const result = validatedContent(contentDir);
        const { content, problems } = result;
        if (problems.length) {
          const lines = sortProblems(problems).map((p) => `  ${formatProblem(p)}`);
          const message = `内容校验失败，共 ${problems.length} 处问题 / content check failed with ${problems.length} problem(s) in ${contentDir}:\n${lines.join('\n')}`;
          // A build stops here (scripts/build.ts checks before Astro starts; this covers `astro build` run
          // directly). The dev server previews what is valid and prints the problems: an editor entering
          // a notice project by project has totals that disagree until the last one.
          if (!watcher) throw new Error(message);
          if (!reported.has(result)) logger.error(message);
          reported.add(result);
        }
        store.clear();
        for (const record of entriesOf(content, collection)) {
          const { file, ...data } = record;
          store.set({ id: entryKey(collection, record), data, filePath: file });
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
