/**
 * Reads a content tree from disk into raw records that keep, for every field, the file, line and
 * column it came from. Validation itself (src/lib/content/validate.ts) only sees this plain data.
 *
 * Two YAML parsers, for speed: js-yaml reads every file (about nine times faster), and `yaml`, which
 * keeps the position of every node, reads again only the files whose positions a message needs.
 *
 * Where each record type's files are (`site.yaml`, `sources/<id>.mdx`, `programmes/<programme>/programme.yaml`,
 * `programmes/<programme>/projects/<id>.yaml` …) is the registry's `place` (src/schemas/record-types.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { PROGRAMMES_FOLDER, RECORD_TYPE_NAMES, RECORD_TYPES, type RecordTypeName, type RecordTypes } from '../schemas/record-types.ts';

/** A YAML or MDX-front-matter file as parsed, with positions. */
export interface RawFile {
  /** Path relative to the content directory, with forward slashes. */
  file: string;
  /** Parsed data, or undefined when the file could not be parsed. */
  data: unknown;
  /** `line:column` of every value, keyed by dotted field path (`citations.0.quote`). */
  positions: Record<string, [number, number]>;
  /** YAML syntax errors, with their positions. */
  syntaxErrors: { message: string; line: number; column: number }[];
  /** For MDX sources: the body after the front matter. */
  body?: string;
}

/** Every raw file of a content tree, by record type: a singleton's file (null when missing), else a list. */
export type RawContent = { [N in RecordTypeName]: RecordTypes[N]['key'] extends 'singleton' ? RawFile | null : RawFile[] };

function collectPositions(node: Node | null | undefined, counter: LineCounter, path: string, out: Record<string, [number, number]>) {
  if (!node) return;
  if (node.range) {
    const { line, col } = counter.linePos(node.range[0]);
    out[path] = [line, col];
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      const childPath = path ? `${path}.${key}` : key;
      // Point a field at its key, so a missing or wrong value is reported where the editor typed it.
      const keyNode = pair.key as Node | null;
      collectPositions(pair.value as Node | null, counter, childPath, out);
      if (keyNode?.range) {
        const { line, col } = counter.linePos(keyNode.range[0]);
        out[childPath] = [line, col];
      }
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => collectPositions(item as Node, counter, path ? `${path}.${i}` : String(i), out));
  }
}

/** Parses YAML text, keeping positions and syntax errors; `lineOffset` shifts lines (for front matter). */
export function parseYamlWithPositions(text: string, file: string, lineOffset = 0): RawFile {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const positions: Record<string, [number, number]> = {};
  collectPositions(doc.contents as Node | null, counter, '', positions);
  for (const k of Object.keys(positions)) positions[k] = [positions[k]![0] + lineOffset, positions[k]![1]];
  const syntaxErrors = doc.errors.map((e) => {
    const { line, col } = counter.linePos(e.pos[0]);
    return { message: e.message.split('\n')[0]!, line: line + lineOffset, column: col };
  });
  return { file, data: syntaxErrors.length ? undefined : doc.toJS(), positions, syntaxErrors };
}

/**
 * Parses YAML text like {@link parseYamlWithPositions}, but with js-yaml and positions on demand:
 * the first read of `positions` parses the text again with `yaml`. Text js-yaml refuses goes to
 * `yaml` at once, so that syntax errors read the same either way. Both use the YAML 1.2 core schema
 * (dates stay strings) and refuse duplicate keys.
 */
export function parseYaml(text: string, file: string): RawFile {
  let data: unknown;
  try {
    // An empty document is null, as `yaml` gives it.
    data = load(text, { schema: CORE_SCHEMA, filename: file }) ?? null;
  } catch {
    return parseYamlWithPositions(text, file);
  }
  let positions: RawFile['positions'] | undefined;
  return {
    file,
    data,
    get positions() {
      positions ??= parseYamlWithPositions(text, file).positions;
      return positions;
    },
    syntaxErrors: [],
  };
}

/** Splits an MDX file into front matter (parsed) and body. */
export function parseMdxSource(text: string, file: string): RawFile {
  const match = /^---\r?\n([^]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    return { file, data: undefined, positions: {}, syntaxErrors: [{ message: 'missing front matter (---)', line: 1, column: 1 }], body: text };
  }
  const raw = parseYamlWithPositions(match[1]!, file, 1);
  return { ...raw, body: text.slice(match[0].length) };
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads the whole content tree under `contentDir`. */
export function readContent(contentDir: string): RawContent {
  const rel = (p: string) => relative(contentDir, p).split('\\').join('/');
  // Notices are MDX (front matter and an anchored body); every other file is YAML.
  const read = (p: string) => (p.endsWith('.mdx') ? parseMdxSource : parseYaml)(readFileSync(p, 'utf8'), rel(p));
  const programmesDir = join(contentDir, PROGRAMMES_FOLDER);
  const programmeDirs = existsSync(programmesDir)
    ? readdirSync(programmesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(programmesDir, d.name)).sort()
    : [];
  const filesOf = (name: RecordTypeName) => {
    const { place } = RECORD_TYPES[name];
    const dirs = place.scope === 'programme' ? programmeDirs : [contentDir];
    const paths = 'file' in place ? dirs.map((d) => join(d, place.file)).filter((p) => existsSync(p)) : dirs.flatMap((d) => listFiles(join(d, place.folder), place.extension));
    return paths.map(read);
  };
  return Object.fromEntries(
    RECORD_TYPE_NAMES.map((name) => {
      const files = filesOf(name);
      return [name, RECORD_TYPES[name].key === 'singleton' ? (files[0] ?? null) : files];
    }),
  ) as RawContent;
}
