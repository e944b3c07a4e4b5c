/**
 * `npm run new:programme -- --id luyang-2018 --year 2018 --jurisdiction 合肥市庐阳区 --short 庐阳区 [--notice notice.txt]`
 *
 * Scaffolds a programme: its folders, a programme.yaml with every field present and empty, and,
 * when a plain-text notice is given, the anchored source document. Nothing is invented: every
 * value the notice must supply stays empty, so `npm run check` lists what remains to fill in.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { noticeTextLines, sourceDocumentMdx } from '../src/lib/content/notice.ts';
import { PROGRAMME_FOLDERS } from '../src/schemas/record-types.ts';

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
  console.error('用法 / usage: npm run new:programme -- --id <id> --year <年份> --jurisdiction <完整行政区名> --short <简称> [--notice <通知纯文本.txt>]');
  process.exit(2);
}
const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');
const dir = join(contentDir, 'programmes', values.id);
if (existsSync(dir)) {
  console.error(`已存在 / already exists: ${dir}`);
  process.exit(1);
}
const sourceId = `${values.id}-notice`;
const emptyCitation = { source: sourceId, paragraph: '', quote: '' };
const emptyLevel = { decided: null, implemented: null, breakdown: {}, citations: [emptyCitation] };

for (const sub of PROGRAMME_FOLDERS) {
  mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, sub, '.gitkeep'), '');
}
writeFileSync(
  join(dir, 'programme.yaml'),
  `# 按通知原文填写；通知未载明的字段保持 null。每条 citations 须填写段落编号（如 p12）和原文引语。\n` +
    stringify(
      {
      id: values.id,
      year: Number(values.year),
      jurisdiction: values.jurisdiction,
      jurisdictionShort: values.short,
      title: '',
      headline: null,
      issuingBody: null,
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
console.log(`已创建 / created ${join(dir, 'programme.yaml')}`);

if (values.notice) {
  const lines = noticeTextLines(readFileSync(values.notice, 'utf8'));
  mkdirSync(join(contentDir, 'sources'), { recursive: true });
  const front = { id: sourceId, title: lines[0] ?? '', programme: values.id, issuer: null, provenance: `导入自 ${values.notice}`, url: null };
  writeFileSync(join(contentDir, 'sources', `${sourceId}.mdx`), sourceDocumentMdx(front, lines));
  console.log(`已导入通知原文 / imported the notice: ${lines.length} 段 → sources/${sourceId}.mdx`);
} else {
  console.log(`下一步：用 scripts/import-notice.ts 导入通知原文为 sources/${sourceId}.mdx / next: import the notice text`);
}
console.log('然后运行 npm run check 查看待填写的字段 / then run npm run check to list what remains to fill in');
