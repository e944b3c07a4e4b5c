/** The Luyang example's notice page says what its text leaves out: its number and its date. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';

it('says the text it has states neither the notice’s number nor its date, rather than leave a reader to guess, and claims no more', () => {
  const notice = readFileSync(join(inject('distRoot'), 'luyang-2017/notice/index.html'), 'utf8');
  expect(notice).toContain('文号、发文日期：本站所据文本未载明。');
});
