import { describe, expect, it } from 'vitest';
import { nearestId } from '../../../src/lib/content/nearest.ts';

describe('nearestId', () => {
  const ids = ['employment-support', 'employment-subsidy', 'fitness-facilities', 'ab'];

  it('names the id a slip of the keyboard away', () => {
    expect(nearestId('employment-suport', ids)).toBe('employment-support');
    expect(nearestId('fitness-facilites', ids)).toBe('fitness-facilities');
  });

  it('guesses nothing when no id is near, when two are as near, or when the id is too short to tell', () => {
    expect(nearestId('road-maintenance', ids)).toBeNull();
    expect(nearestId('employment-subxt', ['employment-subat', 'employment-subbt'])).toBeNull();
    expect(nearestId('employment-subxt', ['employment-subat'])).toBe('employment-subat');
    expect(nearestId('ac', ids)).toBeNull();
    // An id that exists is not a slip: its nearest other id (three edits away) is not offered.
    expect(nearestId('employment-support', ids)).toBeNull();
  });
});
