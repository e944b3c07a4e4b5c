/**
 * Terms a programme may word its own way, embedded in other messages as parameters of the same
 * name (`term.localArea` is the parameter `localArea`). The translator fills them in, so a
 * programme that overrides a term here rewords every message that uses it (see `src/i18n/index.ts`).
 * Each term is plain text.
 */
export const term = {
  /** How the implementing government names its own area: 本区, elsewhere 本县 or 本市. */
  'term.localArea': '本区',
  /** What the programme is called: 民生工程, elsewhere 民生实事. */
  'term.programmeKind': '民生工程',
  /** What the source document is: 通知, elsewhere 公告, 决议, 实施方案 or 征求意见稿 (a programme's `document.type`). */
  'term.documentKind': '通知',
} as const satisfies Record<`term.${string}`, string>;
