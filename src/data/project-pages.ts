/**
 * Every project page's derived view (src/lib/programme/project-page.ts), derived once per build:
 * the page's key (src/data/page-keys.ts) is the digest of this very view, and the page renders it,
 * so what the key covers is what the page shows, and the derivation is not done twice.
 */
import { programmeCoordinators } from '../lib/programme/consultation.ts';
import { projectPage, type ProjectPage } from '../lib/programme/project-page.ts';
import { loadContent, loadHistoryKeys, loadIndexes } from './content.ts';
import { loadSiteBase } from './published.ts';

const pages = new Map<string, Promise<ProjectPage>>();

/** The view of project `id`'s page in programme `programme`; throws for a project the programme does not have. */
export function loadProjectPage(programme: string, id: string): Promise<ProjectPage> {
  const entry = `${programme}/${id}`;
  let page = pages.get(entry);
  if (!page) {
    page = Promise.all([loadIndexes(), loadHistoryKeys(), loadSiteBase(), loadCoordinators()]).then(([indexes, historyKeys, siteBase, coordinators]) => {
      const index = indexes.get(programme);
      if (!index) throw new Error(`no programme ${programme}`);
      return projectPage(index, id, { siteBase, historyKey: historyKeys.get(entry) ?? null, coordinators: coordinators.get(programme) ?? [] });
    });
    pages.set(entry, page);
  }
  return page;
}

let coordinators: Promise<Map<string, ReturnType<typeof programmeCoordinators>>> | undefined;

/** Each programme's coordinators (programme id → units), found once per build. */
function loadCoordinators(): Promise<Map<string, ReturnType<typeof programmeCoordinators>>> {
  coordinators ??= loadContent().then((c) => new Map(c.programmes.map((p) => [p.id, programmeCoordinators(p, c.oversight)])));
  return coordinators;
}
