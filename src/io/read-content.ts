/**
 * Reads a content tree from disk into raw records that keep, for every field, the file, line and
 * column it came from. Validation itself (src/lib/content/validate.ts) only sees this plain data.
 *
 * Two YAML parsers, for speed: js-yaml reads every file (about nine times faster), and `yaml`, which
 * keeps the position of every node, reads again only the files whose positions a message needs.
 *
 * Where each record type's files are (`site.yaml`, `sources/<id>.mdx`, `programmes/<programme>/programme.yaml`,
 * `programmes/<programme>/projects/<id>.yaml` …) is the registry's `place` (src/schemas/record-types.ts);
 * every other file of the tree is refused by name (src/lib/content/layout.ts).
 *
 * Nothing a file holds can crash the reading or stall it: a file is refused, with a message naming
 * it, when it is larger than the limit (before it is read), not UTF-8 (GBK, UTF-16; a UTF-8 byte
 * order mark is accepted and dropped), nested too deep, or when its aliases expand beyond the limit
 * (src/schemas/limits.ts); and any other failure to read it becomes a message too, never a stack trace.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load, YAMLException, type LoadOptions } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { t } from '../i18n/index.ts';
import { isHidden, placeFile, placeFolder } from '../lib/content/layout.ts';
import type { Problem } from '../lib/content/problems.ts';
import { CONTENT_LIMITS } from '../schemas/limits.ts';
import { RECORD_TYPE_NAMES, RECORD_TYPES, type RecordTypeName, type RecordTypes } from '../schemas/record-types.ts';

/** A YAML or MDX-front-matter file as parsed, with positions. */
export interface RawFile {
  /** Path relative to the content directory, with forward slashes. */
  file: string;
  /** Parsed data, or undefined when the file could not be parsed. */
  data: unknown;
  /** `line:column` of every value, keyed by dotted field path (`citations.0.quote`). */
  positions: Record<string, [number, number]>;
  /** The dotted paths of the collections written in flow style (`{ … }`, `[ … ]`), read with the positions. */
  flowCollections?: ReadonlySet<string>;
  /** YAML syntax errors, with their positions, worded for the editor ({@link explainSyntaxError}). */
  syntaxErrors: { message: string; line: number; column: number }[];
  /** For MDX sources: the body after the front matter. */
  body?: string;
  /** For MDX sources: the line of the file on which the body starts. */
  bodyLine?: number;
  /** Why the file is refused before its fields are checked (encoding, size, nesting, place), worded for the editor. */
  refused?: Refusal[];
}

/** Why a file is refused as a whole, and where in it, if anywhere in particular. */
export interface Refusal {
  message: string;
  line?: number;
  column?: number;
}

/** Every raw file of a content tree, by record type: a singleton's file (null when missing), else a list. */
export type RawContent = { [N in RecordTypeName]: RecordTypes[N]['key'] extends 'singleton' ? RawFile | null : RawFile[] };

/** A content tree as read: its files by record type, and the files and folders that belong to none, refused by name. */
export interface ContentTree {
  records: RawContent;
  unplaced: Problem[];
}

/** A file refused as a whole. */
const refusedFile = (file: string, refusal: Refusal): RawFile => ({ file, data: undefined, positions: {}, syntaxErrors: [], refused: [refusal] });

function collectPositions(node: Node | null | undefined, counter: LineCounter, path: string, out: Record<string, [number, number]>, flows?: Set<string>) {
  if (!node) return;
  if ((isMap(node) || isSeq(node)) && node.flow) flows?.add(path);
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
      collectPositions(pair.value as Node | null, counter, childPath, out, flows);
      if (keyNode?.range) {
        const { line, col } = counter.linePos(keyNode.range[0]);
        out[childPath] = [line, col];
      }
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => collectPositions(item as Node, counter, path ? `${path}.${i}` : String(i), out, flows));
  }
}

/** The usual slips of an editor's hand, told by the line a YAML syntax error is on. */
const FULL_WIDTH_COLON = /^\s*(?:-\s+)?[A-Za-z][\w-]*\s*：/;
const COLON_WITHOUT_SPACE = /^\s*(?:-\s+)?[A-Za-z][\w-]*:[^\s/]/;

