import { z } from 'astro/zod';
import { plainText, slug, webUrl } from './common.ts';

/** Front matter of a source document stored as MDX with one anchored element per paragraph. */
export const sourceSchema = z
  .object({
    id: slug,
    /** Title of the document. */
    title: plainText,
    /** Programme the document belongs to. */
    programme: slug,
    /** Where the text came from (how it was obtained), for provenance. */
    provenance: plainText,
    /** Public URL of the original, only if known. */
    url: webUrl.nullable(),
  })
  .strict();

export type Source = z.infer<typeof sourceSchema>;

/** One anchored paragraph of a source document, as read from its MDX body (src/lib/content/notice.ts). */
export const noticeParagraphSchema = z
  .object({
    /** Anchor, e.g. `p12`; also the paragraph's number in the original (第12段). */
    id: z.string(),
    /** 1-based paragraph number. */
    number: z.number().int().positive(),
    /** Element used: the title, a part heading, a section heading or a body paragraph. */
    kind: z.enum(['h1', 'h2', 'h3', 'p']),
    /** Plain text of the paragraph, exactly as in the original. */
    text: z.string(),
  })
  .strict();

/** A source document as the site reads it: its front matter and its anchored paragraphs. */
export const sourceDocumentSchema = sourceSchema.extend({
  /** Every paragraph of the body, in order. */
  paragraphs: z.array(noticeParagraphSchema),
});

export type NoticeParagraph = z.infer<typeof noticeParagraphSchema>;
