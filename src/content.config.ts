import { defineCollection } from 'astro:content';
import { DEPLOYMENT } from './config/deployment.ts';
import { validatedContentLoader } from './io/content-loader.ts';
import { correctionSchema } from './schemas/correction.ts';
import { milestoneSchema } from './schemas/milestone.ts';
import { oversightSchema } from './schemas/oversight.ts';
import { programmeSchema } from './schemas/programme.ts';
import { projectSchema } from './schemas/project.ts';
import { sourceDocumentSchema } from './schemas/source.ts';
import { standardSchema } from './schemas/standard.ts';

/** CONTENT_DIR builds any content tree with the same code. */
const base = DEPLOYMENT.contentDir;

// Every collection holds the records our validation accepted (src/io/content-loader.ts); the schemas
// here give getCollection() its types. The notices (MDX files) arrive as their anchored paragraphs.
export const collections = {
  programmes: defineCollection({ loader: validatedContentLoader(base, 'programmes'), schema: programmeSchema }),
  projects: defineCollection({ loader: validatedContentLoader(base, 'projects'), schema: projectSchema }),
  standards: defineCollection({ loader: validatedContentLoader(base, 'standards'), schema: standardSchema }),
  milestones: defineCollection({ loader: validatedContentLoader(base, 'milestones'), schema: milestoneSchema }),
  oversight: defineCollection({ loader: validatedContentLoader(base, 'oversight'), schema: oversightSchema }),
  sources: defineCollection({ loader: validatedContentLoader(base, 'sources'), schema: sourceDocumentSchema }),
  corrections: defineCollection({ loader: validatedContentLoader(base, 'corrections'), schema: correctionSchema }),
};
