/** What a post-build step knows about the build it finishes. */
export interface PostBuildContext {
  /** Folder holding the freshly built site (a staging folder, not yet dist/). */
  outDir: string;
  /** Deployment base path, `/` or `/a/b/`. */
  base: string;
  /** Absolute site origin and path prefix, e.g. https://example.gov.cn */
  site: string;
  /** Absolute content directory the site was built from. */
  contentDir: string;
}

/** A step run on the built site before it replaces dist/; throwing fails the build. */
export interface PostBuildStep {
  name: string;
  run(ctx: PostBuildContext): Promise<void>;
}
