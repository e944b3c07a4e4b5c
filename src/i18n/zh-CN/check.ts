/**
 * Wording of the content checks (src/lib/content): every problem `npm run check`, the build and the
 * dev server report to an editor, keyed `check.<check>.<problem>`. Messages are bilingual
 * (中文 / English): editors read Chinese, the code's authors English, and tests assert them whole.
 */

/** What a dangling reference points at, in the Chinese half of its message. */
const REFERENCED = { project: '项目', programme: '计划', source: '出处', category: '分类' } as const;

/**
 * What each checked figure is, in the Chinese half of a figure-against-quote message (checks/figures.ts):
 * one label per row of its rule table.
 */
export const FIGURE_WHAT = {
  programmeYear: '计划年度',
  statedTotal: '实施项目总数',
  levelDecided: '该级确定项目数',
  levelImplemented: '该级实施项目数',
  levelBreakdown: '该级分项项目数',
  headlinePart: '标题数字',
  categoryCount: '分类项目数',
  quantity: '目标数量',
  quantityMax: '目标数量上限',
  unit: '单位',
  targetYear: '目标年份',
  qualifier: '限定词',
  measure: '指标类型',
  reference: '比较对象',
  currentValue: '新标准金额',
  previousValue: '原标准金额',
  currentYear: '新标准年份',
  previousYear: '原标准年份',
  per: '计发对象',
  period: '计发周期',
  coverageYear: '扩面年份',
  month: '截止月份',
  monthPart: '截止旬',
  before: '截止“前”',
  frequencyCount: '频次',
  frequencyUnit: '频次单位',
} as const;
export type FigureWhat = keyof typeof FIGURE_WHAT;

/** The quotes a figure was looked for in, as a message shows them. */
const quoted = (quotes: readonly string[]) => `“${quotes.join('”；“')}”`;
/** Alternatives, as a message offers them. */
const either = (words: readonly string[]) => `“${words.join('”或“')}”`;

