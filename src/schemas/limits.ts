/**
 * How large a content tree's parts may be. Real content is far below every limit (the largest file
 * of the shipped tree is under 10 KB, its longest text under 300 characters); the limits are there
 * so that a careless paste or a hostile file is refused at once, with file and field named, instead
 * of stalling a build for minutes or crashing it. Reading (src/io/read-content.ts) enforces the
 * limits on files, the schemas (src/schemas/common.ts) and the notice reader
 * (src/lib/content/notice.ts) those on fields.
 */
export const CONTENT_LIMITS = {
  /** Bytes of one file, checked before it is read: a notice of 1 MB would be some 300 000 characters. */
  fileBytes: 1024 * 1024,
  /** Nesting of YAML collections (maps and lists); the deepest real field (`statedTotals.provincial.citations.0.quote`) is at 5. */
  yamlDepth: 20,
  /** Values one YAML file may hold once its aliases (`*name`) are expanded: a bound on an alias bomb. */
  yamlValues: 100_000,
  /** Characters of one text field (a name, a description, a quote …). */
  textLength: 2_000,
  /** Characters of one id. */
  idLength: 80,
  /** Characters of one paragraph of a notice. */
  paragraphLength: 10_000,
} as const;
