import { describe, expect, it } from 'vitest';
import { jurisdictionChoice, navScope, siteJurisdiction } from '../../../src/lib/site/navigation.ts';
import type { Programme } from '../../../src/schemas/programme.ts';

const programme = (id: string, year: number, jurisdiction: string, jurisdictionShort = jurisdiction) => ({ id, year, jurisdiction, jurisdictionShort }) as Programme;
const luyang = [programme('luyang-2017', 2017, '合肥市庐阳区', '庐阳区'), programme('luyang-2018', 2018, '合肥市庐阳区', '庐阳区')];
const cangnan = programme('cangnan-2017', 2017, '温州市苍南县', '苍南县');

describe('siteJurisdiction', () => {
  it('is site.yaml’s when a programme is of it, else the one all programmes share, else none', () => {
    expect(siteJurisdiction({ jurisdiction: '温州市苍南县' }, [...luyang, cangnan])).toBe('温州市苍南县');
    expect(siteJurisdiction({ jurisdiction: null }, luyang)).toBe('合肥市庐阳区');
    expect(siteJurisdiction({ jurisdiction: null }, [...luyang, cangnan])).toBeNull();
    // A jurisdiction no programme is of is not followed.
    expect(siteJurisdiction({ jurisdiction: '别处' }, [...luyang, cangnan])).toBeNull();
    expect(siteJurisdiction(undefined, [])).toBeNull();
  });
});

describe('navScope', () => {
  const all = [cangnan, ...luyang];

  it('follows the programme being read, even when it is not the newest', () => {
    expect(navScope(null, all, { programme: 'luyang-2017' })).toEqual({ programme: luyang[0], choice: false });
    expect(navScope(null, all, { programme: 'cangnan-2017' })).toEqual({ programme: cangnan, choice: false });
  });

  it('follows a page’s jurisdiction, else the site’s, to its newest programme', () => {
    expect(navScope(null, all, { jurisdiction: '合肥市庐阳区' }).programme).toBe(luyang[1]);
    expect(navScope({ jurisdiction: '温州市苍南县' }, all, {}).programme).toBe(cangnan);
    expect(navScope(null, luyang, {}).programme).toBe(luyang[1]);
  });

  it('offers the choice on a page of no programme when the site serves several jurisdictions', () => {
    expect(navScope({ jurisdiction: null }, all, {})).toEqual({ programme: null, choice: true });
    expect(navScope(null, [], {})).toEqual({ programme: null, choice: false });
  });
});

describe('jurisdictionChoice', () => {
  it('lists each jurisdiction once with its programmes newest first, the most recent jurisdiction first', () => {
    const choice = jurisdictionChoice([cangnan, luyang[0]!, luyang[1]!]);
    expect(choice.map((j) => [j.jurisdiction, j.short, j.programmes.map((p) => p.id)])).toEqual([
      ['合肥市庐阳区', '庐阳区', ['luyang-2018', 'luyang-2017']],
      ['温州市苍南县', '苍南县', ['cangnan-2017']],
    ]);
  });

  it('does not depend on the order the programmes come in', () => {
    const a = programme('a-2017', 2017, '甲县');
    const b = programme('b-2017', 2017, '乙县');
    expect(jurisdictionChoice([a, b])).toEqual(jurisdictionChoice([b, a]));
  });
});
