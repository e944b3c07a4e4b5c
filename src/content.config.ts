import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './config/deployment.ts';
import { validatedContentLoader } from './io/content-loader.ts';
import { correctionSchema } from './schemas/correction.ts';
import { milestoneSchema } from './schemas/milestone.ts';
import { oversightSchema } from './schemas/oversight.ts';
import { programmeSchema } from './schemas/programme.ts';
import { projectSchema } from './schemas/project.ts';
import { sourceSchema } from './schemas/source.ts';
import { standardSchema } from './schemas/standard.ts';

/** CONTENT_DIR builds any content tree with the same code. */
const base = contentDir(process.env);

// The YAML collections hold the records our validation accepted (src/io/content-loader.ts); the
// schemas here give getCollection() its types. The notices are MDX and keep Astro's glob loader.
export const collections = {
  programmes: defineCollection({ loader: validatedContentLoader(base, 'programmes'), schema: programmeSchema }),
  projects: defineCollection({ loader: validatedContentLoader(base, 'projects'), schema: projectSchema }),
  standards: defineCollection({ loader: validatedContentLoader(base, 'standards'), schema: standardSchema }),
  milestones: defineCollection({ loader: validatedContentLoader(base, 'milestones'), schema: milestoneSchema }),
  oversight: defineCollection({ loader: validatedContentLoader(base, 'oversight'), schema: oversightSchema }),
  sources: defineCollection({ loader: glob({ base: `${base}/sources`, pattern: '*.mdx', generateId: ({ data }) => String(data.id), deferRender: true }), schema: sourceSchema }),
  corrections: defineCollection({ loader: validatedContentLoader(base, 'corrections'), schema: correctionSchema }),
};
