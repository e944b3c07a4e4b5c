/**
 * Wording of the open data: the data pages and the dictionary, the titles and notes of the
 * published files (catalogue.ts refers to them by key), the CSV columns, the JSON Schemas'
 * descriptions, the metadata (datapackage.json, catalog.jsonld, schema.org) and the Atom feed.
 * Much of it is published inside the data files themselves, so a change here changes their bytes.
 */

import { listPhrase } from './phrases.ts';

/** The note every multi-valued CSV column's description ends with. */
const multiValueNote = (separator: string) => `多个值以英文分号“${separator}”分隔，无值时为空。`;

/**
 * What every page-address field adds: a preview build knows no origin (src/lib/site/origin.ts) and
 * publishes site paths, so "完整网址" alone would be false in a preview's own files.
 */
const previewUrlNote = '预览版中为以“/”开头的站内路径';
const previewUrlNoteEn = 'a site path beginning with “/” in a preview build';

export const data = {
  // Data sets (catalog.jsonld, datapackage.json) and the titles of the files that distribute them.
  'data.dataset.projects.title': (p: { programmeKind: string }) => `${p.programmeKind}项目`,
  /** `items`: what the site's entries state (src/lib/open-data/dataset-holdings.ts), named below. */
  'data.dataset.projects.description': (p: { items: readonly string[] }) => `各年度计划中的全部项目条目：${listPhrase(p.items)}。`,
  'data.dataset.projects.holds.descriptions': '项目内容',
  'data.dataset.projects.holds.levels': '层级',
  'data.dataset.projects.holds.standings': '本年情况',
  'data.dataset.projects.holds.changes': '变化',
  'data.dataset.projects.holds.lineage': '沿革',
  'data.dataset.projects.holds.units': '责任单位',
  'data.dataset.projects.holds.citations': '原文出处',
  'data.dataset.standards.title': '补助标准',
  'data.dataset.standards.description': '本年调整的补助标准：调整前后金额（数值与单位分列）或覆盖范围，及原文出处。',
  'data.dataset.milestones.title': '时间节点',
  'data.dataset.milestones.description': '年度计划规定的完成时限。',
  'data.dataset.targets.title': '量化目标',
  'data.dataset.targets.description': (p: { documentKind: string }) => `${p.documentKind}为项目设定的量化目标：动作、数量（数值）、量词与对象分列，及原文出处。`,
  'data.dataset.programmes.title': (p: { programmeKind: string }) => `年度${p.programmeKind}计划`,
  /** `items`: what the site's programmes state (src/lib/open-data/dataset-holdings.ts), named below. */
  'data.dataset.programmes.description': (p: { items: readonly string[] }) => `年度计划本身：${listPhrase(p.items)}。`,
  'data.dataset.programmes.holds.paragraphs': (p: { documentKind: string }) => `${p.documentKind}全文段落`,
  'data.dataset.programmes.holds.basis': '依据文件',
  'data.dataset.programmes.holds.totals': '合计数',
  'data.dataset.programmes.holds.milestones': '时间节点',
  'data.dataset.programmes.holds.oversight': '督查机制',
  'data.keyword': (p: { programmeKind: string }) => p.programmeKind,
  'data.file.part.title': (p: { title: string; programme: string }) => `${p.title}：${p.programme}部分`,
  'data.file.part.programme': (p: { jurisdiction: string; year: number }) => `${p.jurisdiction}${p.year}年`,
  'data.file.part.chunkTitle': (p: { title: string; n: number; of: number }) => `${p.title}（第 ${p.n} 份，共 ${p.of} 份）`,
  'data.distribution.title': (p: { title: string; format: string }) => `${p.title}（${p.format}）`,
  'data.distribution.titleBom': (p: { title: string }) => `${p.title}（CSV，带 BOM，供 Excel、WPS 打开）`,
  'data.distribution.titlePlain': (p: { title: string }) => `${p.title}（CSV，UTF-8 无 BOM，供程序读取）`,
  'data.distribution.jsonSchema': (p: { file: string }) => `${p.file} 所遵循的 JSON Schema`,
  'data.distribution.csvStandard': 'RFC 4180：逗号分隔值（CSV）文件的通用格式',
  'data.catalog.provenance': (p: { sources: string; basis: string | null }) =>
    `由本站逐段录入并核对以下政府公开文件整理而成：${p.sources}。每条记录注明原文段落并摘录原文。${p.basis ? `原文提到其所依据的上级文件${p.basis}，本站未录入这些文件的原文，数据也不取自这些文件。` : ''}`,
  'data.catalog.provenanceSeparator': '；',

  // Formats as the data pages label them (a CSV table is published with and without a byte order mark).
  'data.format.csvBom': 'CSV（Excel）',
  'data.format.csvPlain': 'CSV（无 BOM）',

  // Published files: titles and the one-sentence notes of the data page.
  'data.file.projectsCsv.note': '每行是某一年度计划中的一个项目条目，包括本年退出、调整退出和已整合归并的项目。',
  /** The note for a site none of whose projects states a standing (no 退出 or 整合归并 to speak of). */
  'data.file.projectsCsv.noteWithoutStandings': '每行是某一年度计划中的一个项目条目。',
  'data.file.standardsCsv.note': '每行是一项本年调整的补助标准：金额类（amount）给出调整前后的数值和单位，范围类（coverage）给出调整后的覆盖范围。',
  'data.file.milestonesCsv.note': '每行是年度计划规定的一个完成时限。',
  'data.file.targetsCsv.note': (p: { documentKind: string }) => `每行是${p.documentKind}为一个项目设定的一项量化目标：数量为数值，量词、对象和动作各占一列。`,
  'data.file.projectsNobomCsv.note': '与 projects.csv 逐字节相同，只是开头没有 BOM：供 Frictionless 等程序读取（datapackage.json 描述的就是这个文件）。',
  'data.file.standardsNobomCsv.note': '与 standards.csv 逐字节相同，只是开头没有 BOM：供 Frictionless 等程序读取。',
  'data.file.milestonesNobomCsv.note': '与 milestones.csv 逐字节相同，只是开头没有 BOM：供 Frictionless 等程序读取。',
  'data.file.targetsNobomCsv.note': '与 targets.csv 逐字节相同，只是开头没有 BOM：供 Frictionless 等程序读取。',
  'data.file.projectsJson.note': '全部项目条目的完整记录：含原文摘录、整合归并与调整的来龙去脉、量化目标和补助标准编号。',
  'data.file.projectsJson.noteWithoutStandings': '全部项目条目的完整记录：含原文摘录、量化目标和补助标准编号。',
  'data.file.standardsJson.note': '全部补助标准的完整记录：含调整前后数值、增幅和原文摘录。',
  /** Worded for every site: a 公告 may state no basis document, deadline or oversight (catalog.jsonld names what a site holds). */
  'data.file.programmesJson.note': (p: { documentKind: string }) =>
    `年度计划：${p.documentKind}全文（逐段）、${p.documentKind}载明的合计数，以及依据文件、时间节点与督查机制（${p.documentKind}载有时）。`,
  'data.file.jsonSchema.title': (p: { of: string }) => `${p.of}的 JSON Schema`,
  'data.file.jsonSchema.note': (p: { of: string }) => `描述${p.of}文件完整结构（含元数据）的 JSON Schema（2020-12 草案）。`,
  'data.file.project.title': (p: { programmeKind: string }) => `单个${p.programmeKind}项目`,
  'data.file.project.documentTitle': (p: { kind: string; name: string }) => `${p.kind}：${p.name}`,
  'data.file.datapackage.title': '数据包描述（Frictionless Data Package）',
  'data.file.datapackage.note': '按 Frictionless Data Package 规范描述上述 CSV 与 JSON 文件：字段、类型、编码、大小和 SHA-256 校验值。',
  'data.file.catalog.title': '数据目录（DCAT，JSON-LD）',
  'data.file.catalog.note': '按 W3C DCAT 规范编写的数据目录（JSON-LD），供政府数据开放平台采集。',
  'data.file.checksums.title': '校验值（SHA-256）',
  'data.file.programmeChecksums.title': '本计划单个项目文件的校验值（SHA-256）',
  'data.file.programmeChecksums.note': '本计划每个单个项目文件的 SHA-256 校验值，每行一个，路径相对于本计划的数据目录。',

  // The JSON Schemas' own descriptions of the files they describe.
  'data.jsonSchema.projects.description': '各年度计划的全部项目条目，含出处与项目沿革。',
  'data.jsonSchema.standards.description': '补助标准（金额调整与覆盖范围调整），含出处。',
  'data.jsonSchema.programmes.description': '年度计划，含来源文件全文段落、依据文件、合计数、时间节点与督查机制。',
  'data.jsonSchema.project.description': '单个项目条目及其补助标准。',

  // Fields of the published JSON files (src/schemas/open-data.ts), in Chinese and English.
  'data.schema.project.levelLabel': '层级名称（按计划的称呼），如“省级”；计划无层级时为 null / Label of the level as the programme words it, e.g. 省级, or null',
  'data.schema.project.standingLabel': '本年情况的中文名称，如“继续实施”；原文未载明时为 null / Chinese label of the standing, e.g. 继续实施, or null',
  /** `implemented` and `notImplemented`: the standing codes of each side. */
  'data.schema.project.implemented': (p: { implemented: readonly string[]; notImplemented: readonly string[] }) =>
    `本年是否实施，即是否计入原文的实施项目数：本年情况为 ${p.implemented.join('、')} 或原文未载明时为 true，${p.notImplemented.join('、')} 时为 false / Whether the entry is carried out this year and counted in the source’s totals: true for ${p.implemented.join(', ')} or no stated standing; false for ${p.notImplemented.join(', ')}`,
  'data.schema.project.categoryName': '所属分类的标题（按原文），无分类时为 null / Heading of the project’s category as the source words it, or null',
  'data.schema.project.movedFrom': '调整并入本项目的项目编号（movedTo 的反向） / Ids of the projects moved into this one (the reverse of movedTo)',
  'data.schema.project.standards': '本项目的补助标准编号（对应 standards.json 中的记录） / Ids of the standards of this project (records of standards.json)',
  'data.schema.project.url': `项目页面的完整网址（${previewUrlNote}） / Absolute URL of the project page (${previewUrlNoteEn})`,
  'data.schema.standard.projectName': '补助标准所属项目的名称 / Name of the project the standard belongs to',
  'data.schema.standard.url': `项目页面中列出该补助标准部分的完整网址（${previewUrlNote}） / Absolute URL of the project page section listing the standard (${previewUrlNoteEn})`,
  'data.schema.standard.unitLabel': '本站显示的单位，如“元/人/月” / Unit as shown on the site, e.g. 元/人/月',
  'data.schema.standard.absoluteChange':
    'current.value 减 previous.value 的差值，单位同金额，由本站算出（原文未载明） / current.value minus previous.value, in the unit, computed by this site (not stated in the source)',
  'data.schema.standard.percentChange':
    '相对变化百分比，保留一位小数，由本站算出（原文未载明）；调整前金额为 0 时为 null / Relative change in percent, one decimal, computed by this site (not stated in the source); null when the previous value is 0',
  'data.schema.paragraph.id': '段落编号，即 citations[].paragraph 引用的编号，如 p12 / Paragraph anchor cited by citations[].paragraph, e.g. p12',
  'data.schema.paragraph.number': '段落在原文中的序号（从 1 开始） / 1-based paragraph number in the original',
  'data.schema.paragraph.kind': '文件标题、部分标题、小节标题或正文段落 / Title, part heading, section heading or body paragraph',
  'data.schema.paragraph.text': '段落文字，与原文完全一致 / Text of the paragraph exactly as in the original',
  'data.schema.source.id': '来源文件编号，即 citations[].source 所用的编号 / Id of the source document, as used by citations[].source',
  'data.schema.source.title': '文件标题 / Title of the document',
  'data.schema.source.issuer': '原文载明的发文单位，与 document.issuer 相同；未载明时为 null / Issuer as stated, the same as document.issuer, or null',
  'data.schema.source.provenance': '文本的获取方式 / How the text was obtained',
  'data.schema.source.url': '原件的公开网址（仅在已知时填写） / Public URL of the original, only if known',
  'data.schema.source.pageUrl': `本站全文页面的完整网址（${previewUrlNote}） / Absolute URL of the full text on this site (${previewUrlNoteEn})`,
  'data.schema.source.paragraphs': '全部段落，按原文顺序排列 / Every paragraph, in document order',
  'data.schema.programme.url': `计划概览页面的完整网址（${previewUrlNote}） / Absolute URL of the programme overview page (${previewUrlNoteEn})`,
  'data.schema.programme.projectEntries': '逐项列出的项目条目数，含各种本年情况（projects.json） / Itemised project entries of every standing (projects.json)',
  /** `labels` and `codes`: the implemented standings (IMPLEMENTED_STANDINGS). */
  'data.schema.programme.implemented': (p: { labels: readonly string[]; codes: readonly string[] }) =>
    `本年实施的项目条目数（${p.labels.join('、')}） / Entries carried out this year (${p.codes.join(', ')})`,
  'data.schema.programme.sourceDocument': '本计划录入所依据的来源文件 / The source document the programme was transcribed from',
  'data.schema.programme.milestones': '计划的时间节点，按月份排列 / Deadlines of the programme, by month',
  'data.schema.programme.oversight': '督查与管理机制，按原文顺序 / Oversight and management mechanisms, in source order',
  'data.schema.file.formatVersion':
    '本文件格式的版本号：字段改名或删除时加 1，新增字段不改变版本号 / Version of this file format: raised when a field is renamed or removed, kept when one is added',
  'data.schema.file.name': '本文件的名称 / Name of this file',
  'data.schema.file.title': '本文件的中文标题 / Title of this file, in Chinese',
  'data.schema.file.lastUpdated':
    '数据最后更新日期（yyyy-mm-dd），确定方法见开放数据页面；日期不详时为 null / Date the data was last updated (yyyy-mm-dd), see the data page for how it is set; null when unknown',
  'data.schema.file.licence.id': '许可协议的 SPDX 标识符，如 CC-BY-4.0；未配置时为 null / SPDX identifier of the licence, e.g. CC-BY-4.0, or null',
  'data.schema.file.licence.name': '许可协议名称 / Name of the licence',
  'data.schema.file.licence.url': '许可协议文本 / Text of the licence',
  'data.schema.file.licence': '数据许可协议 / Licence of the data',
  'data.schema.file.schema': '描述本文件结构的 JSON Schema 网址 / URL of the JSON Schema describing this file',
  'data.schema.file.generatedFrom.programme': '计划编号 / Id of the programme',
  'data.schema.file.generatedFrom.source': '来源文件编号 / Id of the source document',
  'data.schema.file.generatedFrom.title': '来源文件标题 / Title of the source document',
  'data.schema.file.generatedFrom.url': `本站该文件全文页面的完整网址（${previewUrlNote}） / Absolute URL of its full text on this site (${previewUrlNoteEn})`,
  'data.schema.file.generatedFrom': '录入这些记录所依据的来源文件 / Source documents the records were transcribed from',
  'data.schema.projectsFile.records': '全部项目条目：计划按最新年度在前，项目按原文顺序 / Every project entry, programmes newest first, projects in source order',
  'data.schema.standardsFile.records': '全部补助标准，按所属项目的顺序排列 / Every standard, in the order of its project',
  'data.schema.programmesFile.records': '全部计划，最新年度在前 / Every programme, newest first',
  'data.schema.projectFile.record': '项目条目 / The project entry',
  'data.schema.projectFile.standards':
    '本项目的补助标准（standards.json 中 project 为本项目的记录） / Standards of this project (the records of standards.json whose project is this one)',

  // Columns of the CSV tables (title, then description).
  'data.column.projects.programme_id.title': '计划编号',
  'data.column.projects.programme_id.description': '年度计划的编号，一般为地区拼音加年份。',
  'data.column.projects.project_id.title': '项目编号',
  'data.column.projects.project_id.description': '项目的稳定编号，同一项目跨年度保持不变；在同一计划内唯一。',
  'data.column.projects.name.title': '项目名称',
  'data.column.projects.name.description': '项目名称：原文所载的名称；原文未单列名称时为本站拟定的简短标题（见 name_origin）。',
  'data.column.projects.level.title': '层级代码',
  'data.column.projects.level.description':
    '决定该项目的政府层级的代码：provincial（省）、municipal（市）、district（区、县）；名称按该计划原文的称呼，见 level_label；原文不分层级时为空。',
  'data.column.projects.level_label.title': '层级',
  'data.column.projects.level_label.description': '层级名称（按该计划的称呼），如“省级”“县级”；原文不分层级时为空。',
  'data.column.projects.standing.title': '本年情况代码',
  'data.column.projects.standing.description':
    '项目在本年度的情况：new、continued、formed-by-merger、implemented（以上为本年实施），withdrawn、adjusted-out、merged-away（以上不计入本年实施的项目数）；原文未载明时为空。',
  'data.column.projects.standing_label.title': '本年情况',
  'data.column.projects.standing_label.description': '本年情况的中文名称，如“继续实施”。',
  'data.column.projects.notice_order.title': '在原文该标题下的序号',
  /** `standings`: the standings' labels in the order the rows follow (NOTICE_STANDING_ORDER). */
  'data.column.projects.notice_order.description': (p: { standings: readonly string[] }) =>
    `项目在原文列出其本年情况的标题下（同一层级、本年情况和类别）的序号，每个标题下从 1 重新编号；原文未编号的，为其在该标题下被提及的先后次序。原文在别处（如提标扩面一段）另有编号的，不取那个编号。本表各行已按原文顺序排列：先按层级，再按本年情况，依原文各标题的先后（${p.standings.join('、')}），再按类别和本列。本年情况的代码按字母排序得不到这一顺序；排序前如需保留原文顺序，请先另加一列行号。`,
  'data.column.projects.changes.title': '本年变化代码',
  'data.column.projects.changes.description': (p: { separator: string }) => `本年变化的类型代码，如 raised（提标扩面）。${multiValueNote(p.separator)}`,
  'data.column.projects.change_labels.title': '本年变化',
  'data.column.projects.change_labels.description': (p: { separator: string }) => `本年变化的中文名称，如“提标扩面”，与 changes 一一对应。${multiValueNote(p.separator)}`,
  'data.column.projects.merged_from.title': '由哪些项目整合而来',
  'data.column.projects.merged_from.description': (p: { separator: string }) => `本年整合归并进本项目的项目编号。${multiValueNote(p.separator)}`,
  'data.column.projects.merged_into.title': '整合归并至',
  'data.column.projects.merged_into.description': '已整合归并的项目所并入的项目编号；其他项目为空。',
  'data.column.projects.moved_to.title': '调整至',
  'data.column.projects.moved_to.description': '调整退出的项目改由哪个项目实施（项目编号）；其他项目为空。',
  'data.column.projects.moved_from.title': '由哪些项目调入',
  'data.column.projects.moved_from.description': (p: { separator: string }) => `调整至本项目实施的项目编号（moved_to 的反向关系）。${multiValueNote(p.separator)}`,
  'data.column.projects.exit_note.title': '去向说明',
  'data.column.projects.exit_note.description': '对项目退出、调整或并入的说明（原文措辞）；无则为空。',
  'data.column.projects.responsible_body.title': '责任单位',
  'data.column.projects.responsible_body.description': '原文载明的责任单位（角色为 responsible 的单位，多个时以分号分隔）；未载明时为空。',
  'data.column.projects.category.title': '分类编号',
  'data.column.projects.category.description': '项目所属分类（原文的分类标题，如“促进就业”）的编号，见 category_name；原文不分类时为空。',
  'data.column.projects.category_name.title': '分类',
  'data.column.projects.category_name.description': '项目所属分类的标题（原文措辞）；原文不分类时为空。',
  'data.column.projects.name_origin.title': '名称来源',
  'data.column.projects.name_origin.description': 'source：名称为原文所载；editorial：原文未单列项目名称，name 为本站拟定的简短标题（原文见 description）。',
  'data.column.projects.lead_units.title': '牵头单位',
  'data.column.projects.lead_units.description': '原文载明的牵头单位，多个时以分号分隔；未载明时为空。',
  'data.column.projects.co_operating_units.title': '配合单位',
  'data.column.projects.co_operating_units.description': '原文载明的配合单位，多个时以分号分隔；未载明时为空。',
  'data.column.projects.implemented.title': '本年实施',
  /** `implemented` and `notImplemented`: the standing labels of each side. */
  'data.column.projects.implemented.description': (p: { implemented: readonly string[]; notImplemented: readonly string[] }) =>
    `本年是否实施，即是否计入原文的实施项目数：true 为本年情况${p.implemented.join('、')}或原文未载明本年情况的条目，false 为${p.notImplemented.join('、')}的条目。本表的行数包括 false 的条目；统计实施项目数请只数 true。`,
  'data.column.projects.description.title': '项目内容',
  'data.column.projects.description.description': '项目内容的描述（原文措辞）；原文未描述时为空。',
  'data.column.projects.aliases.title': '其他名称',
  'data.column.projects.aliases.description': (p: { separator: string }) => `原文中对同一项目使用的其他名称。${multiValueNote(p.separator)}`,
  'data.column.projects.standard_ids.title': '补助标准编号',
  'data.column.projects.standard_ids.description': (p: { separator: string }) => `本项目的补助标准编号，对应 standards.csv 的 standard_id。${multiValueNote(p.separator)}`,
  'data.column.projects.citation_paragraphs.title': '出处段落',
  'data.column.projects.citation_paragraphs.description': (p: { separator: string }) =>
    `载明本项目各项内容（名称、其他名称、描述、调整、量化目标、单位、去向）及其补助标准的原文段落编号，按段落先后排列，如 p11;p19。段落均出自本计划自己的原文文件。原文摘录见 JSON 文件。${multiValueNote(p.separator)}`,
  'data.column.projects.page_url.title': '项目页面',
  'data.column.projects.page_url.description': `本站项目页面的完整网址（${previewUrlNote}）。`,
  'data.column.projects.targets.title': '量化目标',
  'data.column.projects.targets.description': (p: { separator: string }) =>
    `原文为本项目设定的量化目标，每项按原文的语序和数字写法写出（原文写“3万”的，这里也写“3万”）；数量、量词等分列的数据见 targets.csv。${multiValueNote(p.separator)}`,

  'data.column.standards.programme_id.title': '计划编号',
  'data.column.standards.programme_id.description': '年度计划的编号。',
  'data.column.standards.standard_id.title': '标准编号',
  'data.column.standards.standard_id.description': '补助标准的稳定编号，在同一计划内唯一。',
  'data.column.standards.project_id.title': '项目编号',
  'data.column.standards.project_id.description': '所属项目的编号，对应 projects.csv 的 project_id。',
  'data.column.standards.project_name.title': '项目名称',
  'data.column.standards.project_name.description': '所属项目的名称。',
  'data.column.standards.name.title': '标准名称',
  'data.column.standards.name.description': '补助标准的名称。',
  'data.column.standards.kind.title': '类型',
  'data.column.standards.kind.description': 'amount：金额调整；coverage：覆盖范围调整。',
  'data.column.standards.unit.title': '单位',
  'data.column.standards.unit.description': '金额单位，如“元”；范围类为空。',
  'data.column.standards.per.title': '计量对象',
  'data.column.standards.per.description': '每份金额对应的对象，如“人”；未载明或范围类为空。',
  'data.column.standards.period.title': '周期代码',
  'data.column.standards.period.description': '金额对应的周期：month（月）或 year（年）；原文未载明或范围类为空。',
  'data.column.standards.period_label.title': '周期',
  'data.column.standards.period_label.description': '周期的中文名称，如“月”。',
  'data.column.standards.previous_value.title': '调整前金额',
  'data.column.standards.previous_value.description': '调整前的金额（数值，单位见 unit、per、period）。',
  'data.column.standards.previous_year.title': '调整前年份',
  'data.column.standards.previous_year.description': '调整前金额所属年份；未载明时为空。',
  'data.column.standards.current_value.title': '调整后金额',
  'data.column.standards.current_value.description': '调整后的金额（数值）。',
  'data.column.standards.current_year.title': '调整后年份',
  'data.column.standards.current_year.description': '调整后金额适用的年份：原文写明的年份，原文未写时为本计划的年度（原文所列即该年执行的标准）；不能确定时为空。',
  'data.column.standards.absolute_change.title': '增加额',
  'data.column.standards.absolute_change.description': 'current_value 减 previous_value，由本站算出（原文未载明）。',
  'data.column.standards.percent_change.title': '增幅（%）',
  'data.column.standards.percent_change.description': '相对调整前的增幅，百分数，保留一位小数，由本站算出（原文未载明）；调整前为 0 时为空。',
  'data.column.standards.previous_coverage.title': '调整前范围',
  'data.column.standards.previous_coverage.description': '范围类标准调整前的覆盖范围；原文未载明时为空。',
  'data.column.standards.current_coverage.title': '调整后范围',
  'data.column.standards.current_coverage.description': '范围类标准调整后的覆盖范围（原文措辞）。',
  'data.column.standards.coverage_year.title': '范围适用年份',
  'data.column.standards.coverage_year.description': '新覆盖范围开始适用的年份：原文写明的年份，原文未写时为本计划的年度（原文所列即该年起实施的范围）；不能确定时为空。',
  'data.column.standards.funding_basis.title': '资金性质',
  'data.column.standards.funding_basis.description': '原文载明的资金来源，如“省级财政补助”；未载明时为空。',
  'data.column.standards.rationale.title': '调整依据',
  'data.column.standards.rationale.description': '原文载明的调整理由，如“根据国家统一部署”；未载明时为空。',
  'data.column.standards.citation_paragraphs.title': '出处段落',
  'data.column.standards.citation_paragraphs.description': '载明本标准的原文段落编号，写法同 projects.csv。',
  'data.column.standards.page_url.title': '项目页面',
  'data.column.standards.page_url.description': `所属项目页面“补助标准”部分的完整网址（${previewUrlNote}）。`,

  'data.column.milestones.programme_id.title': '计划编号',
  'data.column.milestones.programme_id.description': '年度计划的编号。',
  'data.column.milestones.milestone_id.title': '节点编号',
  'data.column.milestones.milestone_id.description': '时间节点的稳定编号，在同一计划内唯一。',
  'data.column.milestones.title.title': '要求',
  'data.column.milestones.title.description': '须完成的事项（原文措辞）。',
  'data.column.milestones.applies_to.title': '适用于',
  'data.column.milestones.applies_to.description': '时限适用的对象，如“工程类项目”。',
  'data.column.milestones.year.title': '年份',
  'data.column.milestones.year.description': '计划年度（原文只写月份，年份即计划年度）。',
  'data.column.milestones.month.title': '月份',
  'data.column.milestones.month.description': '时限所在月份（1–12）。',
  'data.column.milestones.month_part.title': '旬代码',
  'data.column.milestones.month_part.description': 'early（上旬）、mid（中旬）、late（下旬）、end（月底）；指整月时为空。',
  'data.column.milestones.month_part_label.title': '旬',
  'data.column.milestones.month_part_label.description': '旬的中文名称，如“中旬”。',
  'data.column.milestones.before.title': '是否为“之前”',
  'data.column.milestones.before.description': 'true 表示须在该时间点之前完成（原文“……前”）。',
  'data.column.milestones.deadline_label.title': '时限',
  'data.column.milestones.deadline_label.description': '时限的中文写法，如“6月中旬前”。',
  'data.column.milestones.citation_paragraphs.title': '出处段落',
  'data.column.milestones.citation_paragraphs.description': '载明该时限的原文段落编号，写法同 projects.csv。',
  'data.column.milestones.page_url.title': '页面',
  'data.column.milestones.page_url.description': `本站“时间节点与督查”页面的完整网址（${previewUrlNote}）。`,

  'data.column.targets.programme_id.title': '计划编号',
  'data.column.targets.programme_id.description': '年度计划的编号。',
  'data.column.targets.project_id.title': '项目编号',
  'data.column.targets.project_id.description': '设定该目标的项目编号，对应 projects.csv 的 project_id。',
  'data.column.targets.project_name.title': '项目名称',
  'data.column.targets.project_name.description': '设定该目标的项目名称。',
  'data.column.targets.target_number.title': '目标序号',
  'data.column.targets.target_number.description': '该目标在本项目各项目标中的序号（从 1 开始，按录入顺序）。',
  'data.column.targets.action.title': '动作',
  'data.column.targets.action.description': '目标的动词（原文措辞），如“建成”；原文无动词（如增幅）时为空。',
  'data.column.targets.quantity.title': '数量',
  'data.column.targets.quantity.description': '目标数量（数值），如 11；量词和对象见 unit、item。',
  'data.column.targets.unit.title': '量词',
  'data.column.targets.unit.description': '数量的量词（原文措辞），如“个”。',
  'data.column.targets.item.title': '对象',
  'data.column.targets.item.description': '要完成的对象（原文措辞），如“全民健身苑”。',
  'data.column.targets.year.title': '年份',
  'data.column.targets.year.description': '目标所属年份；原文未载明时为空。',
  'data.column.targets.target_label.title': '目标',
  'data.column.targets.target_label.description': '目标的完整写法，按原文的语序和数字写法（由以上各列组成，原文写“3万”的，这里也写“3万”）。',
  'data.column.targets.citation_paragraphs.title': '出处段落',
  'data.column.targets.citation_paragraphs.description': '载明该目标的原文段落编号，写法同 projects.csv。',
  'data.column.targets.page_url.title': '项目页面',
  'data.column.targets.page_url.description': `所属项目页面的完整网址（${previewUrlNote}）。`,
  'data.column.targets.measure.title': '数字性质',
  'data.column.targets.measure.description':
    '数字的性质：count（数量）、rate（增幅，如“年均增幅不低于4.5%”）、multiple（倍数，如“不低于…的1.3倍”）、share（比例，如“不少于2.5%的老年人”）。',
  'data.column.targets.qualifier.title': '限定词代码',
  'data.column.targets.qualifier.description':
    '原文对数字的限定：at-least（不少于/不低于）、above（以上）、strive（力争）、about（约）、cumulative（累计）、within（以内/不超过）；原文无限定时为空。',
  'data.column.targets.qualifier_label.title': '限定词',
  'data.column.targets.qualifier_label.description': '限定词的中文写法，如“不少于”“以上”；原文无限定时为空。',
  'data.column.targets.quantity_max.title': '数量上限',
  'data.column.targets.quantity_max.description': '原文给出范围时的上限（如“10—15所”的 15），quantity 为下限；单一数字时为空。',
  'data.column.targets.reference.title': '参照对象',
  'data.column.targets.reference.description': '倍数或比例所对应的对象（原文措辞），如“当地最低生活保障标准”“老年人”；其他目标为空。',

  // datapackage.json
  'data.datapackage.table.description': (p: { note: string; separator: string; spreadsheetFile: string }) =>
    `${p.note}多值字段以英文分号“${p.separator}”分隔。文件为 UTF-8 编码，开头没有 BOM；内容相同、开头带 BOM 的 ${p.spreadsheetFile} 供 Excel、WPS 直接打开。`,
  'data.datapackage.json.description': (p: { schema: string }) => `JSON 文件：元数据加 records 数组；结构见 JSON Schema ${p.schema}。`,

  // schema.org descriptions of the data page and of the project pages.
  'data.jsonld.dataset.description': (p: { site: string; programmeKind: string; documentKind: string }) =>
    `${p.site}数据整理自政府公开发布的${p.programmeKind}${p.documentKind}，每条记录注明原文段落。`,
  'data.jsonld.service.description': (p: { programme: string; level: string | null; standing: string | null; programmeKind: string }) =>
    `${p.programme}中的${p.level ?? ''}${p.programmeKind}${p.standing === null ? '' : `（${p.standing}）`}。`,
  'data.jsonld.service.type': (p: { level: string | null; programmeKind: string }) => `${p.level ?? ''}${p.programmeKind}`,

  // Sources, deadlines, dates and sizes as the data states them.
  'data.source.basisDocument': (p: { title: string; number: string }) => `《${p.title}》（${p.number}）`,
  /**
   * A target in its source's own order and words. `quantity` is the number as the quote writes it (3万, 10—15) where
   * a quote writes it (then `quantityMax` is null), `qualifierWord` the quote's word for the qualifier and its side,
   * `itemFirst` whether the quote names the item (a share: its reference) before the number: 改造面积3万平方米,
   * 新增普惠性幼儿园45所以上, 实施路面大中修40公里. Otherwise the sources' commonest patterns: 2017年建成11个全民健身苑,
   * 开展不少于286人次困难职工帮扶, 农村低保标准年均增幅不低于4.5%, 特困人员基本生活标准不低于当地最低生活保障标准的1.3倍,
   * 不少于2.5%的老年人享有养老服务补贴; 不少于 for a count or share, 不低于 for a rate or multiple, as the sources write them.
   */
  'data.target.label': (p: {
    year: string | null;
    action: string | null;
    quantity: string;
    quantityMax: string | null;
    unit: string;
    item: string;
    measure: 'count' | 'rate' | 'multiple' | 'share';
    qualifier: 'at-least' | 'above' | 'strive' | 'about' | 'cumulative' | 'within' | null;
    qualifierWord: { word: string; place: 'before' | 'after' } | null;
    reference: string | null;
    itemFirst: boolean;
  }) => {
    const atLeast = p.measure === 'rate' || p.measure === 'multiple' ? '不低于' : '不少于';
    const placed =
      p.qualifierWord ??
      {
        'at-least': { word: atLeast, place: 'before' as const },
        about: { word: '约', place: 'before' as const },
        within: { word: '不超过', place: 'before' as const },
        above: { word: '以上', place: 'after' as const },
      }[p.qualifier as 'at-least' | 'above' | 'about' | 'within'];
    const before = placed?.place === 'before' ? placed.word : '';
    const after = placed?.place === 'after' ? placed.word : '';
    const number = `${before}${p.quantity}${p.quantityMax === null ? '' : `—${p.quantityMax}`}${p.unit}${after}`;
    const head = `${p.year === null ? '' : `${p.year}年`}${p.qualifier === 'strive' ? '力争' : ''}${p.qualifier === 'cumulative' ? '累计' : ''}`;
    const lead = `${head}${p.action ?? ''}`;
    if (p.measure === 'rate') return `${lead}${p.item}${number}`;
    if (p.measure === 'multiple') return `${lead}${p.item}${before}${p.reference ?? ''}的${number.slice(before.length)}`;
    // A share's verb is the reference's: 不少于2.5%的老年人享有养老服务补贴 (or 老年人享有养老服务补贴不少于2.5%).
    if (p.measure === 'share')
      return p.itemFirst ? `${head}${p.reference ?? ''}${p.action ?? ''}${p.item}${number}` : `${head}${number}的${p.reference ?? ''}${p.action ?? ''}${p.item}`;
    return p.itemFirst ? `${lead}${p.item}${number}` : `${lead}${number}${p.item}`;
  },
  'data.updated.basis.sourceDateEpoch': '本站数据最近一次修改（提交）的日期',
  'data.updated.basis.correction': '最近一次更正的日期',
  'data.updated.basis.unknown': '不详：构建时既不知道数据最近一次修改的日期（内容不在 git 版本库中，也未设定 SOURCE_DATE_EPOCH），也没有更正记录',
  'data.updated.unknown': '不详',
  'data.size.bytes': (p: { n: number }) => `${p.n} 字节`,

  // The Atom feed.
  'data.feed.title': (p: { site: string }) => `${p.site}：计划发布与更正`,
  'data.feed.rights': (p: { licence: string; url: string }) => `数据许可：${p.licence} ${p.url}`,
  'data.feed.programme.count': (p: { n: number }) => `逐项列出 ${p.n} 个项目条目，`,
  /** `holdings`: what the programme holds besides its projects (programme.holdings.list). */
  'data.feed.programme.summary': (p: { jurisdiction: string; year: number; count: string; holdings: string; programmeKind: string }) =>
    `${p.jurisdiction}${p.year}年${p.programmeKind}：${p.count}含${p.holdings}。`,
  'data.feed.correction.title': (p: { about: string }) => `更正：${p.about}`,
  'data.feed.correction.wholeSite': '全站',
  'data.feed.correction.reported': (p: { summary: string; reportedBy: string }) => `${p.summary}（报告人：${p.reportedBy}）`,

  // The data page (/data/). Text around a link is split at the link: `.before` and `.after`.
  'data.page.title': '开放数据',
  'data.page.description': (p: { site: string }) => `${p.site}的全部数据下载：CSV、JSON、数据结构说明、数据包描述与校验值。`,
  'data.page.licence.before': '本站整理的全部数据均可免费下载、使用和转载，许可协议为',
  'data.page.licence.after': (p: { documentKind: string }) => `，使用时请注明来源。每条记录都注明了${p.documentKind}原文的段落编号，可逐条核对。`,
  'data.page.updated.before': '数据最后更新：',
  'data.page.updated.after': (p: { basis: string }) => `（依据：${p.basis}）。以下文件每次发布时由程序从同一份数据生成，不手工编辑；文件名和字段名保持稳定。`,
  'data.page.dictionary.before': '各字段的含义见',
  'data.page.feed.before': '。新计划发布和数据更正可通过 ',
  'data.page.feed.link': 'Atom 订阅',
  'data.page.feed.after': '获知。',
  'data.page.section.tables': '表格（CSV）',
  'data.page.section.records': '完整记录（JSON）',
  'data.page.section.metadata': '元数据与数据结构',
  'data.page.section.ariaLabel': (p: { section: string }) => `${p.section}文件列表`,
  'data.page.section.caption': (p: { section: string; licence: string; date: string }) => `${p.section}（许可：${p.licence}；更新日期：${p.date}）`,
  'data.page.column.file': '文件',
  'data.page.column.content': '内容',
  'data.page.column.format': '格式',
  'data.page.column.size': '大小',
  'data.page.column.updated': '更新日期',
  'data.page.records': (p: { n: number }) => `共 ${p.n} 条。`,
  'data.page.part': (p: { limit: string }) =>
    `此表的完整文件超过 ${p.limit}（常见 CDN 对单个文件的大小上限），因此按清单拆分为多个文件发布，每份清单一个文件；合在一起即为完整的表。`,
  'data.page.partChunk': (p: { of: number }) =>
    `这份清单的部分本身也超过此上限，因此再按记录顺序分为 ${p.of} 个文件发布，每个文件都是完整的表（CSV 各带表头）；依次合在一起即为这份清单的全部记录。`,
  'data.page.splitFiles': (p: { files: number; chunked: boolean }) =>
    `共 ${p.files} 个文件${p.chunked ? '（一份清单的部分仍超过上限的，再按记录顺序编号分为多个文件）' : ''}；各文件及其大小、校验值列在各年度计划的数据页（见下文“单个项目的数据”），校验值也汇总在 SHA256SUMS 中。`,
  'data.page.partRecords': (p: { n: number }) => `（${p.n} 条）`,
  'data.page.csvConventions': (p: { separator: string }) =>
    `每个 CSV 表格发布两份，内容相同：“.csv”开头带 BOM，供 Excel、WPS 直接打开；“.nobom.csv”不带 BOM，供 Frictionless 等程序读取（pandas、R、csvkit 两份都能读）。两份都是 UTF-8 编码，逗号分隔，第一行为英文字段名；数值列只含数字，单位另列（如补助标准的金额列只写数字，单位、对象、周期各占一列）；一个单元格有多个值时以英文分号“${p.separator}”分隔。`,
  'data.page.perProject.title': '单个项目的数据',
  'data.page.perProject.text':
    '每个项目另有单独的 JSON 和 CSV 文件（CSV 同样分带 BOM 与不带 BOM 两份），项目页面上也有下载链接。JSON 文件包含该项目的完整记录及其补助标准。各年度计划的单项文件及其大小、校验值分别列在：',
  'data.page.perProject.counts': (p: { projects: number; files: number }) => `（${p.projects} 个项目，${p.files} 个文件）`,
  'data.page.checksums.before': '下载后可核对文件是否完整、未被改动。全部校验值也汇总在 ',
  'data.page.checksums.linux': ' 中：把它和数据文件放在同一目录（保持子目录结构），在 Linux 上运行 ',
  'data.page.checksums.macos': '，在 macOS 上运行 ',
  'data.page.checksums.windows': '，在 Windows 上可逐个运行 ',
  'data.page.checksums.after': '。单个项目文件的校验值还按计划汇总在各计划数据目录下的 SHA256SUMS 中，见各年度计划的数据页。',
  'data.page.checksums.beforeWithoutProjectFiles': '下载后可核对文件是否完整、未被改动。全站数据文件和各计划校验清单的校验值汇总在 ',
  'data.page.checksums.afterWithoutProjectFiles':
    '。单个项目文件太多，全部列入会使这份清单超过常见 CDN 对单个文件的大小上限，因此它们的校验值不在其中，而是按计划汇总在各计划数据目录下的 SHA256SUMS 中（见各年度计划的数据页）；这些清单本身的校验值在上述清单中，逐个核对即可覆盖全部文件。',
  'data.page.checksums.summary': (p: { n: number }) => `以上 ${p.n} 个文件的校验值`,
  'data.page.checksums.separator': '：',
  'data.page.examples.title': '使用示例',
  'data.page.examples.preview':
    '本站为预览版，尚未配置正式网址，以下示例中的地址只是站内路径（以“/”开头），照抄运行会找不到文件。请先下载所需文件，再把示例中的地址换成文件在您电脑上的位置；正式发布后，这里显示完整网址，可直接运行。',
  'data.page.examples.python': 'Python（pandas）',
  'data.page.examples.pythonCode': (p: { csvUrl: string; jsonUrl: string }) => `import pandas as pd

projects = pd.read_csv("${p.csvUrl}")
# 多值字段以英文分号分隔，例如整合归并来源：
projects["merged_from"].str.split(";")

import json, urllib.request
records = json.load(urllib.request.urlopen("${p.jsonUrl}"))["records"]`,
  /** The same for a site none of whose projects states a standing: its multi-valued example is the citations. */
  'data.page.examples.pythonCodeWithoutStandings': (p: { csvUrl: string; jsonUrl: string }) => `import pandas as pd

projects = pd.read_csv("${p.csvUrl}")
# 多值字段以英文分号分隔，例如出处段落：
projects["citation_paragraphs"].str.split(";")

import json, urllib.request
records = json.load(urllib.request.urlopen("${p.jsonUrl}"))["records"]`,
  'data.page.examples.rCode': (p: { csvUrl: string; jsonUrl: string }) => `projects <- read.csv("${p.csvUrl}", encoding = "UTF-8")
# 或使用 readr：
projects <- readr::read_csv("${p.csvUrl}")

records <- jsonlite::fromJSON("${p.jsonUrl}")$records`,
  'data.page.examples.frictionless': 'Frictionless（Python）',
  'data.page.examples.frictionlessCode': (p: { packageUrl: string }) => `from frictionless import Package

package = Package("${p.packageUrl}")
# 每个表格都按 datapackage.json 中声明的类型读取（数量、金额为数值）：
rows = package.get_resource("projects-csv").read_rows()`,
  'data.page.examples.csvkit': 'csvkit',
  'data.page.examples.csvkitCode': (p: { csvUrl: string }) => `curl -sO ${p.csvUrl}
csvstat projects.nobom.csv`,
  'data.page.examples.excel.download': (p: { file: string }) => `下载 CSV 文件（如 ${p.file}）。文件带 BOM，直接双击打开一般即可正确显示中文。`,
  'data.page.examples.excel.import': '如出现乱码：新建工作簿，依次点击“数据”→“自文本/CSV”（或“从文本/CSV”），选择文件。',
  'data.page.examples.excel.encoding': '在“文件原始格式”中选择“65001: Unicode (UTF-8)”，分隔符选“逗号”，然后点击“加载”。',

  // A programme's data page (/data/<programme>/).
  'data.programmePage.title': (p: { programme: string }) => `单个项目的数据：${p.programme}`,
  'data.programmePage.description': (p: { programme: string }) => `${p.programme}中每个项目的 JSON 和 CSV 文件、大小与 SHA-256 校验值。`,
  'data.programmePage.short': (p: { jurisdiction: string; year: number }) => `${p.jurisdiction}${p.year}年`,
  'data.programmePage.intro.before': (p: { n: number }) => `本计划 ${p.n} 个项目各有一个 JSON 文件（完整记录及其补助标准）和一份 CSV 表格（带 BOM 与不带 BOM 两个文件，列与 `,
  'data.programmePage.intro.licence': ' 的列相同），许可协议为',
  'data.programmePage.intro.dataPage': '。全部数据文件见',
  'data.programmePage.intro.overview': '；计划概况见',
  'data.programmePage.intro.after': '。',
  'data.programmePage.parts.title': '全站数据表中本计划的部分',
  'data.programmePage.parts.text': (p: { limit: string }) =>
    `以下全站数据表的完整文件超过 ${p.limit}（常见 CDN 对单个文件的大小上限），因此按清单拆分发布；本计划的部分如下，字段与完整的表相同。`,
  'data.programmePage.parts.item': (p: { format: string; size: string; description: string }) => `（${p.format}，${p.size}）${p.description}：`,
  'data.programmePage.item.separator': '：',
  'data.programmePage.item.size': (p: { size: string }) => `（${p.size}）`,
  'data.programmePage.checksums.before': (p: { n: number }) => `下载后可核对文件是否完整、未被改动。本计划 ${p.n} 个文件的校验值汇总在 `,
  'data.programmePage.checksums.list': (p: { size: string }) => `（${p.size}，路径相对于本计划的数据目录，可在该目录中运行 `,
  'data.programmePage.checksums.self': '）中，这份清单本身的校验值为 ',
  'data.programmePage.checksums.site': '。全站文件的校验值汇总在 ',
  'data.programmePage.checksums.howTo': ' 中，核对方法见',
  'data.programmePage.checksums.after': '页。',

  // The data dictionary page (/data/dictionary/) and the types it names.
  'data.dictionary.title': '数据字典',
  'data.dictionary.description': '开放数据各文件的字段、类型、含义与示例。',
  'data.dictionary.intro.before':
    '本页由程序根据发布文件的数据结构定义生成，示例取自当前发布的数据：每个字段的示例是该字段在数据中第一个非空的值，各行示例不一定出自同一条记录。文件下载见',
  'data.dictionary.intro.after': '页面。CSV 字段名和 JSON 字段名均为英文，保持稳定；取值为空表示原文未载明或不适用。',
  'data.dictionary.intro.formulas':
    '文本字段不会以 =、+、-、@ 或制表符开头：这样的内容在录入检查时即被拒绝，而不是在 CSV 中转义，因此用电子表格打开 CSV 文件不会执行公式，各文件中的文字与本站录入的内容完全一致（未加任何转义字符）。',
  'data.dictionary.nav': '本页目录',
  'data.dictionary.fieldsLabel': (p: { file: string }) => `${p.file} 字段`,
  'data.dictionary.placeholder.programme': '<计划编号>',
  'data.dictionary.placeholder.project': '<项目编号>',
  'data.dictionary.placeholder.chunk': '<序号>',
  'data.dictionary.patternSeparator': '、',
  'data.dictionary.split': (p: { whole: string; files: number; limit: string; chunked: boolean }) =>
    `完整的 ${p.whole} 超过 ${p.limit}（常见 CDN 对单个文件的大小上限），不单独发布，而是按清单拆分为 ${p.files} 个文件${p.chunked ? '（一份清单的部分仍超过上限的，再按记录顺序编号分为多个文件）' : ''}，字段相同；各文件见各年度计划的数据页。`,
  'data.dictionary.csv.title': 'CSV 文件',
  'data.dictionary.csv.heading': (p: { file: string; title: string }) => `${p.file}（${p.title}）`,
  'data.dictionary.csv.caption': (p: { file: string }) => `${p.file} 的字段（按列的顺序）`,
  'data.dictionary.csv.keys': (p: { primaryKey: string; columns: number; foreignKeys: { fields: string; table: string }[] }) =>
    `每一行由 ${p.primaryKey} ${p.columns === 1 ? '' : p.columns === 2 ? '这两列共同' : '这几列共同'}确定，同一组值不会出现在两行（datapackage.json 中的主键 primaryKey）。${p.foreignKeys.map((fk) => `${fk.fields} 指向 ${fk.table} 中的一行，该行一定存在（外键 foreignKeys）。`).join('')}`,
  'data.dictionary.csv.sharedColumns': (p: { pattern: string; table: string }) => `单个项目的 CSV 文件 ${p.pattern} 的列与 ${p.table} 相同，每个文件只含该项目一行。`,
  'data.dictionary.csv.sharedColumnsWithoutBom': (p: { pattern: string; table: string }) => `${p.pattern} 与上一文件逐字节相同，只是开头没有 BOM。`,
  'data.dictionary.csv.sameWithoutBom': (p: { file: string; table: string }) =>
    `${p.file} 与 ${p.table} 逐字节相同，只是开头没有 BOM（见上文编码规则）；datapackage.json 描述的是 ${p.file}。`,
  'data.dictionary.csv.encodingRule': (p: { bom: string; plain: string }) =>
    `编码规则：每个 CSV 表格都发布两份，除开头的 BOM 外逐字节相同。“*${p.bom}”开头带 UTF-8 BOM（字节 EF BB BF），Excel、WPS 双击即可正确显示中文；“*${p.plain}”不带 BOM，供 Frictionless 等不识别 BOM 的程序读取，datapackage.json 描述的就是这些文件。pandas、R（readr）和 csvkit 两份都能正确读取。两份都是 UTF-8 编码、逗号分隔、CRLF 换行、按 RFC 4180 加引号，第一行为英文字段名。`,
  'data.dictionary.json.title': 'JSON 文件',
  'data.dictionary.json.intro':
    '每个 JSON 文件开头是元数据（格式版本、更新日期、许可、数据结构网址、来源文件），随后是记录。字段路径中的“[]”表示数组的每个元素。含义一栏取自数据结构定义中的英文说明。',
  'data.dictionary.json.perProjectLabel': '单个项目 JSON',
  'data.dictionary.json.perProjectHeading': (p: { pattern: string }) => `单个项目：${p.pattern}`,
  'data.dictionary.json.caption': (p: { label: string }) => `${p.label} 的字段`,
  'data.dictionary.json.schema': '数据结构：',
  'data.dictionary.json.exampleFrom': '；示例取自 ',
  'data.dictionary.column.name': '字段名',
  'data.dictionary.column.title': '中文名',
  'data.dictionary.column.path': '字段路径',
  'data.dictionary.column.type': '类型',
  'data.dictionary.column.meaning': '含义',
  'data.dictionary.column.example': '示例',
  'data.dictionary.condition': (p: { condition: string }) => `（仅当 ${p.condition}）`,
  'data.dictionary.example.nested': '（见下级字段）',
  'data.dictionary.type.string': '文本',
  'data.dictionary.type.integer': '整数',
  'data.dictionary.type.number': '数值',
  'data.dictionary.type.boolean': '布尔值（true/false）',
  'data.dictionary.type.object': '对象',
  'data.dictionary.type.array': '数组',
  'data.dictionary.type.any': '任意值',
  'data.dictionary.type.date': '日期（yyyy-mm-dd）',
  'data.dictionary.type.uri': '网址',
  'data.dictionary.type.nullable': (p: { type: string }) => `${p.type} 或 null`,
  'data.dictionary.type.const': (p: { value: string }) => `固定值：${p.value}`,
  'data.dictionary.type.enum': (p: { values: readonly unknown[] }) => `枚举：${p.values.join('、')}`,
  'data.dictionary.type.arrayOf': (p: { items: string }) => `数组（元素为${p.items}）`,
  'data.dictionary.type.keys': (p: { keys: readonly unknown[] }) => `键为 ${p.keys.join('、')} 之一，`,
  'data.dictionary.type.record': (p: { keys: string; values: string }) => `对象（${p.keys}值为${p.values}）`,
  'data.dictionary.type.oneOf': (p: { n: number }) => `对象（${p.n} 种形式之一）`,
  'data.dictionary.column.enumType': (p: { type: string; values: readonly string[] }) => `${p.type}，取值：${p.values.join('、')}`,
} as const;
