/**
 * Site paths, relative to the base. Every link is built here so that a sub-path deployment
 * (BASE_PATH) and the URL scheme are decided in one place.
 */

/** Joins the deployment base (`/` or `/a/b/`) with a site path (`x/y/`). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

/** Path of a programme's overview. */
export const programmePath = (programme: string) => `${programme}/`;
/** Path of a programme's project list, optionally pre-filtered by one facet. */
export const projectListPath = (programme: string, facet?: { kind: 'level' | 'standing' | 'change'; value: string }) =>
  facet ? `${programme}/projects/${facet.kind}/${facet.value}/` : `${programme}/projects/`;
/** Path of one project's page. */
export const projectPath = (programme: string, id: string) => `${programme}/projects/${id}/`;
/** Path of a programme's standards table. */
export const standardsPath = (programme: string) => `${programme}/standards/`;
/** Path of a source document's full text. */
export const sourcePath = (programme: string) => `${programme}/notice/`;
/** Link to one paragraph of the notice. */
export const paragraphPath = (programme: string, paragraph: string) => `${programme}/notice/#${paragraph}`;
/** Path of a programme's deadlines and oversight page. */
export const oversightPath = (programme: string) => `${programme}/oversight/`;
/** Path of a chart's standalone SVG file. */
export const chartPath = (programme: string, chart: string) => `${programme}/charts/${chart}.svg`;
