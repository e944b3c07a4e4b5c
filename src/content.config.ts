import type { Loader } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { DEPLOYMENT } from './config/deployment.ts';
import { recordCountsLoader, validatedContentLoader } from './io/content-loader.ts';
import { RECORD_COUNTS_COLLECTION, recordCountsSchema } from './schemas/record-counts.ts';
import { RECORD_TYPE_NAMES, RECORD_TYPES, type CollectionSchema, type RecordTypeName } from './schemas/record-types.ts';

/** CONTENT_DIR builds any content tree with the same code. */
const base = DEPLOYMENT.contentDir;

/** One collection per record type; its schema gives getCollection() the type of its entries. */
export type Collections = { [N in RecordTypeName]: { loader: Loader; schema: CollectionSchema<N> } };

/** The record types' collections, and the one that counts their records (src/schemas/record-counts.ts). */
export type SiteCollections = Collections & { [RECORD_COUNTS_COLLECTION]: { loader: Loader; schema: typeof recordCountsSchema } };

// Every collection holds the records our validation accepted (src/io/content-loader.ts); the schemas
// here only give getCollection() its types. The notices (MDX files) arrive as their anchored paragraphs,
// the site configuration as a collection of one entry. The counts say which collections are empty, so
// that the pages never ask Astro for one (it would log a warning that reads as a fault).
export const collections = {
  ...(Object.fromEntries(
    RECORD_TYPE_NAMES.map((name) => [name, defineCollection({ loader: validatedContentLoader(base, name), schema: RECORD_TYPES[name].collectionSchema })]),
  ) as Collections),
  [RECORD_COUNTS_COLLECTION]: defineCollection({ loader: recordCountsLoader(base), schema: recordCountsSchema }),
} as SiteCollections;
