import { describe, expect, it } from 'vitest';
import { lastUpdated } from '../../../src/lib/open-data/last-updated.ts';

const programmes = [{ year: 2017, issuedOn: null }];

describe('lastUpdated', () => {
  it('uses SOURCE_DATE_EPOCH (the commit date) when set', () => {
    expect(lastUpdated({ sourceDateEpoch: '1700000000', corrections: [{ date: '2024-01-01' }], programmes })).toEqual({ date: '2023-11-14', dateTime: '2023-11-14T22:13:20Z', basis: 'source-date-epoch' });
  });

  it('refuses a malformed SOURCE_DATE_EPOCH instead of ignoring it', () => {
    expect(() => lastUpdated({ sourceDateEpoch: 'yesterday', corrections: [], programmes })).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it('else takes the latest correction, whatever the file order', () => {
    expect(lastUpdated({ corrections: [{ date: '2018-03-01' }, { date: '2018-05-02' }, { date: '2017-12-31' }], programmes })).toMatchObject({ date: '2018-05-02', basis: 'correction' });
  });

  it('else the latest date of issue, else 1 January of the latest programme year', () => {
    expect(lastUpdated({ corrections: [], programmes: [{ year: 2017, issuedOn: '2017-03-09' }, { year: 2018, issuedOn: null }] })).toMatchObject({ date: '2017-03-09', basis: 'issued' });
    expect(lastUpdated({ sourceDateEpoch: '', corrections: [], programmes: [{ year: 2017, issuedOn: null }, { year: 2018, issuedOn: null }] })).toEqual({ date: '2018-01-01', dateTime: '2018-01-01T00:00:00Z', basis: 'programme-year' });
  });
});
