/** Reading content files: the fast parser must read exactly what the positional one reads. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYaml, parseYamlWithPositions } from '../../src/io/read-content.ts';

const CONTENT = join(import.meta.dirname, '../../content');
const yamlFiles = (readdirSync(CONTENT, { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml')).map((f) => join(CONTENT, f));

describe('parseYaml', () => {
  it('reads every file of the real content as the positional parser does, positions included', () => {
    expect(yamlFiles.length).toBeGreaterThan(40);
    for (const path of yamlFiles) {
      const text = readFileSync(path, 'utf8');
      const file = relative(CONTENT, path);
      const fast = parseYaml(text, file);
      const slow = parseYamlWithPositions(text, file);
      expect(fast.data, file).toEqual(slow.data);
      expect(fast.syntaxErrors).toEqual([]);
      expect(fast.positions, file).toEqual(slow.positions);
    }
  });

  it('keeps the core schema: dates and yes/no stay strings, an empty file is null', () => {
    expect(parseYaml('issuedOn: 2017-03-01\nflag: yes\nn: ~\nv: 0o14\n', 'a.yaml').data).toEqual({ issuedOn: '2017-03-01', flag: 'yes', n: null, v: 12 });
    expect(parseYaml('', 'a.yaml').data).toBeNull();
  });

  it('reports syntax errors, duplicate keys among them, in the positional parser’s words and places', () => {
    for (const text of ['id: a\nname: [unclosed\n', 'id: a\nid: b\n', 'a:\n\t- 1\n']) {
      const fast = parseYaml(text, 'x.yaml');
      expect(fast.data).toBeUndefined();
      expect(fast.syntaxErrors.length).toBeGreaterThan(0);
      expect(fast.syntaxErrors).toEqual(parseYamlWithPositions(text, 'x.yaml').syntaxErrors);
    }
  });
});
