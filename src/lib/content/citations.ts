import type { Citation } from '../../schemas/citation.ts';

/** Every citation in a record, with the dotted path of the field holding it. */
export function collectCitations(value: unknown, path = ''): { path: string; citation: Citation }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectCitations(v, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.source === 'string' && typeof o.paragraph === 'string' && typeof o.quote === 'string') {
      return [{ path, citation: o as unknown as Citation }];
    }
    return Object.entries(o).flatMap(([k, v]) => (k === 'file' ? [] : collectCitations(v, path ? `${path}.${k}` : k)));
  }
  return [];
}
