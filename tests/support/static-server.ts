/** Re-exported for tests; the implementation is shared with scripts/. */
export * from '../../scripts/lib/static-server.ts';
