/**
 * A record type's fields as a spreadsheet sees them, read from its zod schema: objects, lists,
 * keyed records and leaves (text, number, yes/no, coded). Nothing here names a field, so a new
 * record type or field needs no sheet code; only its header may be given a short form
 * (`sheets.header.<field>` in src/i18n/zh-CN/sheets.ts).
 */
import type { z } from 'astro/zod';
import { t, type MessageKey } from '../../i18n/index.ts';
import { zhCN } from '../../i18n/zh-CN/index.ts';
import * as vocabulary from '../../schemas/vocabulary.ts';

/** A value a cell holds. */
export type Leaf =
  | { kind: 'text' }
  | { kind: 'number'; integer: boolean }
  | { kind: 'boolean' }
  /** A closed vocabulary: its codes, and the label shown for each (the code itself where it has none). */
  | { kind: 'code'; codes: string[]; labels: Record<string, string> };

/** A field's shape; `nullable` and `fallback` (its default) belong to the field holding it. */
export type Shape =
  /** `variants`: for a union of objects told apart by one coded field (a standard's `kind`), the fields of each. */
  { kind: 'object'; fields: Field[]; variants?: { key: string; fields: Record<string, string[]> } } | { kind: 'array'; item: Shape } | { kind: 'leaf'; leaf: Leaf };

export interface Field {
  key: string;
  /** Short Chinese header (`sheets.header.<key>`, else the Chinese half of the description, else the key). */
  header: string;
  /** The schema's description, in full, for the header's note. */
  description: string;
  shape: Shape;
  nullable: boolean;
  /** Whether the field may be left out (it has a default, or is optional, or is a key of a partial record). */
  omittable: boolean;
  /** The default the schema fills in when the field is left out, if it has one. */
  fallback?: unknown;
}

