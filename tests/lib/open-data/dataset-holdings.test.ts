import { describe, expect, it } from 'vitest';
import { programmesHoldings, projectsHoldings } from '../../../src/lib/open-data/dataset-holdings.ts';
import { cite, fixtureMilestone, fixtureOversight, fixtureProgramme, fixtureProject } from '../../support/records.ts';

describe('projectsHoldings', () => {
  it('names only the source paragraphs for entries that state nothing else (a 公告 of bare items)', () => {
    expect(projectsHoldings([fixtureProject('a', { level: null, standing: null })])).toEqual(['citations']);
  });

  it('names each kind some entry states, in the description’s order, whichever entry states it', () => {
    const projects = [
      fixtureProject('a', { level: null, standing: null, units: [{ name: '区民政局', role: 'responsible', citations: [cite('p3')] }] }),
      fixtureProject('b', { level: 'district', standing: 'merged-away', mergedInto: 'c', description: '内容' }),
      fixtureProject('c', { level: 'district', standing: 'formed-by-merger', mergedFrom: ['b'], changes: [{ kind: 'raised', summary: '提高补助标准', citations: [cite('p3')] }] }),
    ];
    expect(projectsHoldings(projects)).toEqual(['descriptions', 'levels', 'standings', 'changes', 'lineage', 'units', 'citations']);
  });

  it('counts a move to another project as lineage', () => {
    expect(projectsHoldings([fixtureProject('a', { level: null, standing: null, movedTo: { project: 'b', citations: [cite('p3')] } })])).toEqual(['lineage', 'citations']);
  });
});

describe('programmesHoldings', () => {
  it('names the paragraphs and the stated totals of every programme, and nothing a programme does not have', () => {
    expect(programmesHoldings({ programmes: [fixtureProgramme()], milestones: [], oversight: [] })).toEqual(['paragraphs', 'totals']);
  });

  it('names basis documents, milestones and oversight where some programme has them', () => {
    const basis = { number: '皖政〔2017〕10号', title: '通知', level: 'provincial', citations: [cite('p3')] };
    expect(
      programmesHoldings({
        programmes: [fixtureProgramme(), fixtureProgramme({ basisDocuments: [basis] })],
        milestones: [fixtureMilestone('m')],
        oversight: [fixtureOversight('o')],
      }),
    ).toEqual(['paragraphs', 'basis', 'totals', 'milestones', 'oversight']);
  });
});
