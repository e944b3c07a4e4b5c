import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './config/deployment.ts';
import { correctionSchema } from './schemas/correction.ts';
import { milestoneSchema } from './schemas/milestone.ts';
import { oversightSchema } from './schemas/oversight.ts';
import { programmeSchema } from './schemas/programme.ts';
import { projectSchema } from './schemas/project.ts';
import { sourceSchema } from './schemas/source.ts';
import { standardSchema } from './schemas/standard.ts';

/** CONTENT_DIR builds any content tree with the same code. */
const base = contentDir(process.env);

/** Entries scoped to a programme are keyed `programme/id`, since ids are unique only within one. */
const scopedId = ({ data }: { data: Record<string, unknown> }) => `${String(data.programme)}/${String(data.id)}`;
const ownId = ({ data }: { data: Record<string, unknown> }) => String(data.id);

const perProgramme = (folder: string) => ({ base: `${base}/programmes`, pattern: `*/${folder}/*.yaml`, generateId: scopedId });

export const collections = {
  programmes: defineCollection({ loader: glob({ base: `${base}/programmes`, pattern: '*/programme.yaml', generateId: ownId }), schema: programmeSchema }),
  projects: defineCollection({ loader: glob(perProgramme('projects')), schema: projectSchema }),
  standards: defineCollection({ loader: glob(perProgramme('standards')), schema: standardSchema }),
  milestones: defineCollection({ loader: glob(perProgramme('milestones')), schema: milestoneSchema }),
  oversight: defineCollection({ loader: glob(perProgramme('oversight')), schema: oversightSchema }),
  sources: defineCollection({ loader: glob({ base: `${base}/sources`, pattern: '*.mdx', generateId: ownId, deferRender: true }), schema: sourceSchema }),
  corrections: defineCollection({ loader: glob({ base: `${base}/corrections`, pattern: '*.yaml', generateId: ownId }), schema: correctionSchema }),
};
