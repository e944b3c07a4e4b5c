/** What a programme's deadlines and oversight page shows. */
import type { Milestone } from '../../schemas/milestone.ts';
import type { Oversight } from '../../schemas/oversight.ts';
import { leadParagraph, type CitedParagraph } from './page-links.ts';

/** What the oversight page of one programme renders. */
export interface OversightPage<M extends Milestone = Milestone, O extends Oversight = Oversight> {
  /** The programme's deadlines by month, each with the paragraph that states it. */
  milestones: (M & { source: CitedParagraph })[];
  /** Its oversight mechanisms in the notice's order, each with the paragraph that states it. */
  mechanisms: (O & { source: CitedParagraph })[];
}

/** The oversight page of programme `programme`, from every programme's milestones and mechanisms. */
export function oversightPage<M extends Milestone, O extends Oversight>(programme: string, milestones: readonly M[], oversight: readonly O[]): OversightPage<M, O> {
  const cited = <R extends M | O>(r: R) => ({ ...r, source: leadParagraph(programme, r) });
  return {
    milestones: milestones
      .filter((m) => m.programme === programme)
      .sort((a, b) => a.month - b.month)
      .map(cited),
    mechanisms: oversight
      .filter((o) => o.programme === programme)
      .sort((a, b) => a.order - b.order)
      .map(cited),
  };
}
