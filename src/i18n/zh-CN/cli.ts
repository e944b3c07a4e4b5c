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
  /** A build that failed before it knew its output folder (a malformed environment variable). */
  'cli.build.stopped': (p: { message: string }) => `构建失败 / build failed: ${p.message}`,
  'cli.build.contentInvalid': '内容校验未通过（见上文）/ content check failed (see above): 请按上文逐条改正后重新构建 / fix each problem listed above and build again',
  'cli.build.interrupted': (p: { signal: string; outDir: string }) =>
    `构建已中断（${p.signal}），未改动已有的 ${p.outDir}，临时文件夹已删除 / build interrupted (${p.signal}); ${p.outDir} left untouched, temporary folders removed`,
  /** A temporary folder or lock left by a build that was killed, removed when the next build starts. */
  'cli.build.staleRemoved': (p: { path: string }) => `已删除中断的构建留下的 ${p.path} / removed ${p.path}, left by a build that was killed`,
  'cli.build.previousRestored': (p: { path: string; outDir: string }) =>
    `中断的构建未能完成替换，已将原有网站 ${p.path} 恢复为 ${p.outDir} / a build killed while swapping left the published site as ${p.path}; restored it as ${p.outDir}`,
  'cli.build.staleLockRemoved': (p: { path: string }) => `已删除中断的构建留下的锁 ${p.path} / removed the lock ${p.path}, left by a build that was killed`,
  'cli.build.done': (p: { outDir: string }) => `构建完成 / built ${p.outDir}`,
  /** Printed once by a build that knows no published address (src/data/published.ts). */
  'cli.build.preview':
    '预览版：未设置 SITE_URL，site.yaml 的 url 也为空；每页显示预览提示，链接、引用、数据文件、订阅和网站地图只含站内相对地址 / preview build: no SITE_URL and no url in site.yaml; every page shows a preview banner and no absolute URL is published',
  'cli.build.searchIndex': (p: { pages: number }) => `站内搜索索引完成 / search index: ${p.pages} pages`,
  /** Of the search index's bundles (one per programme and a primary one), those copied from the site's cache because their pages are unchanged. */
  'cli.build.searchBundlesReused': (p: { reused: number; bundles: number }) =>
    `  其中 ${p.reused} 个（共 ${p.bundles} 个）搜索分卷内容未变，取自构建缓存 / ${p.reused} of ${p.bundles} search bundle(s) reused from the build cache`,
  'cli.build.checksums': (p: { files: number }) => `校验值已生成 / checksums: ${p.files} data files`,
  /** A built file or folder over a common CDN limit (scripts/lib/post-build/file-limits.ts): a warning, the build still succeeds. */
  'cli.build.fileOverLimit': (p: { path: string; size: string; limit: string }) =>
    `注意：文件超过常见 CDN 单文件上限 / warning: ${p.path} is ${p.size}, over the ${p.limit} per-file limit of common CDNs; split the site into shards (scripts/shards/, README “Beyond one machine”)`,
  'cli.build.folderOverLimit': (p: { path: string; files: number; limit: number }) =>
    `注意：文件夹内文件数超过常见 CDN 上限 / warning: ${p.path} holds ${p.files} files, over the ${p.limit} files per folder of some CDNs; split the site into shards (scripts/shards/)`,
  // Scaffolding: `npm run new:programme` and `npm run new:project`.
  'cli.scaffold.exists': (p: { path: string }) => `已存在 / already exists: ${p.path}`,
  'cli.scaffold.created': (p: { path: string }) => `已创建 / created ${p.path}`,
  'cli.scaffold.thenCheck': '然后运行 npm run check 查看待填写的字段 / then run npm run check to list what remains to fill in',
  'cli.newProgramme.usage': '用法 / usage: npm run new:programme -- --id <id> --year <年份> --jurisdiction <完整行政区名> --short <简称> [--notice <通知纯文本.txt>]',
  /** The comment heading a new programme.yaml. */
  'cli.newProgramme.fileComment': '按通知原文填写；通知未载明的字段保持 null。每条 citations 须填写段落编号（如 p12）和原文引语。',
  /** The provenance of a notice imported while scaffolding a programme. */
  'cli.newProgramme.provenance': (p: { file: string }) => `由本站编辑从纯文本文件“${p.file}”导入原文；原文从何处取得待补充。`,
  /** Printed after a notice is imported: the provenance is the editor's to complete. */
  'cli.importNotice.provenanceNext': (p: { file: string }) =>
    `请在 ${p.file} 开头的 provenance 中写明原文从何处取得（如政府网站的发布页面、纸质文件），这句话会显示在网站的原文页上 / write where the text was obtained in its provenance`,
  'cli.importNotice.usage':
    '用法 / usage: node scripts/import-notice.ts <通知纯文本.txt> <内容目录/sources/文件 id.mdx> --id <文件 id> --programme <计划 id> [--provenance <原文出处>]',
  'cli.importNotice.written': (p: { file: string; paragraphs: number }) => `已导入通知原文 / imported the notice: ${p.paragraphs} 段 → ${p.file}`,
  'cli.importNotice.idMismatch': (p: { id: string; file: string }) => `--id ${p.id} 应与文件名一致：${p.file} 应为 ${p.id}.mdx / the id must be the file's name`,
  'cli.newProgramme.imported': (p: { paragraphs: number; file: string }) => `已导入通知原文 / imported the notice: ${p.paragraphs} 段 → ${p.file}`,
  'cli.newProgramme.importNext': (p: { file: string }) => `下一步：用 scripts/import-notice.ts 导入通知原文为 ${p.file} / next: import the notice text`,
  'cli.newProject.usage': '用法 / usage: npm run new:project -- --programme <计划 id> --id <项目 id> [--name <项目名称>]',
  // Any command that stopped on something other than invalid content (scripts/lib/failure.ts): one
  // line naming the file, folder or variable and what to do; the stack trace only with --debug.
  'cli.check.stopped': (p: { message: string }) => `内容校验未能完成 / the content check could not run: ${p.message}`,
  'cli.scaffold.stopped': (p: { message: string }) => `创建未完成 / scaffolding stopped: ${p.message}`,
  'cli.failure.environment': (p: { problems: string }) => `环境变量有误 / invalid environment variable: ${p.problems}。请改正后重新运行 / correct it and run again`,
  'cli.failure.arguments': (p: { problems: string; usage: string }) => `命令参数有误 / invalid arguments: ${p.problems}。${p.usage}`,
  'cli.failure.noContentDir': (p: { path: string }) =>
    `找不到内容文件夹 ${p.path} / no content folder at ${p.path}: 请在项目文件夹中运行，或把 CONTENT_DIR 设为内容文件夹 / run from the project folder, or set CONTENT_DIR to the content folder`,
  'cli.failure.permission': (p: { path: string }) =>
    `没有权限写入或读取 ${p.path}（只读或权限不足）/ permission denied on ${p.path} (read-only or not allowed): 请修改其权限，或改用可写的位置 / change its permissions, or use a writable location`,
  'cli.failure.diskFull': (p: { path: string }) =>
    `磁盘空间不足，无法写入 ${p.path} / no space left on the disk for ${p.path}: 请清理磁盘空间，或改用其他磁盘 / free some space, or use another disk`,
  'cli.failure.notFound': (p: { path: string }) => `找不到 ${p.path} / not found: ${p.path}: 请检查该路径是否存在、是否拼写正确 / check that the path exists and is spelled right`,
  'cli.failure.notFolder': (p: { path: string }) =>
    `${p.path} 是文件，不是文件夹 / ${p.path} is a file, not a folder: 请检查路径，或改用其他文件夹 / check the path, or use another folder`,
  'cli.failure.isFolder': (p: { path: string }) => `${p.path} 是文件夹，不是文件 / ${p.path} is a folder, not a file: 请检查该路径 / check the path`,
  'cli.failure.exists': (p: { path: string }) => `${p.path} 已存在 / ${p.path} already exists: 请删除或改名后重新运行 / remove or rename it and run again`,
  'cli.failure.tooManyFiles': (p: { path: string }) =>
    `同时打开的文件过多（${p.path}）/ too many open files (${p.path}): 请提高上限（ulimit -n）后重新运行 / raise the limit (ulimit -n) and run again`,
  'cli.failure.file': (p: { path: string; code: string; detail: string }) =>
    `读写 ${p.path} 时出错（${p.code}）/ could not read or write ${p.path} (${p.code}: ${p.detail}): 请检查该文件和所在磁盘后重新运行 / check the file and its disk, then run again`,
  'cli.failure.inFolder': (p: { folder: string; code: string; detail: string }) =>
    `在 ${p.folder} 中读写文件时出错（${p.code}）/ could not read or write a file in ${p.folder} (${p.code}: ${p.detail}): 请检查其中的文件和所在磁盘后重新运行，加 --debug 可查看是哪一步 / check its files and disk, then run again; --debug shows which step failed`,
  /** Appended to a file's failure when the path comes from a setting. */
  'cli.failure.setBy': (p: { variable: string }) => `（该路径由 ${p.variable} 决定 / the path comes from ${p.variable}）`,
  'cli.failure.internal': (p: { message: string }) =>
    `内部错误 / internal error: ${p.message}。请加 --debug 重新运行查看详情，并报告此问题 / run again with --debug for details, and report it`,
  'cli.newProject.levelComment': (p: { levels: string }) => `level（层级）：${p.levels}，写括号前的代码；原文未载明时保持 null`,
  /** One value a coded field may take, with its label: provincial（省级）. */
  'cli.newProject.choice': (p: { code: string; label: string }) => `${p.code}（${p.label}）`,
  'cli.newProject.noLevelsComment': 'level（层级）：本计划不分层级，保持 null',
  'cli.newProject.orderComment': 'order（序号）：本项目在通知所列项目中的序号，写半角数字（如 5）',
  'cli.newProject.exists': (p: { path: string }) => `已存在 / already exists: ${p.path}：请换一个编号，或直接编辑该文件 / choose another id, or edit that file`,
  'cli.newProject.standingComment': (p: { standings: string }) => `standing（本年情况）：${p.standings}，可写代码或中文；原文未载明时保持 null`,
  'cli.newProject.noProgramme': (p: { file: string }) => `找不到计划 / no such programme: ${p.file}（先运行 npm run new:programme）`,
} as const;
