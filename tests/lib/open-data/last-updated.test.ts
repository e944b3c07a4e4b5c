import { describe, expect, it } from 'vitest';
import { lastUpdated } from '../../../src/lib/open-data/last-updated.ts';

describe('lastUpdated', () => {
  it('uses SOURCE_DATE_EPOCH (the commit date) when set', () => {
    expect(lastUpdated({ sourceDateEpoch: '1700000000', corrections: [{ date: '2024-01-01' }] })).toEqual({
      date: '2023-11-14',
      dateTime: '2023-11-14T22:13:20Z',
      basis: 'source-date-epoch',
    });
  });

  it('refuses a malformed SOURCE_DATE_EPOCH instead of ignoring it', () => {
    expect(() => lastUpdated({ sourceDateEpoch: 'yesterday', corrections: [] })).toThrow(/SOURCE_DATE_EPOCH/);
  });

  it('else takes the latest correction, whatever the file order', () => {
    expect(lastUpdated({ corrections: [{ date: '2018-03-01' }, { date: '2018-05-02' }, { date: '2017-12-31' }] })).toMatchObject({ date: '2018-05-02', basis: 'correction' });
  });

  it('else says the date is unknown rather than make one up from the programme year or the notice', () => {
    expect(lastUpdated({ sourceDateEpoch: '', corrections: [] })).toEqual({ date: null, dateTime: null, basis: 'unknown' });
  });
});
