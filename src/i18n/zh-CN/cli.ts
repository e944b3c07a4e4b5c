/**
 * Wording of the command-line tools (scripts/): what `npm run build`, `npm run check` and the
 * scaffolding commands print, and the text they write into new files for editors. Bilingual
 * (中文 / English) like the check messages: editors read Chinese, the code's authors English.
 */
export const cli = {
  // `npm run check` (scripts/lib/check-content.ts); a failed check prints `check.failed`.
  'cli.check.passed': (p: { programmes: number; projects: number; standards: number; dir: string }) =>
    `内容校验通过 / content OK: ${p.programmes} programme(s), ${p.projects} project entries, ${p.standards} standards (${p.dir})`,
  // `npm run build` (scripts/build.ts and its post-build steps).
  'cli.build.failed': (p: { outDir: string; message: string }) => `构建失败，未改动已有的 ${p.outDir} / build failed; ${p.outDir} left untouched: ${p.message}`,
  'cli.build.done': (p: { outDir: string }) => `构建完成 / built ${p.outDir}`,
  /** Printed once by a build that knows no published address (src/data/published.ts). */
  'cli.build.preview':
    '预览版：未设置 SITE_URL，site.yaml 的 url 也为空；每页显示预览提示，链接、引用、数据文件、订阅和网站地图只含站内相对地址 / preview build: no SITE_URL and no url in site.yaml; every page shows a preview banner and no absolute URL is published',
  'cli.build.searchIndex': (p: { pages: number }) => `站内搜索索引完成 / search index: ${p.pages} pages`,
  'cli.build.checksums': (p: { files: number }) => `校验值已生成 / checksums: ${p.files} data files`,
  // Scaffolding: `npm run new:programme` and `npm run new:project`.
  'cli.scaffold.exists': (p: { path: string }) => `已存在 / already exists: ${p.path}`,
  'cli.scaffold.created': (p: { path: string }) => `已创建 / created ${p.path}`,
  'cli.scaffold.thenCheck': '然后运行 npm run check 查看待填写的字段 / then run npm run check to list what remains to fill in',
  'cli.newProgramme.usage': '用法 / usage: npm run new:programme -- --id <id> --year <年份> --jurisdiction <完整行政区名> --short <简称> [--notice <通知纯文本.txt>]',
  /** The comment heading a new programme.yaml. */
  'cli.newProgramme.fileComment': '按通知原文填写；通知未载明的字段保持 null。每条 citations 须填写段落编号（如 p12）和原文引语。',
  /** The provenance of a notice imported while scaffolding a programme. */
  'cli.newProgramme.provenance': (p: { file: string }) => `导入自 ${p.file}`,
  'cli.newProgramme.imported': (p: { paragraphs: number; file: string }) => `已导入通知原文 / imported the notice: ${p.paragraphs} 段 → ${p.file}`,
  'cli.newProgramme.importNext': (p: { file: string }) => `下一步：用 scripts/import-notice.ts 导入通知原文为 ${p.file} / next: import the notice text`,
  'cli.newProject.usage': '用法 / usage: npm run new:project -- --programme <计划 id> --id <项目 id> [--name <项目名称>]',
  'cli.newProject.noProgramme': (p: { file: string }) => `找不到计划 / no such programme: ${p.file}（先运行 npm run new:programme）`,
} as const;
