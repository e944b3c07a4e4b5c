import { z } from 'astro/zod';
import { plainText, slug } from './common.ts';

/** Front matter of a source document stored as MDX with one anchored element per paragraph. */
export const sourceSchema = z
  .object({
    id: slug,
    /** Title of the document. */
    title: plainText,
    /** Programme the document belongs to. */
    programme: slug,
    /** Issuer as stated, or null. */
    issuer: plainText.nullable(),
    /** Where the text came from (how it was obtained), for provenance. */
    provenance: plainText,
    /** Public URL of the original, only if known. */
    url: z.url().nullable(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;
