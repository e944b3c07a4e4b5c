import { z } from 'astro/zod';
import { slug } from './common.ts';

/**
 * Where a fact comes from: a source document, one of its anchored paragraphs, and the exact words.
 * The quote is checked against the paragraph at build time, so a citation cannot drift from its source.
 */
export const citationSchema = z
  .object({
    /** Id of the source document (a file in `content/sources/`). */
    source: slug.describe('来源文件编号（content/sources 中的文件） / Id of the source document in content/sources'),
    /** Paragraph anchor inside that document, e.g. `p12`. */
    paragraph: z
      .string()
      .regex(/^p\d+$/, '段落锚点形如 p12 / paragraph anchors look like p12')
      .describe('来源文件中的段落编号，如 p12 / Paragraph anchor in the source document, e.g. p12'),
    /** Verbatim words from that paragraph that state the fact. */
    quote: z.string().min(1, '不能为空 / must not be empty').describe('引文：该段落中载明此事实的原话（逐字照录） / Verbatim words of the paragraph that state the fact'),
  })
  .strict();

/** One or more citations; every fact-bearing record needs at least one. */
export const citationsSchema = z
  .array(citationSchema)
  .min(1, '至少需要一处出处 / at least one citation is required')
  .describe('出处（文件、段落、引文） / Source citations (document, paragraph, quote)');

export type Citation = z.infer<typeof citationSchema>;
