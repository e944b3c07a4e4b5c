/** The shard plan's pieces that need no build: choosing shards, and what changes a shard's cache key. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash, shardKey } from '../../scripts/shards/cache-key.ts';
import { selectShards, type ShardPlan } from '../../scripts/shards/plan.ts';

describe('shard plan', () => {
  const plan: ShardPlan = {
    shards: [
      { id: 'a', contentDir: '/a', basePath: '/a/' },
      { id: 'b', contentDir: '/b', basePath: '/b/' },
    ],
  };

  it('builds every shard, or the ones a CI job names', () => {
    expect(selectShards(plan, []).map((s) => s.id)).toEqual(['a', 'b']);
    expect(selectShards(plan, ['b']).map((s) => s.id)).toEqual(['b']);
    expect(() => selectShards(plan, ['c'])).toThrow(/no shard c/);
  });

  it('keys a shard on its content, the generator and its settings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'minsheng-key-'));
    writeFileSync(join(dir, 'site.yaml'), 'name: x\n');
    const shard = { id: 'a', contentDir: dir, basePath: '/a/' };
    const key = shardKey(shard, 'code-1', undefined);
    expect(shardKey(shard, 'code-1', undefined)).toBe(key);
    expect(shardKey(shard, 'code-2', undefined)).not.toBe(key);
    expect(shardKey({ ...shard, basePath: '/b/' }, 'code-1', undefined)).not.toBe(key);
    expect(shardKey(shard, 'code-1', 'https://example.gov.cn/a/')).not.toBe(key);
    const before = contentHash(dir);
    writeFileSync(join(dir, 'site.yaml'), 'name: y\n');
    expect(contentHash(dir)).not.toBe(before);
    expect(shardKey(shard, 'code-1', undefined)).not.toBe(key);
  });
});
