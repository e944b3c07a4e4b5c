/**
 * Small fixture records for the pure page functions: each builder takes only the fields a test cares
 * about and fills the rest, then parses the record with its schema, so fixtures get the same defaults
 * and checks as content does. Every record of one fixture belongs to {@link FIXTURE_PROGRAMME}.
 */
import type { SourceDocument } from '../../src/lib/content/content-set.ts';
import { milestoneSchema, type Milestone } from '../../src/schemas/milestone.ts';
import { oversightSchema, type Oversight } from '../../src/schemas/oversight.ts';
import { programmeSchema, type Programme } from '../../src/schemas/programme.ts';
import { projectSchema, type Project, type ProjectInput } from '../../src/schemas/project.ts';
import { standardSchema, type Standard } from '../../src/schemas/standard.ts';
import type { Citation } from '../../src/schemas/citation.ts';

/** Id of the fixture programme and of its notice. */
export const FIXTURE_PROGRAMME = 'testarea-2018';
export const FIXTURE_SOURCE = 'testarea-2018-notice';

/** A citation of paragraph `paragraph` (`p3`) of the fixture notice. */
export const cite = (paragraph: string, quote = '原文'): Citation => ({ source: FIXTURE_SOURCE, paragraph, quote });

type Loose<T> = { [K in keyof T]?: unknown };

/** A programme; by default the fixture programme, 测试区 2018. */
export function fixtureProgramme(fields: Loose<Programme> = {}): Programme {
  return programmeSchema.parse({
    id: FIXTURE_PROGRAMME,
    year: 2018,
    jurisdiction: '测试市测试区',
    jurisdictionShort: '测试区',
    title: '测试区2018年民生工程实施方案',
    terms: { programmeKind: '民生工程', localArea: '本区' },
    jurisdictionKind: 'district',
    document: { type: 'notice', issuer: null, issuerKind: null, citations: [cite('p1')] },
    levels: [
      { code: 'provincial', label: '省级' },
      { code: 'municipal', label: '市级' },
      { code: 'district', label: '区级' },
    ],
    headline: null,
    addressees: null,
    issuedOn: null,
    documentNumber: null,
    source: FIXTURE_SOURCE,
    basisDocuments: [],
    statedTotals: { all: 0, allCitations: [cite('p1')], provincial: null, municipal: null, district: null },
    citations: [cite('p1')],
    ...fields,
  });
}

/** A project of the fixture programme, cited at p2 unless told otherwise. */
export function fixtureProject(id: string, fields: Loose<ProjectInput> = {}): Project {
  return projectSchema.parse({
    id,
    programme: FIXTURE_PROGRAMME,
    name: `项目${id}`,
    level: 'district',
    standing: 'implemented',
    order: 1,
    description: null,
    citations: [cite('p2')],
    ...fields,
  });
}

/** An amount standard of project `project`: 600 → 800 元/人/月 unless told otherwise. */
export function fixtureAmount(id: string, project: string, fields: Loose<Standard> = {}): Standard {
  return standardSchema.parse({
    id,
    programme: FIXTURE_PROGRAMME,
    project,
    name: `标准${id}`,
    fundingBasis: null,
    rationale: null,
    citations: [cite('p5')],
    kind: 'amount',
    unit: '元',
    per: '人',
    period: 'month',
    previous: { value: 600, year: 2017 },
    current: { value: 800, year: 2018 },
    ...fields,
  });
}

/** A coverage standard of project `project`. */
export function fixtureCoverage(id: string, project: string, fields: Loose<Standard> = {}): Standard {
  return standardSchema.parse({
    id,
    programme: FIXTURE_PROGRAMME,
    project,
    name: `范围${id}`,
    fundingBasis: null,
    rationale: null,
    citations: [cite('p6')],
    kind: 'coverage',
    previousCoverage: null,
    currentCoverage: '全区',
    year: null,
    ...fields,
  });
}

/** A deadline of the fixture programme. */
export function fixtureMilestone(id: string, fields: Loose<Milestone> = {}): Milestone {
  return milestoneSchema.parse({
    id,
    programme: FIXTURE_PROGRAMME,
    title: `节点${id}`,
    appliesTo: '全部项目',
    month: 6,
    monthPart: null,
    before: true,
    citations: [cite('p7')],
    ...fields,
  });
}

/** An oversight mechanism of the fixture programme. */
export function fixtureOversight(id: string, fields: Loose<Oversight> = {}): Oversight {
  return oversightSchema.parse({ id, programme: FIXTURE_PROGRAMME, name: `机制${id}`, purpose: null, order: 1, citations: [cite('p8')], ...fields });
}

/** The fixture notice with the given paragraphs (kind and text), numbered from 1. */
export function fixtureSource(paragraphs: readonly (readonly [SourceDocument['paragraphs'][number]['kind'], string])[], fields: Partial<SourceDocument> = {}): SourceDocument {
  return {
    id: FIXTURE_SOURCE,
    title: '测试区2018年民生工程实施方案',
    programme: FIXTURE_PROGRAMME,
    provenance: '测试用文本',
    url: null,
    paragraphs: paragraphs.map(([kind, text], i) => ({ id: `p${i + 1}`, number: i + 1, kind, text })),
    ...fields,
  };
}
