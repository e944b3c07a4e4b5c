import { z } from 'astro/zod';

/**
 * A field of a closed vocabulary (src/schemas/vocabulary.ts) that also takes the vocabulary's
 * Chinese labels, as editors write them: `level: 省级` reads as `provincial`, `standing: 继续实施`
 * as `continued`. The record holds the code either way; anything else is refused with the codes
 * listed, as a plain enum would. The description goes on the enum itself, so that the published
 * JSON Schemas stay what a plain described enum gives.
 */
export function coded<const C extends readonly [string, ...string[]]>(codes: C, labels: Readonly<Partial<Record<C[number], string>>>, description?: string) {
  const byLabel = new Map<string, string>(Object.entries(labels).map(([code, label]) => [String(label), code]));
  const values = z.enum(codes);
  return z.preprocess((v) => (typeof v === 'string' && byLabel.has(v.trim()) ? byLabel.get(v.trim()) : v), description === undefined ? values : values.describe(description));
}
