/**
 * The in-memory copy of a page that Pagefind indexes. The published HTML is never changed; the
 * copy only carries what search needs and drops what would bloat the downloaded index or only cost
 * Pagefind parsing time.
 */

const HEADING = /^h[1-6]$/i;
/** BaseLayout's <main>, the one element marked data-pagefind-body, whole. */
const BODY_ELEMENT = /<main\b[^>]*\sdata-pagefind-body[\s\S]*<\/main>/;
/** Elements whose content Pagefind never indexes here: scripts (JSON-LD) and chart SVGs (excluded anyway). */
const UNINDEXED_ELEMENT = /<script\b[\s\S]*?<\/script>|<svg\b[\s\S]*?<\/svg>/g;
const HTML_OPEN = /<html\b[^>]*>/;
const TITLE = /<title>[\s\S]*?<\/title>/;

/**
 * Removes `id` attributes except on headings. Pagefind stores the full text of every element with
 * an id as an "anchor" in the page's fragment file, but only uses heading anchors: on the notice,
 * whose every paragraph has an id, that would triple the size of the file each search downloads.
 */
export function dropNonHeadingIds(html: string): string {
  return html.replace(/<([a-zA-Z][\w-]*)(\s[^<>]*)>/g, (tag, name: string, attrs: string) => (HEADING.test(name) ? tag : `<${name}${attrs.replace(/\sid="[^"]*"/, '')}>`));
}

/** HTML without its scripts and SVGs, whose content is never indexed. */
export function withoutUnindexedElements(html: string): string {
  return html.replace(UNINDEXED_ELEMENT, '');
}

/** An element marked data-pagefind-ignore (any value), its tag name, and its content. */
const IGNORED_ELEMENT = /<([a-zA-Z][\w-]*)\b[^<>]*\sdata-pagefind-ignore(?:="[^"]*")?(?=[\s>])[^<>]*>([\s\S]*?)<\/\1>/g;

/**
 * Removes the elements marked `data-pagefind-ignore` that Pagefind would parse and then skip: the
 * repeated “not stated” sentences, the citation box, the ignored headings (a third of a project
 * page's indexed part; the index comes out byte for byte the same). An element is kept when it holds
 * a Pagefind attribute other than ignore (a filter or metadata inside an ignored element still counts) or an element
 * of its own tag name (its end could not be found without parsing).
 */
export function withoutIgnoredElements(html: string): string {
  return html.replace(IGNORED_ELEMENT, (element, tag: string, content: string) =>
    /data-pagefind-(?!ignore)/.test(content) || new RegExp(`<${tag}\\b`, 'i').test(content) ? element : '',
  );
}

/**
 * The page reduced to what Pagefind reads: the <html> tag (language), the <title>, and the
 * data-pagefind-body element without scripts and SVGs. Header, navigation, footer, stylesheets and
 * JSON-LD are never indexed (no data-pagefind attribute lives outside <main>; a test checks the
 * built site), but Pagefind would still parse them: on a project page they are over half the bytes.
 * A page without such an element is returned whole.
 */
export function indexedPart(html: string): string {
  const body = BODY_ELEMENT.exec(html)?.[0];
  if (body === undefined) return html;
  const open = HTML_OPEN.exec(html)?.[0] ?? '<html>';
  const title = TITLE.exec(html)?.[0] ?? '';
  return `<!DOCTYPE html>${open}<head>${title}</head><body>${withoutUnindexedElements(body)}</body></html>`;
}

/**
 * The copy of a page to index: reduced to its indexed part, without ignored elements, non-heading
 * ids dropped. The page's `type` filter comes along on the <main> element, where BaseLayout puts it.
 */
export function htmlForIndex(html: string): string {
  return dropNonHeadingIds(withoutIgnoredElements(indexedPart(html)));
}
