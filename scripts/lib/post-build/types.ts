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
  /**
   * The SHA-256 of data files a step wrote, by path below data/, hashed from the very bytes it
   * wrote (the unpacked per-project files): the checksums step takes these rather than reading the
   * files back (most of its cost). The same map for every step of one build; absent, or without a
   * file, the file is read.
   */
  writtenChecksums?: Map<string, string>;
}

/** A step run on the built site before it replaces dist/; throwing fails the build. */
export interface PostBuildStep {
  name: string;
  run(ctx: PostBuildContext): Promise<void>;
}
