/** Which parts of the sharded search index a search loads (src/lib/search/scope.ts). */
import { describe, expect, it } from 'vitest';
import {
  ALL_PROGRAMMES,
  defaultProgramme,
  narrowsScope,
  SEARCH_ALL_UP_TO,
  shardFilter,
  shardOfUrl,
  shardsInScope,
  SITE_SHARD,
  type SearchShardOption,
} from '../../../src/lib/search/scope.ts';

const shard = (id: string, year: string): SearchShardOption => ({ id, year, index: `/base/pagefind/${id}/`, pages: `/base/${id}/`, label: id });
const SHARDS = [shard('b-2018', '2018'), shard('a-2018', '2018'), shard('a-2017', '2017'), shard('c-2017', '2017')];

describe('the scope of a search', () => {
  it('covers every programme on a small site, and only the newest on a larger one', () => {
    expect(defaultProgramme(SHARDS.slice(0, SEARCH_ALL_UP_TO).map((s) => s.id))).toBe(ALL_PROGRAMMES);
    expect(defaultProgramme(SHARDS.map((s) => s.id))).toBe('b-2018');
    expect(shardsInScope({ year: '', programme: '' }, SHARDS, 'b-2018').map((s) => s.id)).toEqual(['b-2018']);
    expect(shardsInScope({ year: '', programme: '' }, SHARDS, ALL_PROGRAMMES)).toHaveLength(4);
  });

  it('loads the chosen programme, or every programme of the chosen year', () => {
    expect(shardsInScope({ year: '', programme: 'a-2017' }, SHARDS, 'b-2018').map((s) => s.id)).toEqual(['a-2017']);
    expect(shardsInScope({ year: '2017', programme: '' }, SHARDS, 'b-2018').map((s) => s.id)).toEqual(['a-2017', 'c-2017']);
    expect(shardsInScope({ year: '', programme: ALL_PROGRAMMES }, SHARDS, 'b-2018')).toHaveLength(4);
    expect(narrowsScope({ year: '', programme: ALL_PROGRAMMES }, SHARDS, 'b-2018')).toBe(false);
    expect(narrowsScope({ year: '2018', programme: '' }, SHARDS, 'b-2018')).toBe(true);
  });

  it('names the programme of a result from its URL, and none for site-wide pages', () => {
    expect(shardOfUrl('/base/a-2017/projects/x/', SHARDS)?.id).toBe('a-2017');
    expect(shardOfUrl('/base/about/', SHARDS)).toBeUndefined();
  });

  it('filters on the shard only when a loaded programme is outside the scope', () => {
    const scope = shardsInScope({ year: '2017', programme: '' }, SHARDS, 'b-2018');
    expect(shardFilter(scope, ['a-2017', 'c-2017'])).toBeNull();
    expect(shardFilter(scope, ['b-2018', 'a-2017'])).toEqual({ any: [SITE_SHARD, 'a-2017', 'c-2017'] });
  });
});
