import { isImplemented } from '../programme/counts.ts';
import { programmePath, sourcePath } from '../site/urls.ts';
import type { Milestone } from '../../schemas/milestone.ts';
import type { PublishedProgramme } from '../../schemas/open-data.ts';
import type { Oversight } from '../../schemas/oversight.ts';
import type { Programme } from '../../schemas/programme.ts';
import { MONTH_PARTS } from '../../schemas/vocabulary.ts';
import type { OpenDataContext } from './context.ts';
import { absoluteUrl } from './links.ts';
import { withoutFile } from './strip-file.ts';

/** Deadlines in calendar order (month, then part of the month, whole-month last), then by id. */
export function compareMilestones(a: Milestone, b: Milestone): number {
  const part = (m: Milestone) => (m.monthPart === null ? MONTH_PARTS.length : MONTH_PARTS.indexOf(m.monthPart));
  return a.month - b.month || part(a) - part(b) || a.id.localeCompare(b.id);
}

/** A programme's milestones in {@link compareMilestones} order. */
export function programmeMilestones(ctx: OpenDataContext, programme: string): Milestone[] {
  return ctx.content.milestones.filter((m) => m.programme === programme).sort(compareMilestones);
}

/** The source document a programme cites, with its paragraphs; throws if missing (cross-checks rule that out). */
export function programmeSource(ctx: OpenDataContext, programme: Programme) {
  const source = ctx.content.sources.find((s) => s.id === programme.source);
  if (!source) throw new Error(`programme ${programme.id}: source ${programme.source} not found`);
  return source;
}

/** One programme as published, with its source text, deadlines and oversight mechanisms. */
export function publishedProgramme(ctx: OpenDataContext, programme: Programme): PublishedProgramme {
  const index = ctx.indexes.get(programme.id);
  if (!index) throw new Error(`no index for programme ${programme.id}`);
  const source = withoutFile(programmeSource(ctx, programme));
  const oversight: Oversight[] = ctx.content.oversight
    .filter((o) => o.programme === programme.id)
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map(withoutFile);
  return {
    ...withoutFile(programme),
    url: absoluteUrl(ctx.siteBase, programmePath(programme.id)),
    projectEntries: index.projects.length,
    implemented: index.projects.filter(isImplemented).length,
    sourceDocument: {
      id: source.id,
      title: source.title,
      // The issuer the programme cites (document.issuer): one fact, one home, the same in both places.
      issuer: programme.document.issuer,
      provenance: source.provenance,
      url: source.url,
      pageUrl: absoluteUrl(ctx.siteBase, sourcePath(programme.id)),
      paragraphs: source.paragraphs.map((p) => ({ id: p.id, number: p.number, kind: p.kind, text: p.text })),
    },
    milestones: programmeMilestones(ctx, programme.id).map(withoutFile),
    oversight,
  };
}

/** Records of programmes.json, newest programme first (the content order). */
export function programmeRecords(ctx: OpenDataContext): PublishedProgramme[] {
  return ctx.content.programmes.map((p) => publishedProgramme(ctx, p));
}
