/**
 * Writes a {@link NoticeDraft} as the programme's content files (MODEL-SPEC.md's shape): one
 * programme.yaml, one file per project and per standard. Pure: returns paths (relative to the
 * programme's folder) and texts; the caller writes them.
 *
 * Every file is block-style YAML with every string double-quoted, through the `yaml` library: a
 * flow-style string breaks at an ASCII comma (`quote: 各县区人民政府、开发区管委会,市有关单位`), so text
 * is never written in flow style. Each file starts with the review marker ({@link REVIEW_MARKER}),
 * followed by what the editor should look at, as comments.
 */
import { stringify } from 'yaml';
import { t } from '../../i18n/index.ts';
import type { DraftProject, DraftStandard, NoticeDraft, ReviewNote } from './notice-draft.ts';
import { REVIEW_MARKER } from './review.ts';

/** What the importer cannot read from the notice: the scaffold's arguments. */
export interface ProgrammeIdentity {
  id: string;
  year: number;
  jurisdiction: string;
  jurisdictionShort: string;
  /** Id of the notice's source document. */
  source: string;
}

export interface DraftFile {
  /** Relative to the programme's folder, e.g. `projects/project-01.yaml`. */
  path: string;
  text: string;
}

const YAML_OPTIONS = {
  defaultStringType: 'QUOTE_DOUBLE',
  defaultKeyType: 'PLAIN',
  lineWidth: 0,
  // Written out in full: an editor changes each copy, YAML anchors would tie them together.
  aliasDuplicateObjects: false,
} as const;

/** Block-style YAML with quoted strings (see the module comment). */
export function draftYaml(value: unknown): string {
  return stringify(value, YAML_OPTIONS);
}

function noteText(note: ReviewNote): string {
  switch (note.kind) {
    case 'editorial-name':
      return t('import.review.editorialName');
    case 'no-level':
      return t('import.review.noLevel');
    case 'no-standing':
      return t('import.review.noStanding');
    case 'moved-to':
      return t('import.review.movedTo', { target: note.target });
    case 'raised-without-project':
      return t('import.review.raisedWithoutProject');
    case 'count-differs':
      return t('import.review.countDiffers', { stated: note.stated, drafted: note.drafted });
  }
}

function withReview(notes: readonly string[], body: unknown): string {
  return `${[REVIEW_MARKER, ...notes].map((line) => `# ${line}`).join('\n')}\n${draftYaml(body)}`;
}

/** A scaffold without a notice: nothing drafted, so nothing to review, only fields to fill in. */
function scaffold(body: unknown): string {
  return `# ${t('cli.newProgramme.fileComment')}\n${draftYaml(body)}`;
}

/** The jurisdiction kind its name states without doubt (…区 / …县 / …省); null otherwise (市 may be either). */
export function jurisdictionKindOf(jurisdiction: string): 'district' | 'county' | 'province' | null {
  if (/区$/.test(jurisdiction)) return 'district';
  if (/县$/.test(jurisdiction)) return 'county';
  if (/省$/.test(jurisdiction)) return 'province';
  return null;
}

function programmeFile(draft: NoticeDraft, identity: ProgrammeIdentity, drafted: boolean): DraftFile {
  // A level's totals only where its section states some (null: the notice does not say).
  const levelTotals = (code: 'provincial' | 'municipal' | 'district') => draft.statedTotals[code];
  const body = {
    id: identity.id,
    year: identity.year,
    jurisdiction: identity.jurisdiction,
    jurisdictionShort: identity.jurisdictionShort,
    title: draft.title,
    headline: draft.headline,
    terms: { programmeKind: draft.programmeKind ?? '', localArea: null },
    jurisdictionKind: jurisdictionKindOf(identity.jurisdiction),
    document: { type: draft.documentType, issuer: draft.issuer, issuerKind: draft.issuerKind, citations: draft.documentCitations },
    status: 'draft',
    addressees: draft.addressees,
    issuedOn: draft.issuedOn,
    documentNumber: draft.documentNumber,
    source: identity.source,
    basisDocuments: draft.basisDocuments,
    levels: draft.levels,
    categories: draft.categories,
    statedTotals: {
      all: draft.statedTotals.all,
      allCitations: draft.statedTotals.allCitations,
      provincial: levelTotals('provincial'),
      municipal: levelTotals('municipal'),
      district: levelTotals('district'),
    },
    headlineParts: [],
    citations: draft.citations,
  };
  return { path: 'programme.yaml', text: drafted ? withReview([t('import.review.programme')], body) : scaffold(body) };
}

function projectFile(project: DraftProject, programme: string): DraftFile {
  const body = {
    id: project.id,
    programme,
    name: project.name,
    nameOrigin: project.nameOrigin,
    level: project.level,
    standing: project.standing,
    category: project.category,
    order: project.order,
    description: project.description,
    changes: project.changes,
    mergedFrom: project.mergedFrom,
    mergedInto: project.mergedInto,
    movedTo: null,
    exitNote: project.exitNote,
    targets: project.targets,
    units: project.units,
    citations: project.citations,
  };
  return { path: `projects/${project.id}.yaml`, text: withReview(project.review.map(noteText), body) };
}

function standardFile(standard: DraftStandard, programme: string): DraftFile {
  const { id, project, ...rest } = standard;
  return { path: `standards/${id}.yaml`, text: withReview([t('import.review.standard')], { id, programme, project, ...rest }) };
}

/**
 * The programme's files drafted from its notice. `drafted` false: a scaffold without a notice
 * (programme.yaml only, every field present and empty, and no review marker).
 */
export function draftFiles(draft: NoticeDraft, identity: ProgrammeIdentity, drafted = true): DraftFile[] {
  return [programmeFile(draft, identity, drafted), ...draft.projects.map((p) => projectFile(p, identity.id)), ...draft.standards.map((s) => standardFile(s, identity.id))];
}
