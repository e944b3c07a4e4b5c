/**
 * Writing a record imported from a sheet back to its YAML file, through the `yaml` library.
 *
 * - A record whose data equals what its file holds (after the schema's defaults) leaves the file
 *   untouched, byte for byte: an export and import of unchanged content changes nothing.
 * - A changed record is merged into the file's own document: unchanged fields keep their text,
 *   comments and style (a flow-style citation stays one line), changed values are written anew.
 * - A new file, and every new value, is block style with double-quoted strings, so that no comma,
 *   colon or `#` in a quote can be read as YAML syntax.
 * Fields left out of a file that hold their default stay left out.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, visit, type Node } from 'yaml';
import type { Shape } from './fields.ts';

/** Deep equality of plain data (what YAML and the schemas produce). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameData(v, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

/** `value` without the fields that hold their schema default (so a file keeps leaving them out). */
export function withoutDefaults(shape: Shape, value: unknown): unknown {
  if (shape.kind === 'array') return Array.isArray(value) ? value.map((v) => withoutDefaults(shape.item, v)) : value;
  if (shape.kind !== 'object' || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  const fields = new Map(shape.fields.map((f) => [f.key, f]));
  for (const [k, v] of Object.entries(value)) {
    const f = fields.get(k);
    if (v === undefined) continue;
    if (f && 'fallback' in f && sameData(v, f.fallback)) continue;
    out[k] = f ? withoutDefaults(f.shape, v) : v;
  }
  return out;
}

const YAML_OPTIONS = { lineWidth: 0, indent: 2, indentSeq: true } as const;

/** A new node for `value`: block style, every string value double-quoted (keys stay plain). */
function newNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  visit(node, {
    Scalar(key, scalar) {
      if (key !== 'key' && typeof scalar.value === 'string') scalar.type = 'QUOTE_DOUBLE';
    },
    Map(_key, map) {
      map.flow = false;
    },
    Seq(_key, seq) {
      seq.flow = false;
    },
  });
  return node;
}

/** What a merge changes: values replaced in place (by offsets of the file's text), and whether anything else changed. */
interface Changes {
  edits: { start: number; end: number; text: string }[];
  structural: boolean;
}

/** A scalar as YAML text: strings double-quoted (JSON's escapes are YAML's), numbers, booleans and null as they are. */
const scalarText = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : value === null ? 'null' : String(value));

const isScalarValue = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** Merges `value` into `node` of `doc`, keeping what is unchanged; returns the node to keep in its place. */
function merge(doc: Document, node: unknown, value: unknown, shape: Shape | undefined, changes: Changes): unknown {
  const current = node && typeof node === 'object' && 'toJSON' in node ? (node as Node).toJSON() : node;
  if (sameData(current, value)) return node;
  if (isMap(node) && value && typeof value === 'object' && !Array.isArray(value)) {
    const fields = shape?.kind === 'object' ? new Map(shape.fields.map((f) => [f.key, f])) : new Map();
    const given = value as Record<string, unknown>;
    for (const pair of [...node.items]) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      const field = fields.get(key);
      if (key in given) pair.value = merge(doc, pair.value, given[key], field?.shape, changes) as typeof pair.value;
      // A field written out at its default stays as written; any other field left out of the row is removed.
      else if (!(field && 'fallback' in field && sameData((pair.value as Node | null)?.toJSON?.() ?? pair.value, field.fallback))) {
        node.delete(key);
        changes.structural = true;
      }
    }
    for (const [k, v] of Object.entries(given)) {
      if (!node.has(k)) {
        node.set(k, newNode(doc, v));
        changes.structural = true;
      }
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const item = shape?.kind === 'array' ? shape.item : undefined;
    value.forEach((v, i) => {
      if (i < node.items.length) node.items[i] = merge(doc, node.items[i], v, item, changes) as (typeof node.items)[number];
      else {
        node.items.push(newNode(doc, v));
        changes.structural = true;
      }
    });
    if (node.items.length > value.length) changes.structural = true;
    node.items.splice(value.length);
    return node;
  }
  // A scalar replaced by a scalar is an edit of the text where it stands; anything else re-writes the file.
  if (isScalar(node) && node.range && isScalarValue(value)) changes.edits.push({ start: node.range[0], end: node.range[1], text: scalarText(value) });
  else changes.structural = true;
  return newNode(doc, value);
}

/**
 * `yaml` pads every flow collection alike (`{ a }` and `[ a ]`); a file written `[a, b]` keeps
 * that spacing of its lists, as long as the data read back is the same (a `[ ` inside plain text is left).
 */
function keepSeqStyle(existing: string, written: string): string {
  if (!/\[[^\s\]]/.test(existing)) return written;
  const unpadded = written.replace(/\[ ([^\[\]{}"'\n]*?) \]/g, '[$1]');
  return unpadded !== written && sameData(parseDocument(unpadded).toJS(), parseDocument(written).toJS()) ? unpadded : written;
}

/**
 * The text to write for `record` (already without its defaults: {@link withoutDefaults}) in place of
 * `existing` (the file's text, or null for a new file), or null to leave the file as it is: `same`
 * says the file already holds the record's data (compared after the schema's defaults). Where only
 * values changed, each is replaced where it stands and every other byte of the file is kept; where
 * fields or list items were added or removed, the file's document is written out again (comments
 * and styles kept: {@link keepSeqStyle}).
 */
export function yamlFor(record: unknown, shape: Shape, existing: string | null, same: boolean): string | null {
  if (existing !== null && same) return null;
  if (existing === null) {
    const doc = new Document();
    doc.contents = newNode(doc, record) as typeof doc.contents;
    return doc.toString(YAML_OPTIONS);
  }
  const doc = parseDocument(existing);
  const changes: Changes = { edits: [], structural: false };
  doc.contents = merge(doc, doc.contents, record, shape, changes) as typeof doc.contents;
  if (changes.structural) return keepSeqStyle(existing, doc.toString(YAML_OPTIONS));
  let text = existing;
  for (const e of [...changes.edits].sort((a, b) => b.start - a.start)) {
    // An empty value (`key:`) gets the space YAML needs after the colon.
    const lead = e.start === e.end && text[e.start - 1] === ':' ? ' ' : '';
    text = text.slice(0, e.start) + lead + e.text + text.slice(e.end);
  }
  return text;
}
