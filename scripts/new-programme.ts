/**
 * `npm run new:programme -- --id luyang-2018 --year 2018 --jurisdiction 合肥市庐阳区 --short 庐阳区 [--notice notice.txt]`
 *
 * Scaffolds a programme: its folders, a programme.yaml with every field present and empty, and,
 * when a plain-text notice is given, the anchored source document. Nothing is invented: every
 * value the notice must supply stays empty, so `npm run check` lists what remains to fill in.
 */
import { onFailure } from './lib/cli.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { DEPLOYMENT } from '../src/config/deployment.ts';
import { t } from '../src/i18n/index.ts';
import { USAGE_EXIT_CODE } from './lib/exit-codes.ts';
import { noticeTextLines, sourceDocumentMdx } from '../src/lib/content/notice.ts';
import { PROGRAMME_FOLDERS } from '../src/schemas/record-types.ts';

onFailure({
  headline: (line) => t('cli.scaffold.stopped', { message: line }),
  known: [{ variable: 'CONTENT_DIR', path: resolve(DEPLOYMENT.contentDir) }],
  usage: t('cli.newProgramme.usage'),
});

const { values } = parseArgs({
  options: {
    id: { type: 'string' },
    year: { type: 'string' },
    jurisdiction: { type: 'string' },
    short: { type: 'string' },
    notice: { type: 'string' },
  },
});
if (!values.id || !values.year || !values.jurisdiction || !values.short) {
  console.error(t('cli.newProgramme.usage'));
  process.exit(USAGE_EXIT_CODE);
}
const contentDir = resolve(DEPLOYMENT.contentDir);
const dir = join(contentDir, 'programmes', values.id);
if (existsSync(dir)) {
  console.error(t('cli.scaffold.exists', { path: dir }));
  process.exit(1);
}
// Read before anything is written, so that a notice that cannot be read leaves no half-made programme.
const noticeLines = values.notice ? noticeTextLines(readFileSync(values.notice, 'utf8')) : null;
const sourceId = `${values.id}-notice`;
const emptyCitation = { source: sourceId, paragraph: '', quote: '' };
const emptyLevel = { decided: null, implemented: null, breakdown: {}, citations: [emptyCitation] };

for (const sub of PROGRAMME_FOLDERS) {
  mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, sub, '.gitkeep'), '');
}
writeFileSync(
  join(dir, 'programme.yaml'),
  `# ${t('cli.newProgramme.fileComment')}\n` +
    stringify(
      {
        id: values.id,
        year: Number(values.year),
        jurisdiction: values.jurisdiction,
        jurisdictionShort: values.short,
        title: '',
        terms: { programmeKind: '', localArea: null },
        jurisdictionKind: '',
        document: { type: '', issuer: null, issuerKind: null, citations: [emptyCitation] },
        status: 'published',
        levels: [],
        categories: [],
        headline: null,
        addressees: null,
        issuedOn: null,
        documentNumber: null,
        source: sourceId,
        basisDocuments: [],
        statedTotals: { all: null, allCitations: [emptyCitation], provincial: emptyLevel, municipal: emptyLevel, district: emptyLevel },
        headlineParts: [],
        citations: [emptyCitation],
      },
      // Written out in full: an editor fills each copy, YAML anchors would tie them together.
      { aliasDuplicateObjects: false },
    ),
);
console.log(t('cli.scaffold.created', { path: join(dir, 'programme.yaml') }));

if (values.notice && noticeLines) {
  const lines = noticeLines;
  mkdirSync(join(contentDir, 'sources'), { recursive: true });
  const front = { id: sourceId, title: lines[0] ?? '', programme: values.id, issuer: null, provenance: t('cli.newProgramme.provenance', { file: values.notice }), url: null };
  writeFileSync(join(contentDir, 'sources', `${sourceId}.mdx`), sourceDocumentMdx(front, lines));
  console.log(t('cli.newProgramme.imported', { paragraphs: lines.length, file: `sources/${sourceId}.mdx` }));
} else {
  console.log(t('cli.newProgramme.importNext', { file: `sources/${sourceId}.mdx` }));
}
console.log(t('cli.scaffold.thenCheck'));
