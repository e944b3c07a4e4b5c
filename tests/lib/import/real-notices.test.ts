/**
 * The importer on the two real texts: the Luyang notice (../shared/seed) against the records of
 * examples/luyang-2017, which were entered by hand from it and reviewed, and the 苍南 公告
 * (../shared/real-notices) against the example tree examples/cangnan-2017. Both reference trees are
 * read through the project's reader from copies (tests/support), never from a folder in place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/io/read-content.ts';
import { noticeTextLines } from '../../../src/lib/content/notice.ts';
import { draftNotice, type DraftCitation } from '../../../src/lib/import/notice-draft.ts';
import { ROOT } from '../../support/build-site.ts';
import { copyLuyangExample } from '../../support/content-copy.ts';
import { CANGNAN_EXAMPLE, exampleDir } from '../../support/example-content.ts';

interface Reference {
  id: string;
  programme: string;
  name: string;
  level: string | null;
  standing: string | null;
  category?: string | null;
  order: number;
  description: string | null;
  mergedInto?: string | null;
  mergedFrom?: string[];
  changes?: { citations: DraftCitation[] }[];
  citations: DraftCitation[];
}

const notice = (path: string) => noticeTextLines(readFileSync(join(ROOT, path), 'utf8'));
const referenceProjects = (dir: string, programme: string) =>
  readContent(dir)
    .projects.map((f) => f.data as Reference)
    .filter((p) => p.programme === programme);
const cited = (citations: readonly DraftCitation[]) => citations.map((c) => `${c.paragraph} ${c.quote}`).sort();
/** The names of each level and standing, in their order. */
const sequences = (projects: readonly { name: string; level: string | null; standing: string | null; order: number }[]) => {
  const groups: Record<string, string[]> = {};
  for (const p of [...projects].sort((a, b) => a.order - b.order)) (groups[`${p.level} ${p.standing}`] ??= []).push(p.name);
  return groups;
};

describe('drafting the Luyang notice', () => {
  const drafted = draftNotice(notice('../shared/seed/luyang-2017-minsheng-notice.txt'), { source: 'luyang-2017-notice', year: 2017 });
  const reference = referenceProjects(copyLuyangExample(), 'luyang-2017');
  const byKey = (level: string | null, name: string) => drafted.projects.find((p) => p.level === level && p.name === name);

  it('drafts every project of the example, and no other', () => {
    expect(drafted.projects.map((p) => `${p.level} ${p.name}`).sort()).toEqual(reference.map((p) => `${p.level} ${p.name}`).sort());
    expect(drafted.projects).toHaveLength(47);
  });

  it('gives each its level and standing, in the notice’s order', () => {
    for (const s of reference) expect(byKey(s.level, s.name)?.standing, s.id).toBe(s.standing);
    expect(sequences(drafted.projects)).toEqual(sequences(reference));
  });

  it('cites the paragraphs and words the example’s records cite', () => {
    for (const s of reference) {
      const d = byKey(s.level, s.name)!;
      expect(cited(d.citations), s.id).toEqual(cited(s.citations));
      expect(cited(d.changes.flatMap((c) => c.citations)), s.id).toEqual(cited((s.changes ?? []).flatMap((c) => c.citations)));
    }
  });

  it('links the merged projects as the example’s records do', () => {
    const nameOf = (id: string | null | undefined, list: readonly { id: string; name: string }[]) => list.find((p) => p.id === id)?.name ?? null;
    for (const s of reference) {
      const d = byKey(s.level, s.name)!;
      expect(nameOf(d.mergedInto, drafted.projects), s.id).toBe(nameOf(s.mergedInto, reference));
      expect(d.mergedFrom.map((id) => nameOf(id, drafted.projects)).sort(), s.id).toEqual((s.mergedFrom ?? []).map((id) => nameOf(id, reference)).sort());
    }
  });

  it('reads the levels and stated totals, with the citations the example’s programme gives', () => {
    const programme = readContent(copyLuyangExample()).programmes.find((f) => (f.data as { id: string }).id === 'luyang-2017')!.data as Pick<
      typeof drafted,
      'levels' | 'statedTotals'
    >;
    expect(drafted.levels).toEqual(programme.levels);
    expect(drafted.statedTotals).toEqual(programme.statedTotals);
    expect(drafted.statedTotals.all).toBe(37);
    expect(drafted.statedTotals.provincial).toMatchObject({ decided: 33, implemented: 22, breakdown: { new: 3, raised: 5, 'merged-away': 7, continued: 17, withdrawn: 1 } });
    expect(drafted.statedTotals.municipal).toMatchObject({ decided: 9, implemented: 7, breakdown: { new: 2, continued: 5, 'adjusted-out': 2 } });
    // 区政府确定实施8项: the district decided to carry out 8, so it carries out 8.
    expect(drafted.statedTotals.district).toMatchObject({ decided: 8, implemented: 8 });
    expect(drafted.headline).toBe('29+8');
    expect(drafted.notDrafted).toEqual(['p35', 'p36', 'p37', 'p38', 'p39', 'p40']);
  });
});

describe('drafting the 苍南 公告', () => {
  const drafted = draftNotice(notice('../shared/real-notices/cangnan-2017-minsheng-shishi.txt'), { source: 'cangnan-2017-announcement', year: 2017 });
  const example = referenceProjects(exampleDir(CANGNAN_EXAMPLE), 'cangnan-2017').sort((a, b) => a.order - b.order);

  it('drafts its 10 items in order, each with its whole sentence as description and the paragraph cited', () => {
    expect(drafted.projects).toHaveLength(10);
    expect(drafted.projects.map((p) => p.order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(drafted.projects.map((p) => p.description)).toEqual(example.map((p) => p.description));
    expect(drafted.projects.map((p) => cited(p.citations))).toEqual(example.map((p) => cited(p.citations)));
    // No name of its own in the text: each title is the editor's to write.
    expect(drafted.projects.every((p) => p.nameOrigin === 'editorial')).toBe(true);
  });

  it('says nothing of levels, standings or categories', () => {
    expect(drafted.levels).toEqual([]);
    expect(drafted.categories).toEqual([]);
    expect(drafted.projects.every((p) => p.level === null && p.standing === null && p.category === null)).toBe(true);
    expect(example.every((p) => p.level === null && p.standing === null)).toBe(true);
  });

  it('reads the total, the issuer and the date', () => {
    expect(drafted.statedTotals.all).toBe(10);
    expect([drafted.documentType, drafted.documentNumber, drafted.issuer, drafted.issuerKind, drafted.issuedOn, drafted.programmeKind]).toEqual([
      'announcement',
      '第8号',
      '苍南县第十届人民代表大会第一次会议主席团',
      'congress-presidium',
      '2017-02-20',
      '民生实事',
    ]);
  });

  it('drafts only targets the example has too', () => {
    const key = (t: { item: string; quantity: number; unit: string; qualifier: string | null }) => `${t.item} ${t.quantity}${t.unit} ${t.qualifier}`;
    const exampleTargets = new Set(example.flatMap((p) => ((p as unknown as { targets?: Parameters<typeof key>[0][] }).targets ?? []).map(key)));
    const draftedTargets = drafted.projects.flatMap((p) => p.targets.map(key));
    expect(draftedTargets.length).toBeGreaterThan(10);
    expect(draftedTargets.filter((k) => !exampleTargets.has(k))).toEqual([]);
  });
});
