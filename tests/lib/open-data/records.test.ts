import { describe, expect, it } from 'vitest';
import { projectRecords } from '../../../src/lib/open-data/project-records.ts';
import { programmeRecords } from '../../../src/lib/open-data/programme-records.ts';
import { standardRecords } from '../../../src/lib/open-data/standard-records.ts';
import { TEST_SITE_BASE, testContext } from '../../support/open-data-context.ts';

const ctx = testContext();
const projects = projectRecords(ctx);
const byId = new Map(projects.map((p) => [p.id, p]));

describe('published project records', () => {
  it('holds every project entry once, in notice order, without build paths', () => {
    expect(projects).toHaveLength(47);
    expect(new Set(projects.map((p) => p.id)).size).toBe(47);
    expect(projects[0]).toMatchObject({ id: 'skilled-worker-training', level: 'provincial', standing: 'new', order: 1 });
    for (const p of projects) expect(p).not.toHaveProperty('file');
  });

  it('resolves lineage both ways and adds labels and the page URL', () => {
    expect(byId.get('free-textbooks-compulsory')?.movedTo?.project).toBe('compulsory-education-funding');
    expect(byId.get('compulsory-education-funding')?.movedFrom).toEqual(['free-textbooks-compulsory']);
    expect(byId.get('skilled-worker-training')?.mergedFrom).toEqual(['employment-skills-farmer-training']);
    expect(byId.get('employment-skills-farmer-training')).toMatchObject({ standing: 'merged-away', standingLabel: '已整合归并', mergedInto: 'skilled-worker-training' });
    expect(byId.get('employment-support')).toMatchObject({
      levelLabel: '省级',
      standards: ['graduate-internship-subsidy'],
      url: `${TEST_SITE_BASE}luyang-2017/projects/employment-support/`,
    });
  });
});

describe('published standards and programmes', () => {
  it('computes the change of amount standards from the two values', () => {
    const s = standardRecords(ctx).find((x) => x.id === 'graduate-internship-subsidy');
    expect(s).toMatchObject({
      kind: 'amount',
      unit: '元',
      per: '人',
      period: 'month',
      unitLabel: '元/人/月',
      absoluteChange: 200,
      percentChange: 33.3,
      projectName: '就业扶持工程',
    });
  });

  it('carries the notice paragraphs so every citation can be checked offline', () => {
    const [programme] = programmeRecords(ctx);
    expect(programme?.sourceDocument.paragraphs.find((p) => p.id === 'p11')?.text).toContain('由2016年每人每月600元提高到800元');
    expect(programme).toMatchObject({ projectEntries: 47, implemented: 37 });
    expect(programme?.milestones.map((m) => m.id)).toEqual(['district-matching-funds', 'engineering-completion']);
    for (const p of projects)
      for (const c of p.citations) {
        expect(programme?.sourceDocument.paragraphs.find((x) => x.id === c.paragraph)?.text, `${p.id} ${c.paragraph}`).toContain(c.quote);
      }
  });
});
