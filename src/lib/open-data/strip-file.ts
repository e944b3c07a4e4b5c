/**
 * Drops the `file` provenance field the content loader adds to every record: a path on the build
 * machine is a build detail, not data, and would make the files differ between checkouts.
 */
export function withoutFile<T extends object>(record: T): Omit<T, 'file'> {
  const { file: _file, ...rest } = record as T & { file?: unknown };
  return rest;
}
