import { t, type Translate } from '../../i18n/index.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Project } from '../../schemas/project.ts';
import type { ChangeKind, Standing } from '../../schemas/vocabulary.ts';
import { levelLabel } from '../programme/levels.ts';
import type { NoticeParagraph } from '../content/notice.ts';

/** A term of the notices explained in plain language for residents. */
export interface GlossaryEntry {
  id: string;
  term: string;
  explanation: string;
}

/** What the glossary looks at to decide which of its terms the content uses. */
export interface GlossaryContent {
  programmes: readonly Pick<Programme, 'id' | 'terms' | 'levels'>[];
  projects: readonly Pick<Project, 'programme' | 'level' | 'standing' | 'changes'>[];
  sources: readonly { paragraphs: readonly Pick<NoticeParagraph, 'text'>[] }[];
}

/**
 * When the content uses a term: a programme calls its list so (`kind`), a project has one of the
 * standings or changes (`standings`, `changes`), or, for the sources' own words (`text`), every
 * part of the term (split at the enumeration separator: 一旬一督查、一月一通报) is in a source.
 */
type Use = { kind: 'programmeKind' } | { kind: 'standing'; standings: readonly Standing[] } | { kind: 'change'; changes: readonly ChangeKind[] } | { kind: 'text' };

/** The glossary's entries in the order it lists them; each id's term and explanation are `glossary.<id>.*` in src/i18n. */
const GLOSSARY_TERMS = [
  { id: 'minsheng', use: { kind: 'programmeKind' } },
  { id: 'raised', use: { kind: 'change', changes: ['raised'] } },
  { id: 'merged', use: { kind: 'standing', standings: ['formed-by-merger', 'merged-away'] } },
  { id: 'continued', use: { kind: 'standing', standings: ['continued'] } },
  { id: 'withdrawn', use: { kind: 'standing', standings: ['withdrawn'] } },
  { id: 'adjusted-out', use: { kind: 'standing', standings: ['adjusted-out'] } },
  { id: 'yishiyiyi', use: { kind: 'text' } },
  { id: 'xun', use: { kind: 'text' } },
  { id: 'wall-chart', use: { kind: 'text' } },
  { id: 'four-lists', use: { kind: 'text' } },
  { id: 'four-in-one', use: { kind: 'text' } },
  { id: 'matching', use: { kind: 'text' } },
] as const satisfies readonly { id: string; use: Use }[];

function used(use: Use, term: string, content: GlossaryContent): boolean {
  switch (use.kind) {
    case 'programmeKind':
      return content.programmes.some((p) => p.terms.programmeKind === term);
    case 'standing':
      return content.projects.some((p) => p.standing !== null && use.standings.includes(p.standing));
    case 'change':
      return content.projects.some((p) => p.changes.some((c) => use.changes.includes(c.kind)));
    case 'text': {
      const parts = term.split(t('chart.common.enumerationSeparator'));
      return content.sources.some((s) => parts.every((part) => s.paragraphs.some((para) => para.text.includes(part))));
    }
  }
}

/**
 * The label of the level that every project of the content with one of `standings` has, as its
 * programme words it (市级, 县级 …); null when they have no level or not all the same label.
 */
function sharedLevelLabel(content: GlossaryContent, standings: readonly Standing[]): string | null {
  const programmes = new Map(content.programmes.map((p) => [p.id, p]));
  const labels = new Set(
    content.projects
      .filter((p) => p.standing !== null && standings.includes(p.standing))
      .map((p) => {
        const programme = programmes.get(p.programme);
        return programme ? levelLabel(programme, p.level) : null;
      }),
  );
  return labels.size === 1 ? [...labels][0]! : null;
}

/** An entry's explanation, with what it says of the content (the level its projects share) filled in. */
function explanation(id: (typeof GLOSSARY_TERMS)[number]['id'], content: GlossaryContent, translate: Translate): string {
  if (id === 'adjusted-out') return translate('glossary.adjusted-out.explanation', { level: sharedLevelLabel(content, ['adjusted-out']) });
  return translate(`glossary.${id}.explanation`);
}

/**
 * Plain-language explanations of the words the content uses, and only of those: a site of lists
 * without standings explains no 退出实施, one whose lists are 民生实事 no 民生工程. The explanations
 * state no facts about any programme, so they live with the wording rather than in content/;
 * `translate` fills in the site's terms (see siteT in src/lib/programme/wording.ts), and what an
 * explanation says of a level is the content's (调整退出 is 不再作为市级… only where the projects
 * adjusted out are all 市级 in their programme's words).
 */
export function glossaryEntries(content: GlossaryContent, translate: Translate = t): GlossaryEntry[] {
  return GLOSSARY_TERMS.flatMap(({ id, use }) => {
    const term = translate(`glossary.${id}.term`);
    return used(use, term, content) ? [{ id, term, explanation: explanation(id, content, translate) }] : [];
  });
}

/**
 * The glossary's explanation of one project's standing (继续实施 → 上一年已经实施、本年继续实施的项目),
 * for its page to give beside the word; null for a standing the glossary does not explain (新增实施).
 * What it says of a level is the project's own (an adjusted-out project: 不再作为市级…), so that it
 * depends on this project and its programme alone, as the project's page does.
 */
export function standingExplanation(project: Pick<Project, 'level' | 'standing'>, programme: Pick<Programme, 'levels'>, translate: Translate = t): string | null {
  if (project.standing === null) return null;
  const standing = project.standing;
  const entry = GLOSSARY_TERMS.find(({ use }) => use.kind === 'standing' && (use.standings as readonly Standing[]).includes(standing));
  if (!entry) return null;
  if (entry.id === 'adjusted-out') return translate('glossary.adjusted-out.explanation', { level: levelLabel(programme, project.level) });
  return translate(`glossary.${entry.id}.explanation`);
}
