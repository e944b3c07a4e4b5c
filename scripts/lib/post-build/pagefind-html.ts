/**
 * The in-memory copy of a page that Pagefind indexes. The published HTML is never changed; the
 * copy only carries what search needs and drops what would bloat the downloaded index.
 */

const HEADING = /^h[1-6]$/i;

/**
 * Removes `id` attributes except on headings. Pagefind stores the full text of every element with
 * an id as an "anchor" in the page's fragment file, but only uses heading anchors: on the notice,
 * whose every paragraph has an id, that would triple the size of the file each search downloads.
 */
export function dropNonHeadingIds(html: string): string {
  return html.replace(/<([a-zA-Z][\w-]*)(\s[^<>]*)>/g, (tag, name: string, attrs: string) =>
    HEADING.test(name) ? tag : `<${name}${attrs.replace(/\sid="[^"]*"/, '')}>`,
  );
}

/** Adds the page's type as a Pagefind filter in <head>, so pages need not know how search groups them. */
export function withTypeFilter(html: string, type: string): string {
  if (!html.includes('</head>')) throw new Error('page has no </head>');
  return html.replace('</head>', `<meta data-pagefind-filter="type[content]" content="${type}"></head>`);
}

/** The copy of a page to index: its type filter added, non-heading ids dropped. */
export function htmlForIndex(html: string, type: string): string {
  return withTypeFilter(dropNonHeadingIds(html), type);
}
