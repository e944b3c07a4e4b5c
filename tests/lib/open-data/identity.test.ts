import { describe, expect, it } from 'vitest';
import { dateWarnings, identityWarnings } from '../../../src/lib/open-data/identity.ts';
import { luyangContent } from '../../support/built-data.ts';
import { testContext } from '../../support/open-data-context.ts';

describe('identityWarnings', () => {
  it('names each unset field and what the open data needs it for', () => {
    const [organiser, contact, ...rest] = identityWarnings({ organiser: null, contact: null });
    expect(rest).toEqual([]);
    expect(organiser).toMatch(/organiser.*dct:publisher/);
    expect(contact).toMatch(/contact.*dcat:contactPoint/);
  });

  it('is silent when both are configured', () => {
    expect(identityWarnings({ organiser: '某区人民政府办公室', contact: 'a@example.gov.cn' })).toEqual([]);
  });
});

describe('dateWarnings', () => {
  it('warns when the data and its programmes have no known date, and only then', () => {
    const undated = testContext(luyangContent(), { date: null, dateTime: null, basis: 'unknown' });
    expect(dateWarnings(undated)).toEqual([expect.stringMatching(/SOURCE_DATE_EPOCH/), expect.stringMatching(/luyang-2017.*feed\.xml/)]);
    expect(dateWarnings(testContext())).toEqual([]);
  });
});