export const check = {
  // The outcome of a content check (the loader's and `npm run check`'s first line).
  'check.failed': (p: { count: number; dir: string }) => `内容校验失败，共 ${p.count} 处问题 / content check failed with ${p.count} problem(s) in ${p.dir}:`,
  // Reading and schema validation (src/lib/content/validate.ts).
  // A field the schema does not know (src/lib/content/problems.ts, explainUnknownFields).
  'check.fields.unknown': (p: { keys: readonly string[]; allowed: readonly string[] }) =>
    `不认识的字段 ${p.keys.join('、')}：此处只能有 ${p.allowed.join('、')}（请检查拼写和缩进）/ unknown field ${p.keys.join(', ')}: the fields allowed here are ${p.allowed.join(', ')}`,
  'check.fields.flowComma': (p: { key: string; field: string }) =>
    `“${p.key}”被当成了字段名：在 { … } 写法中英文逗号“,”是分隔符，把 ${p.field} 的文字从逗号处截断了。请给整段文字加双引号（${p.field}: "…,${p.key}"），或改用分行写法（每个字段一行）/ "${p.key}" was read as a field name: inside { … } an ASCII comma separates fields and cut ${p.field} short; put the text in double quotes or write the mapping one field per line`,
  'check.yaml.syntax': (p: { message: string }) => `YAML 语法错误 / YAML syntax error: ${p.message}`,
  'check.yaml.explained': (p: { hint: string; message: string }) => `YAML 语法错误：${p.hint} / YAML syntax error: ${p.message}`,
  'check.yaml.hint.fullWidthColon': '字段名后的冒号是全角“：”，请改为英文冒号加空格（如 name: …）',
  'check.yaml.hint.colonSpace': '字段名后的英文冒号“:”后面要有一个空格（如 name: …）',
  'check.yaml.hint.tab': '不能用 Tab 键缩进，请改用空格（每级两个空格）',
  'check.yaml.hint.duplicate': '同一字段写了两次，请删去一处',
  'check.yaml.hint.flowUnclosed': '{ … } 没有写完：缺少结尾的 }，或下一行的缩进不对',
  'check.yaml.hint.flowSeparator': '{ … } 中的文字含有英文冒号加空格“: ”或英文逗号“,”，会被当成分隔符：请给文字加双引号（quote: "…"），或改用分行写法（每个字段一行）',
  'check.yaml.hint.quoteUnclosed': (p: { mark: string }) =>
    `这一行的英文引号 ${p.mark} 没有配对：请在文字末尾补上 ${p.mark}，或删去开头的 ${p.mark}（原文里的引号请照录为中文引号“”）`,
  'check.yaml.hint.indent': '缩进不对：同一级的字段要左端对齐（用空格，每级两个）',
  'check.site.missing': '缺少站点配置文件 / site.yaml is missing',
  'check.read.failed': (p: { reason: string }) => `无法读取此文件（${p.reason}）/ the file could not be read: ${p.reason}`,
  // Encoding, size and shape of a file, before its fields are checked (src/io/read-content.ts).
  'check.encoding.notUtf8': (p: { line: number }) =>
    `文件不是 UTF-8 编码（第 ${p.line} 行起，可能是 GBK）：请在 WPS 或记事本中“另存为”，编码选 UTF-8 / the file is not UTF-8 (from line ${p.line}; GBK?): save it again as UTF-8 (WPS or Notepad: Save As, encoding UTF-8)`,
  'check.encoding.utf16': '文件是 UTF-16 编码：请在 WPS 或记事本中“另存为”，编码选 UTF-8 / the file is UTF-16: save it again as UTF-8 (WPS or Notepad: Save As, encoding UTF-8)',
  'check.limits.fileSize': (p: { size: string; max: string }) =>
    `文件过大（${p.size}，上限 ${p.max}），内容文件只录入通知原文的相关语句 / the file is too large (${p.size}, at most ${p.max})`,
  'check.limits.depth': (p: { max: number }) => `嵌套超过 ${p.max} 层，请检查缩进和括号 / nested deeper than ${p.max} levels: check the indentation and brackets`,
  'check.limits.expansion': (p: { max: number }) =>
    `别名（*名称）展开后超过 ${p.max} 个值，请直接写出内容，不要用 & 和 * 复制 / aliases (*name) expand to more than ${p.max} values: write the values out instead`,
  'check.mdx.frontMatter': '文件开头缺少以 --- 起止的 YAML 头部 / the file must start with YAML front matter between --- lines',
  // Where files are (src/lib/content/layout.ts): every file of the tree is read or refused by name.
  'check.layout.extension': (p: { name: string }) => `扩展名不对，请把文件改名为 ${p.name} / wrong file extension: rename the file to ${p.name}`,
  'check.layout.stray': (p: { allowed: readonly string[] }) =>
    `不是内容文件，此处只能有 ${p.allowed.join('、')}，请移走或改名 / not a content file: only ${p.allowed.join(', ')} belong here; move or rename it`,
  'check.layout.folder': (p: { allowed: readonly string[] }) =>
    `不是内容文件夹，此处只能有 ${p.allowed.join('、')}，请移走或改名 / not a content folder: only ${p.allowed.join(', ')} belong here; move or rename it`,
  // A notice's body (src/lib/content/notice.ts): only anchored paragraphs, numbered in order.
  'check.notice.unanchored': (p: { text: string }) =>
    `“${p.text}” 不在带编号的段落中，发布时会丢失：请写成 <p id="p编号">…</p> / text outside an anchored paragraph would be lost: put it in <p id="pN">…</p>`,
  'check.notice.attributes': (p: { tag: string }) => `段落元素只能写成 <${p.tag} id="p编号">，不能有其他属性 / a paragraph element takes exactly one attribute: <${p.tag} id="pN">`,
  'check.notice.unclosed': (p: { tag: string }) => `段落没有结束标记 </${p.tag}> / the paragraph is not closed with </${p.tag}>`,
  'check.notice.markup': (p: { tag: string }) =>
    `段落中有标签或未结束的段落（缺少 </${p.tag}>？原文中的 < 请写作 &lt;）/ markup or an unclosed paragraph inside the paragraph (missing </${p.tag}>? write a literal < as &lt;)`,
  'check.notice.duplicate': (p: { line: number }) => `段落编号重复，第 ${p.line} 行已使用 / duplicate paragraph id, already used on line ${p.line}`,
  'check.notice.order': (p: { expected: string }) => `段落编号须从 p1 起逐一递增，此处应为 ${p.expected} / paragraph ids run p1, p2, p3 … in order: ${p.expected} expected here`,
  'check.notice.tooLong': (p: { max: number }) => `段落超过 ${p.max} 个字符，请按原文分段 / the paragraph has more than ${p.max} characters: split it as the original does`,
  // Ids, file names and folders (checks/unique-ids.ts).
  'check.ids.duplicate': (p: { kind: string; first: string }) => `${p.kind} id 重复，已在 ${p.first} 中使用 / duplicate ${p.kind} id, already used in ${p.first}`,
  'check.ids.misnamed': (p: { id: string }) => `文件名应为 ${p.id}.yaml（与 id 一致）/ file name must match the id`,
  'check.ids.reserved': (p: { path: string }) => `此编号已被网站自身的网址 ${p.path} 占用，请换一个编号 / the id is taken by the site's own address ${p.path}: choose another`,
  'check.ids.misfiled': (p: { programme: string; folder: string }) => `programme 为 “${p.programme}”，但文件位于 programmes/${p.folder}/ 下 / programme does not match the folder`,
  // References between records (checks/references.ts).
  'check.references.missing': (p: { field: string; kind: keyof typeof REFERENCED; id: string }) =>
    `引用的${REFERENCED[p.kind]} “${p.id}” 不存在 / ${p.field} refers to a missing ${p.kind}`,
  // What to do about a schema issue (src/lib/content/advice.ts), after zod's own message.
  'check.advice.join': (p: { advice: string }) => `。${p.advice}`,
  /** A required field left out, in place of zod's type words. */
  'check.missingField': '此字段未填写',
  'check.advice.missing': '请补上此字段：按原文填写；原文未载明而此字段允许为空时，写 null / add the field',
  'check.advice.fullWidthDigits': (p: { value: string; digits: string }) =>
    `“${p.value}”是全角数字，请改为半角数字 ${p.digits}（关闭中文输入法后输入） / full-width digits: write ${p.digits}`,
  'check.advice.number': '此处只写数字（半角，如 800），单位、对象等另有字段 / a number only, its unit is a field of its own',
  'check.advice.date': '日期请写成“年-月-日”，数字用半角，如 2017-02-20 / write the date as YYYY-MM-DD, e.g. 2017-02-20',
  /** Appended to `check.references.missing` when one existing id is a slip of the keyboard away (nearest.ts). */
  'check.references.didYouMean': (p: { id: string }) => `；是否应为 “${p.id}”？/ did you mean ${p.id}?`,
  // A project's level against its programme's levels (checks/references.ts).
  'check.levels.undeclared': (p: { level: string; declared: readonly string[] }) =>
    `层级 “${p.level}” 不在本计划的 levels 中（${p.declared.join('、')}），请改用其中之一 / the level is not one of the programme's levels (${p.declared.join(', ')}): use one of them`,
  'check.levels.none': '本计划没有层级（levels 为空），请把 level 写作 null / the programme has no levels: set level to null',
  'check.levels.missing': (p: { declared: readonly string[] }) =>
    `本计划分层级，请填写 level（${p.declared.join('、')}）/ the programme has levels: set level to one of ${p.declared.join(', ')}`,
  // Citations against their sources (checks/citations.ts).
  'check.citations.noSource': (p: { source: string }) => `找不到出处文件 “${p.source}” / no source document with this id`,
  'check.citations.noParagraph': (p: { source: string; paragraph: string }) => `出处 ${p.source} 中没有段落 ${p.paragraph} / no such paragraph in the source`,
  'check.citations.quoteNotFound': (p: { source: string; paragraph: string }) => `引文不在 ${p.source}#${p.paragraph} 原文中 / quote not found verbatim in the cited paragraph`,
  // The same, when the quote is word for word in another paragraph, or near a passage of one (src/lib/content/quote-match.ts).
  'check.citations.quoteElsewhere': (p: { source: string; paragraph: string; found: string }) =>
    `引文不在 ${p.source}#${p.paragraph} 中，而在 ${p.found} 中：请把 paragraph 改为 ${p.found} / the quote is not in the cited paragraph but in ${p.found}: cite paragraph ${p.found}`,
  'check.citations.quoteNear': (p: { source: string; paragraph: string; found: string; zh: string; en: string; passage: string }) =>
    `引文不在 ${p.source}#${p.paragraph} 原文中；最接近的是 ${p.found} 的“${p.passage}”，不同之处：${p.zh}。请照录原文，引用 ${p.found} / quote not found verbatim; nearest is ${p.found} (${p.en}): cite ${p.found} and copy its words exactly`,
  'check.citations.diff.replaced': (p: { at: number; quoted: string; source: string; width: string }) => `第 ${p.at} 字“${p.quoted}”应为“${p.source}”${p.width}`,
  'check.citations.diff.extra': (p: { at: number; quoted: string }) => `第 ${p.at} 字“${p.quoted}”是原文没有的`,
  'check.citations.diff.missing': (p: { at: number; source: string }) => `第 ${p.at} 字前缺少“${p.source}”`,
  'check.citations.diff.width': '（原文为全角）',
  'check.citations.diff.separator': '；',
  'check.citations.diff.more': (p: { count: number }) => `等，共 ${p.count} 处`,
  'check.citations.otherSource': (p: { source: string; programme: string; notice: string }) =>
    `引用了出处 “${p.source}”，但计划 ${p.programme} 的页面只链接到它自己的通知 “${p.notice}”：请引用该通知中的段落 / cites ${p.source}, but the pages of programme ${p.programme} link only to its own notice ${p.notice}: cite a paragraph of ${p.notice}`,
  // Fields in the source's own words (checks/source-words.ts).
  'check.sourceWords.notVerbatim': (p: { value: string }) =>
    `“${p.value}” 不是本条所引段落中的原文：此字段须逐字照录原文（句末标点可不同），请改为原文中的连续文字，或引用写有这句话的段落 / not word for word in a paragraph the entry cites: copy a continuous passage of the source, or cite the paragraph that has it`,
  // A project's position under its heading (checks/notice-order.ts).
  'check.order.duplicate': (p: { order: number; first: string }) =>
    `序号 ${p.order} 与项目 ${p.first} 重复（同一计划、层级、性质与分类下）：请按原文改正其一 / order ${p.order} is also project ${p.first}'s under the same heading (programme, level, standing, category): correct one from the notice`,
  // Standings, lineage and changes (checks/lineage.ts).
  'check.lineage.mergedAwayWithoutTarget': '已整合归并的项目必须写明并入哪个项目 / a merged-away project needs mergedInto',
  'check.lineage.mergedIntoNotMergedAway': '只有“已整合归并”的项目才能有 mergedInto / only merged-away projects have mergedInto',
  'check.lineage.movedToNotAdjustedOut': '只有“调整退出”的项目才能有 movedTo / only adjusted-out projects have movedTo',
  'check.lineage.exitNoteMissing': '退出或调整退出的项目须引用通知说明的去向或原因 / withdrawn and adjusted-out projects need exitNote',
  'check.lineage.exitNoteNotDeparted': '仍在实施的项目不应有 exitNote / only departed projects have exitNote',
  'check.lineage.mergerTooFewPredecessors': '整合归并后实施的项目须列出至少两个被合并项目 / formed-by-merger needs at least two predecessors',
  'check.lineage.targetOmitsProject': (p: { target: string }) => `“${p.target}” 的 mergedFrom 未列出本项目 / the target does not list this project in mergedFrom`,
  'check.lineage.targetNotImplemented': '并入的项目必须是本年实施的项目 / the target must be implemented this year',
  'check.lineage.mergedIntoSelf': '项目不能并入自身 / a project cannot merge into itself',
  'check.lineage.predecessorPointsElsewhere': (p: { predecessor: string }) => `“${p.predecessor}” 的 mergedInto 不是本项目 / that project’s mergedInto does not point here`,
  'check.lineage.receiverNotImplemented': '调入的项目必须是本年实施的项目 / the receiving project must be implemented this year',
  'check.lineage.raisedWithoutStandard': '提标扩面的项目须至少有一项标准（standards/）/ a raised project needs at least one standard',
  'check.lineage.standardWithoutRaise': (p: { project: string }) => `项目 “${p.project}” 没有“提标扩面”变化 / the project has no raised change`,
  'check.lineage.standardYearOrder': '新标准的年份须晚于原标准 / the new value’s year must follow the previous one',
  // Itemised projects against the notice's stated totals (checks/totals.ts): a mismatch names what was counted.
  'check.totals.mismatch': (p: { what: string; stated: number; counted: number; documentKind: string }) =>
    `${p.what}：${p.documentKind}载明 ${p.stated} 项，逐项录入 ${p.counted} 项 / stated ${p.stated}, itemised ${p.counted}`,
  'check.totals.all': '实施项目总数',
  'check.totals.levelImplemented': (p: { level: string }) => `${p.level}实施项目`,
  'check.totals.breakdown': (p: { level: string; heading: string }) => `${p.level}“${p.heading}”`,
  /** `departed`: the labels of the standings a level still counts among its decided projects (GAP_EXPLAINING_STANDINGS). */
  'check.totals.decided': (p: { level: string; departed: readonly string[] }) => `${p.level}确定项目（不少于实施与${p.departed.join('、')}之和）`,
  'check.totals.headline': (p: { levels: readonly string[] }) => `标题数字（${p.levels.join('+')}）`,
  'check.totals.category': (p: { name: string }) => `分类“${p.name}”的项目数`,
  /** A draft or consultation programme: a total that disagrees is reported, not refused (a warning line). */
  'check.totals.entered': (p: { what: string; stated: number; counted: number; status: string }) =>
    `${p.what}：已录入 ${p.counted} 项，来源载明 ${p.stated} 项（${p.status}，暂不作为错误）/ entered ${p.counted} of ${p.stated} (${p.status}: a warning, not an error)`,
  // The report's line before the warnings.
  'check.warnings': (p: { count: number }) => `提示 ${p.count} 条（不影响发布）/ ${p.count} warning(s), publishing goes on:`,
  // Figures against their quotes (checks/figures.ts): every number, unit, period and qualifier is in a cited quote.
  'check.figures.number': (p: { what: FigureWhat; value: string; followedBy: readonly string[]; under: readonly string[]; quotes: readonly string[]; found: readonly string[] }) =>
    `${FIGURE_WHAT[p.what]} ${p.value}${p.followedBy.length ? `（后接${either(p.followedBy)}）` : ' '}不在所引原文中` +
    `${p.under.length ? `写有${either(p.under)}之处` : ''}：${quoted(p.quotes)}` +
    `${p.found.length ? `，原文中的数字为 ${p.found.join('、')}` : '，原文中没有数字'}。请按原文更正，或引用写有此数字的原文 / ` +
    `${p.value} is not in the cited quote(s)${p.under.length ? ` that hold ${p.under.join(' or ')}` : ''}: write the figure the source states, or cite the words that state it`,
  'check.figures.order': (p: { what: FigureWhat; value: string; later: string; quote: string }) =>
    `${FIGURE_WHAT[p.what]} ${p.value} 在所引原文中写在 ${p.later} 之后：“${p.quote}”。原标准与新标准是否填反了？请按原文顺序录入 / ` +
    `${p.value} comes after ${p.later} in the quote: were the previous and the current value swapped? Enter them in the source's order`,
  'check.figures.numberRead': (p: { text: string; value: string }) => `${p.text}（${p.value}）`,
  'check.figures.unit': (p: { what: FigureWhat; value: string; expected: readonly string[]; after: readonly string[]; quotes: readonly string[] }) =>
    `${FIGURE_WHAT[p.what]}“${p.value}”${p.expected.join() === p.value ? '' : `（原文写作${either(p.expected)}）`}不在所引原文中${p.after.length ? `数字 ${p.after.join(' 或 ')} 之后` : ''}：${quoted(p.quotes)}。请按原文更正 / ` +
    `${p.value} is not in the cited quote(s)${p.after.length ? ` right after ${p.after.join(' or ')}` : ''}: write the unit the source states`,
  'check.figures.words': (p: { what: FigureWhat; value: string; expected: readonly string[]; quotes: readonly string[] }) =>
    `${FIGURE_WHAT[p.what]}为 ${p.value}，但所引原文中没有${either(p.expected)}：${quoted(p.quotes)}。请按原文更正，或引用写有此说法的原文 / ` +
    `${p.value}: the cited quote(s) contain none of ${p.expected.join(', ')}`,
  'check.figures.unstated': (p: { what: FigureWhat; value: string; stated: string; quotes: readonly string[] }) =>
    `${FIGURE_WHAT[p.what]}为 ${p.value}，但所引原文写有“${p.stated}”：${quoted(p.quotes)}。请按原文录入 / ` +
    `${p.value}, but the cited quote(s) state “${p.stated}”: enter what the source states`,
} as const;
