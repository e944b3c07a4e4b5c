/**
 * Site paths, relative to the base. The URL scheme is the route table's (./routes.ts); its path
 * builders are re-exported here for the modules that only link to pages.
 */

/** Joins the deployment base (`/` or `/a/b/`) with a site path (`x/y/`). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\/+/, '')}`;
}

export {
  ABOUT_PATH,
  chartPath,
  classificationPath,
  groupPath,
  topicPath,
  oversightPath,
  paragraphPath,
  programmePath,
  projectListPath,
  projectPath,
  sourcePath,
  standardsPath,
} from './routes.ts';
