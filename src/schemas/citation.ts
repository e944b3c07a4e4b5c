import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { quotedText, slug } from './common.ts';

/**
 * Where a fact comes from: a source document, one of its anchored paragraphs, and the exact words.
 * The quote is checked against the paragraph at build time, so a citation cannot drift from its source.
 */
export const citationSchema = z
  .object({
    /** Id of the source document (a file in `content/sources/`). */
    source: slug.describe(t('content.citation.source')),
    /** Paragraph anchor inside that document, e.g. `p12`. */
    paragraph: z
      .string()
      .regex(/^p\d+$/, t('content.citation.paragraph.invalid'))
      .describe(t('content.citation.paragraph')),
    /** Verbatim words from that paragraph that state the fact. */
    quote: quotedText.describe(t('content.citation.quote')),
  })
  .strict();

/** One or more citations; every fact-bearing record needs at least one. */
export const citationsSchema = z.array(citationSchema).min(1, t('content.citations.empty')).describe(t('content.citations'));

export type Citation = z.infer<typeof citationSchema>;
