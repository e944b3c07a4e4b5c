/** The Luyang example's notice page says what its source leaves out: its number and its date. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';

it('says the notice states neither its number nor its date, rather than leave a reader to guess', () => {
  const notice = readFileSync(join(inject('distRoot'), 'luyang-2017/notice/index.html'), 'utf8');
  expect(notice).toContain('文号：通知未载明；发文日期：通知未载明。');
});
