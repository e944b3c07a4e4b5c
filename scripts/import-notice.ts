/**
 * Turns a plain-text notice (one paragraph per line) into an anchored MDX source document.
 * Usage: node scripts/import-notice.ts <notice.txt> <content/sources/id.mdx> --id ID --programme PID
 * Front matter fields that the text does not give are left null for the editor to fill in.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { noticeTextLines, sourceDocumentMdx } from '../src/lib/content/notice.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { id: { type: 'string' }, programme: { type: 'string' }, provenance: { type: 'string' } },
});
const [input, output] = positionals;
if (!input || !output || !values.id || !values.programme) {
  console.error('usage: node scripts/import-notice.ts <notice.txt> <out.mdx> --id ID --programme PROGRAMME_ID [--provenance TEXT]');
  process.exit(2);
}
const lines = noticeTextLines(readFileSync(input, 'utf8'));
const frontMatter = {
  id: values.id,
  title: lines[0],
  programme: values.programme,
  provenance: values.provenance ?? `Imported from ${input}`,
  url: null,
};
writeFileSync(output, sourceDocumentMdx(frontMatter, lines));
console.log(`wrote ${output}: ${lines.length} paragraphs`);
