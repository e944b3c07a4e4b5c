/**
 * What a post-build step knows about the build it finishes: only what some step reads (the steps
 * work on the files; the deployment settings, should one need them, are in src/config/deployment.ts).
 */
export interface PostBuildContext {
  /** Folder holding the freshly built site (a staging folder, not yet dist/). */
  outDir: string;
  /**
   * This build's working copy of the site's cache (scripts/lib/build-folders.ts), where a step may
   * keep what it can reuse next time (Pagefind's bundles); absent, a step reuses nothing.
   */
  cacheDir?: string;
}

/** A step run on the built site before it replaces dist/; throwing fails the build. */
export interface PostBuildStep {
  name: string;
  run(ctx: PostBuildContext): Promise<void>;
}
