/**
 * Builds the shipped content once for the whole test run: at the root and under a sub-path,
 * so that every test reads the same real output.
 */
import type { TestProject } from 'vitest/node';
import { buildOrThrow } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ built at the root path. */
    distRoot: string;
    /** dist/ built with BASE_PATH=/minsheng/ (served under that prefix). */
    distSubpath: string;
  }
}

export default function setup(project: TestProject) {
  const site = { SITE_URL: 'https://example.gov.cn' };
  project.provide('distRoot', buildOrThrow({ ...site, BASE_PATH: '' }));
  project.provide('distSubpath', buildOrThrow({ ...site, BASE_PATH: '/minsheng/' }));
}
