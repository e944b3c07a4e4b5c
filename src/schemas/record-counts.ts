/**
 * How many records of each type a content tree holds: one entry of a collection of its own, beside
 * the record types' collections (src/content.config.ts). Astro's getCollection() logs, in English,
 * `The collection "…" does not exist or is empty. Please check your content config file for errors.`
 * for each collection a loader left empty, with no option to silence it (withastro/astro#15329);
 * a valid list without standards, milestones, oversight or corrections has empty ones, and an
 * editor reads the line as a fault in the content. The pages read this entry first and ask Astro
 * only for the collections that have records (src/data/content.ts).
 */
import { z } from 'astro/zod';

/** The collection's name, which no record type takes. */
export const RECORD_COUNTS_COLLECTION = 'recordCounts';

/** The id of its one entry. */
export const RECORD_COUNTS_ENTRY = 'counts';

/** The entry: record type name → number of records of that type in the tree. */
export const recordCountsSchema = z.record(z.string(), z.number().int().nonnegative());

/** Record type name → number of validated records of that type. */
export type RecordCounts = z.infer<typeof recordCountsSchema>;