type Def = { type: string; [k: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const descriptionOf = (schema: unknown): string => (schema as { description?: string }).description ?? '';

/** The vocabularies that have labels (`LEVEL_LABELS` …), from src/schemas/vocabulary.ts. */
const LABEL_MAPS: Record<string, string>[] = Object.entries(vocabulary)
  .filter(([name, value]) => name.endsWith('_LABELS') && value && typeof value === 'object')
  .map(([, value]) => value as Record<string, string>);

/** The labels of a set of codes: the vocabulary holding all of them with the fewest others, where labels are distinct. */
function labelsOf(codes: readonly string[]): Record<string, string> {
  const fits = LABEL_MAPS.filter((m) => codes.every((c) => c in m)).sort((a, b) => Object.keys(a).length - Object.keys(b).length);
  const map = fits[0];
  const labels = Object.fromEntries(codes.map((c) => [c, map?.[c] ?? c]));
  return new Set(Object.values(labels)).size === codes.length ? labels : Object.fromEntries(codes.map((c) => [c, c]));
}

/**
 * A field's header: its short form, or the Chinese half of its description cut at the first aside,
 * or, for a field named by a code (a level's totals, `provincial`), that code's vocabulary label.
 */
function headerOf(key: string, description: string): string {
  const short = `sheets.header.${key}`;
  if (short in zhCN) return t(short as MessageKey & `sheets.header.${string}`);
  const chinese = description
    .split(' / ')[0]
    ?.split(/[（(；;，,：:]/)[0]
    ?.trim();
  return chinese || LABEL_MAPS.find((m) => key in m)?.[key] || key;
}

interface Unwrapped {
  schema: unknown;
  nullable: boolean;
  omittable: boolean;
  fallback?: unknown;
  description: string;
}

/** Strips the wrappers that do not change what a cell holds: nullable, default, optional, pipes. */
function unwrap(schema: unknown): Unwrapped {
  let current = schema;
  const out: Unwrapped = { schema, nullable: false, omittable: false, description: descriptionOf(schema) };
  for (;;) {
    const def = defOf(current);
    if (!out.description) out.description = descriptionOf(current);
    if (def.type === 'nullable') out.nullable = true;
    else if (def.type === 'optional') out.omittable = true;
    else if (def.type === 'default' || def.type === 'prefault') {
      out.omittable = true;
      if (!('fallback' in out)) out.fallback = structuredClone(def.defaultValue);
    } else if (def.type === 'pipe') {
      // A preprocess (in: transform) reads as what it feeds; a transform after a schema reads as that schema.
      current = defOf(def.in).type === 'transform' ? def.out : def.in;
      continue;
    } else if (def.type !== 'readonly' && def.type !== 'nonoptional' && def.type !== 'catch') break;
    current = def.innerType;
  }
  out.schema = current;
  return out;
}

/** The shape of a schema (after {@link unwrap}). */
export function shapeOf(schema: unknown): Shape {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return { kind: 'object', fields: Object.entries(def.shape as Record<string, unknown>).map(([key, s]) => fieldOf(key, s)) };
    case 'union': {
      // A union of objects (a standard's kinds) reads as all their fields; a literal they share becomes a coded field.
      const options = (def.options as unknown[]).map((o) => shapeOf(unwrap(o).schema));
      if (options.every((o) => o.kind === 'object')) {
        const objects = options as (Shape & { kind: 'object' })[];
        const shape: Shape = { kind: 'object', fields: mergeFields(objects.flatMap((o) => o.fields)) };
        const single = (f: Field | undefined) => (f?.shape.kind === 'leaf' && f.shape.leaf.kind === 'code' && f.shape.leaf.codes.length === 1 ? f.shape.leaf.codes[0] : undefined);
        const key = objects[0]?.fields.find((f) => objects.every((o) => single(o.fields.find((g) => g.key === f.key)) !== undefined))?.key;
        if (key) shape.variants = { key, fields: Object.fromEntries(objects.map((o) => [single(o.fields.find((g) => g.key === key))!, o.fields.map((g) => g.key)])) };
        return shape;
      }
      return options[0] ?? { kind: 'leaf', leaf: { kind: 'text' } };
    }
    case 'record': {
      // A record keyed by a vocabulary (a level's breakdown by standing) reads as one field per key.
      const keys = defOf(def.keyType).type === 'enum' ? Object.values(defOf(def.keyType).entries as Record<string, string>) : [];
      return { kind: 'object', fields: keys.map((key) => ({ ...fieldOf(key, def.valueType), omittable: true, header: headerOf(key, '') })) };
    }
    case 'array':
      return { kind: 'array', item: shapeOf(unwrap(def.element).schema) };
    case 'enum':
      return codeLeaf(Object.values(def.entries as Record<string, string>));
    case 'literal':
      return codeLeaf((def.values as unknown[]).map(String));
    case 'number':
    case 'int': {
      const checks = (def.checks as { _zod: { def: { format?: string; check?: string } } }[] | undefined) ?? [];
      return { kind: 'leaf', leaf: { kind: 'number', integer: checks.some((c) => c._zod.def.format === 'safeint' || c._zod.def.check === 'number_format') } };
    }
    case 'boolean':
      return { kind: 'leaf', leaf: { kind: 'boolean' } };
    default:
      return { kind: 'leaf', leaf: { kind: 'text' } };
  }
}

const codeLeaf = (codes: string[]): Shape => ({ kind: 'leaf', leaf: { kind: 'code', codes, labels: labelsOf(codes) } });

/** The fields of several objects in one list, in order of first appearance; a coded field's codes are joined. */
function mergeFields(fields: Field[]): Field[] {
  const merged = new Map<string, Field>();
  for (const f of fields) {
    const seen = merged.get(f.key);
    if (!seen) merged.set(f.key, f);
    else if (seen.shape.kind === 'leaf' && seen.shape.leaf.kind === 'code' && f.shape.kind === 'leaf' && f.shape.leaf.kind === 'code') {
      const codes = [...new Set([...seen.shape.leaf.codes, ...f.shape.leaf.codes])];
      merged.set(f.key, { ...seen, shape: codeLeaf(codes) });
    }
  }
  return [...merged.values()];
}

function fieldOf(key: string, schema: unknown): Field {
  const u = unwrap(schema);
  const field: Field = { key, header: headerOf(key, u.description), description: u.description, shape: shapeOf(u.schema), nullable: u.nullable, omittable: u.omittable };
  if ('fallback' in u) field.fallback = u.fallback;
  return field;
}

/** The fields of a record type's schema (an object, or a union of objects). */
export function recordShape(schema: z.ZodType): Shape & { kind: 'object' } {
  const shape = shapeOf(unwrap(schema).schema);
  if (shape.kind !== 'object') throw new Error('a record schema is an object');
  return shape;
}

/** A level as a programme declares it (programme.yaml `levels`): its code and the label the source gives it. */
export interface ProgrammeLevel {
  code: string;
  label: string;
}

const isLevelLeaf = (f: Field) =>
  f.shape.kind === 'leaf' &&
  f.shape.leaf.kind === 'code' &&
  f.shape.leaf.codes.length === vocabulary.LEVELS.length &&
  vocabulary.LEVELS.every((c) => (f.shape as { leaf: { codes: string[] } }).leaf.codes.includes(c));

/**
 * A record type's fields in the workbook of one programme: a record's own level (a project's
 * `level`, coded by the shared levels vocabulary) offers and accepts the levels that programme
 * declares, in its order and labelled as it labels them (县级, 市本级), not the shared 省级/市级/区级,
 * and a field named by a level is headed by that label. A programme without levels offers none. `levels` null (its programme.yaml unreadable) keeps the
 * shared vocabulary.
 */
export function withProgrammeLevels(shape: Shape & { kind: 'object' }, levels: readonly ProgrammeLevel[] | null): Shape & { kind: 'object' } {
  if (levels === null) return shape;
  const labels = Object.fromEntries(levels.map((l) => [l.code, l.label]));
  const leaf: Leaf = { kind: 'code', codes: levels.map((l) => l.code), labels };
  // A field named by a level (a programme's totals, `statedTotals.district`) is headed by the programme's label too (县级).
  const headed = (s: Shape): Shape => (s.kind === 'object' ? { ...s, fields: s.fields.map((f) => ({ ...f, header: labels[f.key] ?? f.header, shape: headed(f.shape) })) } : s);
  return {
    ...shape,
    fields: shape.fields.map((f) => (isLevelLeaf(f) ? { ...f, shape: { kind: 'leaf', leaf } } : { ...f, header: labels[f.key] ?? f.header, shape: headed(f.shape) })),
  };
}

/** The levels a programme's record declares, or null where it does not hold a readable list of them. */
export function levelsOf(programme: unknown): ProgrammeLevel[] | null {
  const levels = (programme as { levels?: unknown } | null | undefined)?.levels;
  if (levels === undefined) return [];
  if (!Array.isArray(levels)) return null;
  const read = levels.filter((l): l is ProgrammeLevel => typeof l?.code === 'string' && typeof l?.label === 'string');
  return read.length === levels.length ? read : null;
}

/** The field at a dotted path of a record's data (`citations.0.quote`), or undefined. */
export function fieldAt(shape: Shape, path: readonly (string | number)[]): Field | undefined {
  let current: Shape = shape;
  let field: Field | undefined;
  for (const part of path) {
    while (current.kind === 'array') current = current.item;
    if (typeof part === 'number' || /^\d+$/.test(String(part))) continue;
    if (current.kind !== 'object') return undefined;
    field = current.fields.find((f) => f.key === part);
    if (!field) return undefined;
    current = field.shape;
  }
  return field;
}