/**
 * A YAML syntax error (`yaml`'s `code` and English message) as a message saying what to do,
 * for the slips editors make (a full-width colon, a tab, a comma or colon inside `{ … }`, a key
 * given twice); any other error keeps `yaml`'s words. `lineText` is the line the error is on.
 */
export function explainSyntaxError(code: string, message: string, lineText: string): string {
  const hint = FULL_WIDTH_COLON.test(lineText)
    ? t('check.yaml.hint.fullWidthColon')
    : COLON_WITHOUT_SPACE.test(lineText)
      ? t('check.yaml.hint.colonSpace')
      : code === 'TAB_AS_INDENT'
        ? t('check.yaml.hint.tab')
        : code === 'DUPLICATE_KEY'
          ? t('check.yaml.hint.duplicate')
          : lineText.includes('{') && !lineText.includes('}')
            ? t('check.yaml.hint.flowUnclosed')
            : lineText.includes('{')
              ? t('check.yaml.hint.flowSeparator')
              : code === 'BAD_INDENT' || code === 'BLOCK_AS_IMPLICIT_KEY'
                ? t('check.yaml.hint.indent')
                : null;
  return hint === null ? t('check.yaml.syntax', { message }) : t('check.yaml.explained', { hint, message });
}

/** What may stand before a quoted value on its line: nothing but indentation, or a key's colon, a list's dash, `[`, `{` or `,`. */
const VALUE_START = /(?:^|[:\-[{,])\s*$/;

/**
 * For a quoted value left open, the line (1-based) it opens on, or null. YAML lets a quoted value
 * run on over lines, so the parser reports a missing closing mark only where the file ends. The
 * scan follows the quotes as YAML does: a mark opens a quoted value only where a value starts
 * (after `: `, `- `, `[`, `{` or `,`; a mark inside plain text, 5" 管道, is a character), a
 * double-quoted value ends at an unescaped ", a single-quoted one at a ' not doubled, and # starts
 * a comment only outside quotes, after a space.
 */
export function openingQuoteLine(lines: readonly string[], mark: '"' | "'"): number | null {
  let open: { mark: '"' | "'"; line: number } | null = null;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (open) {
        if (open.mark === '"' && c === '\\') i++;
        else if (c === open.mark && open.mark === "'" && line[i + 1] === "'") i++;
        else if (c === open.mark) open = null;
        continue;
      }
      if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
      if ((c === '"' || c === "'") && VALUE_START.test(line.slice(0, i))) open = { mark: c, line: n + 1 };
    }
  }
  return open?.mark === mark ? open.line : null;
}

/** Parses YAML text into a document, keeping the position of every node. */
function positionalDocument(text: string) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  return { doc, counter };
}

/** The positions of every field of a parsed document, lines shifted by `lineOffset`; `flows` gathers its flow-style collections. */
function positionsOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, lineOffset: number, flows?: Set<string>): RawFile['positions'] {
  const positions: Record<string, [number, number]> = {};
  collectPositions(doc.contents as Node | null, counter, '', positions, flows);
  for (const k of Object.keys(positions)) positions[k] = [positions[k]![0] + lineOffset, positions[k]![1]];
  return positions;
}

/** Whether an error is `yaml`'s refusal of too many aliases (its guard against an alias bomb). */
const isAliasExcess = (error: unknown) => error instanceof ReferenceError && /alias/i.test(error.message);

/**
 * Parses YAML text, keeping positions and syntax errors; `lineOffset` shifts lines (for front matter).
 * Meant for text {@link parseYaml} has vetted: its own failures (a stack overflow on nesting js-yaml
 * would refuse, an alias bomb) are reported as refusals, never thrown.
 */
