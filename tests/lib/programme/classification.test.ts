import { describe, expect, it } from 'vitest';
import { classificationPage, classificationValues } from '../../../src/lib/programme/classification.ts';
import { consultation, programmeCoordinators } from '../../../src/lib/programme/consultation.ts';
import { projectSearchKeywords } from '../../../src/lib/search/project-keywords.ts';
import { projectSchema } from '../../../src/schemas/project.ts';
import { siteSchema } from '../../../src/schemas/site.ts';
import { cite, FIXTURE_PROGRAMME, fixtureOversight, fixtureProgramme, fixtureProject } from '../../support/records.ts';

const projects = [
  fixtureProject('care', { name: '居家养老服务', topics: ['elderly-care'], groups: ['elderly'] }),
  fixtureProject('home', { name: '养老机构建设', topics: ['elderly-care', 'urban-rural'], groups: ['elderly'] }),
  fixtureProject('road', { name: '道路建设', topics: ['urban-rural'] }),
  fixtureProject('plain', { name: '未分类项目' }),
];

describe('the editorial classification', () => {
  it('lists the codes the projects carry, in vocabulary order, with counts and labels', () => {
    expect(classificationValues(projects, 'topic')).toEqual([
      { kind: 'topic', code: 'elderly-care', label: '养老', count: 2 },
      { kind: 'topic', code: 'urban-rural', label: '城乡建设', count: 2 },
    ]);
    expect(classificationValues(projects, 'group')).toEqual([{ kind: 'group', code: 'elderly', label: '老年人', count: 2 }]);
  });

  it('gives the list of one code in the projects’ order, and refuses a code no project carries', () => {
    expect(classificationPage(projects, 'group', 'elderly').projects.map((p) => p.id)).toEqual(['care', 'home']);
    expect(() => classificationPage(projects, 'group', 'students')).toThrow();
  });

  it('is optional in the content and closed: no field means none, an unknown or repeated code is refused', () => {
    expect(projects[3]!.topics).toEqual([]);
    expect(projects[3]!.groups).toEqual([]);
    const base = { id: 'x', programme: 'p', name: '项目', level: 'district', standing: 'implemented', order: 1, description: null, citations: [cite('p2')] };
    expect(projectSchema.safeParse({ ...base, topics: ['made-up'] }).success).toBe(false);
    expect(projectSchema.safeParse({ ...base, groups: ['elderly', 'elderly'] }).success).toBe(false);
  });

  it('makes the labels hidden search keywords, with their synonyms, so that who one is finds the project', () => {
    const words = projectSearchKeywords(projects[0]!, [], []);
    expect(words).toEqual(expect.arrayContaining(['老年人', '老人']));
    // The name already says 养老: no word is repeated.
    expect(words).not.toContain('养老');
    expect(projectSearchKeywords(projects[3]!, [], [])).toEqual([]);
  });
});

describe('consultation (如何咨询 / 办理)', () => {
  const programme = fixtureProgramme({ document: { type: 'notice', issuer: '区政府', issuerKind: 'government', citations: [cite('p1')] } });
  const siteBase = { name: '站', description: '简介', dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } };

  it('names the units only where the notice does, grouped by role, and the channels only where the publisher configured them', () => {
    const named = fixtureProject('a', {
      units: [
        { name: '市人社局', role: 'lead', citations: [cite('p3')] },
        { name: '市总工会', role: 'lead', citations: [cite('p3')] },
        { name: '区民政局', role: 'co-operating', citations: [cite('p3')] },
      ],
    });
    expect(consultation(named, programme, null)).toEqual({
      units: [
        { role: 'lead', names: ['市人社局', '市总工会'] },
        { role: 'co-operating', names: ['区民政局'] },
      ],
      issuer: '区政府',
      coordinators: [],
      channels: [],
    });
    const help = siteSchema.parse({ ...siteBase, help: { hotline: '12345', serviceName: '政务服务网', serviceUrl: 'https://example.gov.cn/', contact: null } }).help;
    expect(consultation(fixtureProject('b'), programme, help)).toEqual({
      units: [],
      issuer: '区政府',
      coordinators: [],
      channels: [
        { kind: 'hotline', text: '12345', url: null },
        { kind: 'service', text: '政务服务网', url: 'https://example.gov.cn/' },
      ],
    });
  });

  it("names each unit that carries out one of the programme's oversight measures once, with its first measure, but not the issuer", () => {
    const oversight = [
      fixtureOversight('letters', { name: '目标责任书', actor: '区政府' }),
      fixtureOversight('coordination', { name: '日常工作调度', actor: '区民生办' }),
      fixtureOversight('inspection', { name: '一旬一督查', actor: '区民生办' }),
      fixtureOversight('lists', { name: '四项清单', actor: null }),
      fixtureOversight('elsewhere', { programme: 'other-2018', name: '督查', actor: '市民生办' }),
    ];
    const coordinators = programmeCoordinators(programme, oversight);
    expect(coordinators).toEqual([{ actor: '区民生办', measure: '日常工作调度', path: `${FIXTURE_PROGRAMME}/oversight/#m-coordination` }]);
    expect(consultation(fixtureProject('c'), programme, null, coordinators).coordinators).toEqual(coordinators);
    expect(programmeCoordinators(programme, [])).toEqual([]);
  });

  it('is absent by default, and accepts only http(s) addresses', () => {
    expect(siteSchema.parse(siteBase).help).toBeNull();
    for (const serviceUrl of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x']) {
      expect(siteSchema.safeParse({ ...siteBase, help: { serviceUrl } }).success, serviceUrl).toBe(false);
    }
    expect(siteSchema.safeParse({ ...siteBase, help: { serviceUrl: 'http://example.gov.cn/' } }).success).toBe(true);
  });
});
