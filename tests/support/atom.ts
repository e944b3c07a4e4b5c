/**
 * The rules of Atom (RFC 4287) a feed reader or the W3C feed validator would reject a feed for,
 * checked on the feed text: the feed and each entry have one id, title and updated; every id is an
 * absolute IRI (§4.2.6: a scheme, not a site-relative path), unique, and no localhost address;
 * every date is an RFC 3339 date-time. Returns the problems found, empty for a valid feed.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An absolute IRI (RFC 3987): a scheme, a colon, then something. */
const ABSOLUTE_IRI = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
/** A tag URI (RFC 4151): tag:authority,date:specific. */
const TAG_URI = /^tag:([a-z0-9.-]+|[^@\s]+@[a-z0-9.-]+),\d{4}(-\d{2}(-\d{2})?)?:\S*$/i;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function atomProblems(xml: string): string[] {
  if (XMLValidator.validate(xml) !== true) return ['not well-formed XML'];
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link', 'id', 'title', 'updated'].includes(name) });
  const feed = parser.parse(xml).feed;
  if (!feed) return ['no <feed> root'];
  const problems: string[] = [];
  if (feed['@_xmlns'] !== 'http://www.w3.org/2005/Atom') problems.push('root not in the Atom namespace');
  const ids: string[] = [];
  const element = (where: string, node: Record<string, unknown>) => {
    for (const name of ['id', 'title', 'updated']) {
      const values = (node[name] as unknown[] | undefined) ?? [];
      if (values.length !== 1) problems.push(`${where}: ${values.length} <${name}> elements, not 1`);
    }
    const id = String((node.id as unknown[] | undefined)?.[0] ?? '');
    ids.push(id);
    if (!ABSOLUTE_IRI.test(id)) problems.push(`${where}: id ${JSON.stringify(id)} is not an absolute IRI`);
    if (id.startsWith('tag:') && !TAG_URI.test(id)) problems.push(`${where}: id ${JSON.stringify(id)} is not a tag URI (RFC 4151)`);
    if (/localhost|127\.0\.0\.1/.test(id)) problems.push(`${where}: id ${JSON.stringify(id)} is a local address`);
    const updated = String((node.updated as unknown[] | undefined)?.[0] ?? '');
    if (!RFC3339.test(updated)) problems.push(`${where}: updated ${JSON.stringify(updated)} is not an RFC 3339 date-time`);
  };
  element('feed', feed);
  if (!feed.author) problems.push('feed: no <author> (required when an entry has none)');
  for (const [i, entry] of ((feed.entry as Record<string, unknown>[] | undefined) ?? []).entries()) {
    element(`entry ${i + 1}`, entry);
    const links = (entry.link as Record<string, string>[] | undefined) ?? [];
    if (!entry.content && !links.some((l) => (l['@_rel'] ?? 'alternate') === 'alternate')) problems.push(`entry ${i + 1}: neither content nor an alternate link`);
  }
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length > 0) problems.push(`ids not unique: ${duplicates.join(', ')}`);
  return problems;
}
