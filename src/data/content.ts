/**
 * The one place pages read content: Astro's collections turned into the plain {@link ContentSet}
 * that the pure functions in src/lib work on. Memoised, because every page of a build asks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { parse } from 'yaml';
import { DEPLOYMENT } from '../config/deployment.ts';
import type { ContentSet } from '../lib/content/content-set.ts';
import type { ChartInputs } from '../lib/charts/charts-catalogue.ts';
import { projectHistories } from '../lib/programme/history.ts';
import { indexProgramme, type ProgrammeIndex } from '../lib/programme/programme-index.ts';
import { siteSchema, type SiteConfig } from '../schemas/site.ts';

let cached: Promise<ContentSet & { site: SiteConfig }> | undefined;

function readSiteConfig(): SiteConfig {
  return siteSchema.parse(parse(readFileSync(join(DEPLOYMENT.contentDir, 'site.yaml'), 'utf8')));
}

async function load(): Promise<ContentSet & { site: SiteConfig }> {
  const located = <T,>(entries: { data: T; filePath?: string | undefined }[]) => entries.map((e) => ({ ...e.data, file: e.filePath ?? '' }));
  const [programmes, projects, standards, milestones, oversight, sources, corrections] = await Promise.all([
    getCollection('programmes'),
    getCollection('projects'),
    getCollection('standards'),
    getCollection('milestones'),
    getCollection('oversight'),
    getCollection('sources'),
    getCollection('corrections'),
  ]);
  return {
    site: readSiteConfig(),
    programmes: located(programmes).sort((a, b) => b.year - a.year || a.id.localeCompare(b.id)),
    projects: located(projects),
    standards: located(standards),
    milestones: located(milestones),
    oversight: located(oversight),
    sources: located(sources),
    corrections: located(corrections).sort((a, b) => b.date.localeCompare(a.date)),
  };
}

/** All validated content of the current content tree. */
export function loadContent(): Promise<ContentSet & { site: SiteConfig }> {
  cached ??= load();
  return cached;
}

let indexes: Promise<Map<string, ProgrammeIndex>> | undefined;

/** Every programme's index (projects in notice order, relations resolved), built once per build. */
export function loadIndexes(): Promise<Map<string, ProgrammeIndex>> {
  indexes ??= loadContent().then((c) => new Map(c.programmes.map((p) => [p.id, indexProgramme(p, c.projects, c.standards)])));
  return indexes;
}

/** What a programme's charts are built from. */
export async function chartInputs(programme: string): Promise<ChartInputs> {
  const [content, indexes] = await Promise.all([loadContent(), loadIndexes()]);
  return {
    index: indexes.get(programme)!,
    milestones: content.milestones.filter((m) => m.programme === programme),
    oversight: content.oversight.filter((o) => o.programme === programme),
  };
}

let histories: Promise<ReturnType<typeof projectHistories>> | undefined;

/** Year-on-year histories of projects found in two or more programmes, built once per build. */
export function loadHistories(): Promise<ReturnType<typeof projectHistories>> {
  histories ??= loadContent().then((c) => projectHistories(c.programmes, c.projects, c.standards));
  return histories;
}