export function parseYamlWithPositions(text: string, file: string, lineOffset = 0): RawFile {
  try {
    const { doc, counter } = positionalDocument(text);
    // `yaml` turns its own stack overflow on deep nesting into an error of the document.
    const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
    if (overflow) return refusedFile(file, { message: t('check.limits.depth', { max: CONTENT_LIMITS.yamlDepth }) });
    const lines = text.split('\n');
    // The first slip only: the parser reads what follows it wrongly because of it (a tab or a
    // misaligned line gives several errors more), and each of those would be a line to chase.
    const syntaxErrors = doc.errors.slice(0, 1).map((e) => {
      const { line, col } = counter.linePos(e.pos[0]);
      // yaml's code for it is MISSING_CHAR; only its message says which mark.
      const mark = e.code === 'MISSING_CHAR' ? (/closing (["'])quote/.exec(e.message)?.[1] as '"' | "'" | undefined) : undefined;
      const opening = mark ? openingQuoteLine(lines, mark) : null;
      if (opening !== null)
        return {
          message: t('check.yaml.explained', { hint: t('check.yaml.hint.quoteUnclosed', { mark: mark! }), message: e.message.split('\n')[0]! }),
          line: opening + lineOffset,
          column: 1,
        };
      return { message: explainSyntaxError(e.code, e.message.split('\n')[0]!, lines[line - 1] ?? ''), line: line + lineOffset, column: col };
    });
    const flowCollections = new Set<string>();
    const positions = positionsOf(doc, counter, lineOffset, flowCollections);
    return { file, data: syntaxErrors.length ? undefined : doc.toJS(), positions, flowCollections, syntaxErrors };
  } catch (error) {
    if (isAliasExcess(error)) return refusedFile(file, { message: t('check.limits.expansion', { max: CONTENT_LIMITS.yamlValues }) });
    if (error instanceof RangeError) return refusedFile(file, { message: t('check.limits.depth', { max: CONTENT_LIMITS.yamlDepth }) });
    throw error;
  }
}

/**
 * Whether `data` holds more than `max` values once every alias is expanded: js-yaml shares an
 * aliased collection instead of copying it, so a small file can stand for billions of values (or a
 * cycle), which validation would walk one by one. Counted without recursion, and stopped at `max`.
 */
export function exceedsValues(data: unknown, max: number): boolean {
  const stack: unknown[] = [data];
  let count = 0;
  while (stack.length) {
    const value = stack.pop();
    if (++count > max) return true;
    if (value !== null && typeof value === 'object') for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push(child);
  }
  return false;
}

/** js-yaml's options: `maxDepth` (js-yaml 4.3) is not in @types/js-yaml yet. */
const jsYamlOptions = (filename: string): LoadOptions & { maxDepth: number } => ({ schema: CORE_SCHEMA, filename, maxDepth: CONTENT_LIMITS.yamlDepth });

/**
 * Parses YAML text like {@link parseYamlWithPositions}, but with js-yaml and positions on demand:
 * the first read of `positions` parses the text again with `yaml`. Text js-yaml refuses goes to
 * `yaml` at once, so that syntax errors read the same either way. Both use the YAML 1.2 core schema
 * (dates stay strings) and refuse duplicate keys. Text nested deeper than the limit, or whose
 * aliases expand beyond it, is refused before `yaml` sees it (src/schemas/limits.ts).
 */
export function parseYaml(text: string, file: string, lineOffset = 0): RawFile {
  let data: unknown;
  try {
    // An empty document is null, as `yaml` gives it.
    data = load(text, jsYamlOptions(file)) ?? null;
  } catch (error) {
    if (error instanceof YAMLException && error.reason.startsWith('nesting exceeded maxDepth')) {
      return refusedFile(file, { message: t('check.limits.depth', { max: CONTENT_LIMITS.yamlDepth }), line: error.mark.line + 1 + lineOffset, column: error.mark.column + 1 });
    }
    return parseYamlWithPositions(text, file, lineOffset);
  }
  if (exceedsValues(data, CONTENT_LIMITS.yamlValues)) return refusedFile(file, { message: t('check.limits.expansion', { max: CONTENT_LIMITS.yamlValues }) });
  let positions: RawFile['positions'] | undefined;
  const flowCollections = new Set<string>();
  const located = () => {
    // Only the positions are needed here: the data is js-yaml's.
    if (!positions) {
      const { doc, counter } = positionalDocument(text);
      positions = positionsOf(doc, counter, lineOffset, flowCollections);
    }
    return positions;
  };
  return {
    file,
    data,
    get positions() {
      return located();
    },
    get flowCollections() {
      located();
      return flowCollections;
    },
    syntaxErrors: [],
  };
}

/** Splits an MDX file into front matter (parsed) and body. */
export function parseMdxSource(text: string, file: string): RawFile {
  const match = /^---\r?\n([^]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { ...refusedFile(file, { message: t('check.mdx.frontMatter'), line: 1, column: 1 }), body: text };
  const raw = parseYaml(match[1]!, file, 1);
  return { ...raw, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Formats a size in bytes for a message, in the unit the limit is set in. */
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

/**
 * The text of a content file's bytes, or why it is refused: only UTF-8 is read (a UTF-8 byte order
 * mark, which Windows' Notepad writes, is dropped). GBK, the usual other encoding of Chinese text,
 * is not valid UTF-8, and UTF-16 is told by its byte order mark or by its NUL bytes.
 */
export function decodeContentFile(bytes: Uint8Array): { text: string } | { refused: Refusal } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { refused: { message: t('check.encoding.utf16') } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The line of the first byte that is not UTF-8, where the replacement character appears.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    const line = lossy.slice(0, Math.max(at, 0)).split('\n').length;
    return { refused: { message: t('check.encoding.notUtf8', { line }), line, column: 1 } };
  }
  if (text.includes('\u0000')) return { refused: { message: t('check.encoding.utf16') } };
  return { text };
}

/** Reads one file of the tree at `path` (its name in messages: `file`), refusing what cannot be read safely. */
function readFile(path: string, file: string): RawFile {
  try {
    const size = statSync(path).size;
    if (size > CONTENT_LIMITS.fileBytes) {
      return refusedFile(file, { message: t('check.limits.fileSize', { size: megabytes(size), max: megabytes(CONTENT_LIMITS.fileBytes) }) });
    }
    const decoded = decodeContentFile(readFileSync(path));
    if ('refused' in decoded) return refusedFile(file, decoded.refused);
    // Notices are MDX (front matter and an anchored body); every other file is YAML.
    return (file.endsWith('.mdx') ? parseMdxSource : parseYaml)(decoded.text, file);
  } catch (error) {
    return refusedFile(file, { message: t('check.read.failed', { reason: error instanceof Error ? error.message : String(error) }) });
  }
}

/**
 * Reads the whole content tree under `contentDir`: every file where the registry files a record
 * type, and, refused by name, every other file and folder (hidden ones, starting with `.`, excepted).
 */
export function readContentTree(contentDir: string): ContentTree {
  const byType = Object.fromEntries(RECORD_TYPE_NAMES.map((name) => [name, [] as RawFile[]])) as Record<RecordTypeName, RawFile[]>;
  const unplaced: Problem[] = [];
  const walk = (rel: string) => {
    let names: string[];
    try {
      names = readdirSync(rel ? join(contentDir, rel) : contentDir).sort();
    } catch (error) {
      // A missing content folder is a tree without files (the missing site.yaml says so); anything else is named.
      if (!rel && !existsSync(contentDir)) return;
      unplaced.push({
        file: rel ? `${rel}/` : '.',
        entry: rel || '.',
        field: '',
        message: t('check.read.failed', { reason: error instanceof Error ? error.message : String(error) }),
      });
      return;
    }
    for (const name of names) {
      if (isHidden(name)) continue;
      const path = rel ? `${rel}/${name}` : name;
      let isFolder: boolean;
      try {
        isFolder = statSync(join(contentDir, path)).isDirectory();
      } catch (error) {
        unplaced.push({ file: path, entry: name, field: '', message: t('check.read.failed', { reason: error instanceof Error ? error.message : String(error) }) });
        continue;
      }
      if (isFolder) {
        const problem = placeFolder(path);
        if (problem) unplaced.push(problem);
        else walk(path);
        continue;
      }
      const placement = placeFile(path);
      if (placement.type === null) unplaced.push(placement.problem);
      else byType[placement.type].push(placement.problem ? refusedFile(path, { message: placement.problem.message }) : readFile(join(contentDir, path), path));
    }
  };
  walk('');
  const records = Object.fromEntries(RECORD_TYPE_NAMES.map((name) => [name, RECORD_TYPES[name].key === 'singleton' ? (byType[name][0] ?? null) : byType[name]])) as RawContent;
  return { records, unplaced };
}

/** The records of the content tree under `contentDir` ({@link readContentTree} without the files it refused by name). */
export function readContent(contentDir: string): RawContent {
  return readContentTree(contentDir).records;
}
