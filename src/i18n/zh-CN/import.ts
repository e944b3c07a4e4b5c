/**
 * Wording of the notice importer (src/lib/import/, `npm run new:programme -- --notice …`): the
 * review marker and notes it writes into drafted files, and what it and `npm run check` print
 * about drafts. Bilingual like the other command-line wording.
 */
export const importer = {
  /**
   * The first line of every drafted file, as a YAML comment (`# 待审核…`): `npm run check` lists the
   * files that still hold it. The editor deletes the line once the record is checked against the notice.
   */
  'import.review.marker': '待审核（由通知原文自动起草）：逐项对照通知核对后删除本行',
  'import.review.editorialName': '名称取自该项第一句，通知未单列名称：请拟定简短标题（nameOrigin: editorial）',
  'import.review.noLevel': '通知未写明级别：请填写 level',
  'import.review.noStanding': '通知未写明实施情况：请填写 standing',
  'import.review.movedTo': (p: { target: string }) => `通知写明调整至“${p.target}”：请在 movedTo 中填写接收项目的 id`,
  'import.review.raisedWithoutProject': '通知在提标扩面部分列出此项，但未找到同名项目：请核对名称或补全 standing',
  'import.review.countDiffers': (p: { stated: number; drafted: number }) => `通知载明 ${p.stated} 项，起草了 ${p.drafted} 项：请核对`,
  'import.review.standard': '标准名称取自通知原句：请核对 name、fundingBasis 和 period',
  'import.review.programme': '计划草稿：status 为 draft；请核对各项后改为 published',
  /** Printed by the importer after drafting. */
  'import.drafted': (p: { projects: number; standards: number; categories: number; ms: number }) =>
    `已起草 / drafted ${p.projects} 个项目、${p.standards} 条标准、${p.categories} 个分类 (${p.ms} ms)，均标为待审核 / all marked for review`,
  'import.notDrafted': (p: { paragraphs: string }) => `以下段落未起草任何记录，请阅读后手工补录 / nothing drafted from: ${p.paragraphs}`,
  /** Printed by `npm run check` while drafted files remain. */
  'import.pending': (p: { count: number }) => `待审核的草稿记录 / drafted records still to review: ${p.count} 个文件（核对后删除首行的“待审核”注释）`,
  // Arguments of `npm run new:programme`, each checked before anything is written.
  'import.arg.id': (p: { id: string }) => `--id ${p.id} 不是合法的 id：只用小写字母、数字和连字符，如 luyang-2018 / not a valid id`,
  'import.arg.programme': (p: { programme: string }) => `--programme ${p.programme} 不是合法的计划 id：只用小写字母、数字和连字符，如 luyang-2018 / not a valid programme id`,
  'import.arg.projectId': (p: { id: string }) => `--id ${p.id} 不是合法的项目 id：只用小写字母、数字和连字符（拼音或英文），如 legal-aid / not a valid project id`,
  'import.arg.year': (p: { year: string }) => `--year ${p.year} 不是 1949–2100 之间的年份 / not a year`,
  'import.arg.idYear': (p: { id: string; year: string }) => `--id ${p.id} 应以年份 ${p.year} 结尾，如 luyang-${p.year} / the id should end with the year`,
  'import.arg.empty': (p: { name: string }) => `--${p.name} 不能为空 / must not be empty`,
  'import.arg.noNotice': (p: { file: string }) => `找不到通知文件 ${p.file}：请检查路径 / notice file not found`,
  'import.arg.notUtf8': (p: { file: string }) =>
    `${p.file} 不是 UTF-8 编码（Windows 记事本、WPS 常存为 GBK）：请用“另存为”选择 UTF-8 编码后重试 / not UTF-8: save it as UTF-8 and try again`,
  'import.arg.emptyNotice': (p: { file: string }) => `${p.file} 是空文件 / the notice file is empty`,
  'import.arg.noFolder': (p: { folder: string }) => `找不到文件夹 ${p.folder}：请检查路径（原文放在内容目录的 sources 文件夹中） / folder not found`,
} as const;
