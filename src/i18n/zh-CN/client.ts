/**
 * Wording of the small browser scripts (src/client): the status messages a screen reader announces
 * after a script has acted. Kept apart from the other areas because a script must not ship the
 * whole dictionary: a script either reads its text from the page, where a component rendered it
 * through `t` (the project filter, see ProjectTable.astro), or imports this file alone (the copy
 * link, whose page has no component of its own). Values arrive formatted.
 */
export const client = {
  /** After the project list has been filtered in place. */
  'client.filter.shown': (p: { shown: string }) => `已筛选，显示 ${p.shown} 个项目`,
  /** After a paragraph's link has been copied to the clipboard. */
  'client.copyLink.copied': (p: { number: string; url: string }) => `已复制第 ${p.number} 段的链接：${p.url}`,
} as const;
