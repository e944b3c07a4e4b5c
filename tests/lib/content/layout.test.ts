/** Where files may be in a content tree: every file is a record of the registry's places, or refused by name. */
import { describe, expect, it } from 'vitest';
import { placeFile, placeFolder } from '../../../src/lib/content/layout.ts';
import { filePathOf, PROGRAMME_FOLDERS, RECORD_TYPE_NAMES, RECORD_TYPES } from '../../../src/schemas/record-types.ts';

const english = (message: string | undefined) => message?.split(' / ')[1];

describe('the layout derived from the registry', () => {
  it('places a file of every record type where the registry files it', () => {
    for (const name of RECORD_TYPE_NAMES) {
      const path = filePathOf(name, { id: 'some-id', programme: 'luyang-2017' });
      expect(placeFile(path), path).toEqual({ type: name });
      // Every folder on the way is accepted.
      const parts = path.split('/');
      for (let n = 1; n < parts.length; n++) expect(placeFolder(parts.slice(0, n).join('/')), path).toBeNull();
    }
  });

  it('accepts exactly the folders the registry names in a programme', () => {
    for (const folder of PROGRAMME_FOLDERS) expect(placeFolder(`programmes/luyang-2017/${folder}`)).toBeNull();
    expect(PROGRAMME_FOLDERS.length).toBeGreaterThan(0);
  });
});

describe('files refused by name', () => {
  it('a misspelt extension, still counted as its type’s file (so the checks add no noise)', () => {
    expect(placeFile('corrections/2018-fix.yml')).toEqual({ type: 'corrections', problem: expect.objectContaining({ file: 'corrections/2018-fix.yml', entry: '2018-fix' }) });
    expect(english(placeFile('corrections/2018-fix.yml').problem?.message)).toBe('wrong file extension: rename the file to 2018-fix.yaml');
    expect(placeFile('programmes/luyang-2017/projects/legal-aid.YAML')).toMatchObject({ type: 'projects', problem: { message: expect.stringContaining('legal-aid.yaml') } });
    expect(placeFile('sources/luyang-2017-notice.md')).toMatchObject({ type: 'sources', problem: { message: expect.stringContaining('luyang-2017-notice.mdx') } });
    expect(placeFile('site.yml')).toMatchObject({ type: 'site', problem: { message: expect.stringContaining('site.yaml') } });
    expect(placeFile('programmes/luyang-2017/programme.yml')).toMatchObject({ type: 'programmes', problem: { message: expect.stringContaining('programme.yaml') } });
  });

  it('a stray file, with what belongs there', () => {
    expect(placeFile('notes.txt')).toEqual({ type: null, problem: { file: 'notes.txt', entry: 'notes', field: '', message: expect.any(String) } });
    expect(english(placeFile('notes.txt').problem?.message)).toBe('not a content file: only site.yaml, sources/, corrections/, programmes/ belong here; move or rename it');
    expect(english(placeFile('programmes/luyang-2017/projects/legal-aid.yaml.bak').problem?.message)).toBe('not a content file: only <id>.yaml belong here; move or rename it');
    expect(english(placeFile('programmes/readme.yaml').problem?.message)).toBe('not a content file: only <programme>/ belong here; move or rename it');
    expect(placeFile('programmes/luyang-2017/notes.docx').type).toBeNull();
    expect(placeFile('programmes/luyang-2017/projects/legal-aid.yaml.bak').type).toBeNull();
  });

  it('a folder the registry does not name, misspelt or misplaced', () => {
    expect(placeFolder('projects')).toEqual({
      file: 'projects/',
      entry: 'projects',
      field: '',
      message: expect.stringContaining('not a content folder: only site.yaml, sources/, corrections/, programmes/'),
    });
    expect(english(placeFolder('programmes/luyang-2017/project')?.message)).toBe(
      `not a content folder: only programme.yaml, ${PROGRAMME_FOLDERS.map((f) => `${f}/`).join(', ')} belong here; move or rename it`,
    );
    expect(english(placeFolder('programmes/luyang-2017/projects/old')?.message)).toBe('not a content folder: only <id>.yaml belong here; move or rename it');
    expect(english(placeFolder('sources/old')?.message)).toBe('not a content folder: only <id>.mdx belong here; move or rename it');
  });

  it('names every site-scope place of the registry in the root’s list', () => {
    const message = placeFile('notes.txt').problem!.message;
    for (const name of RECORD_TYPE_NAMES) {
      const { place } = RECORD_TYPES[name];
      if (place.scope === 'site') expect(message).toContain('file' in place ? place.file : `${place.folder}/`);
    }
  });
});
