/**
 * Open Graph tags, so that a page shared in a chat app shows its title, description and site name
 * instead of a bare address. `og:url` is given only for a page with a URL of its own on a
 * configured site address: a placeholder origin must never be shared as a page's address.
 */

/** One `<meta property content>` tag. */
export interface OpenGraphTag {
  property: string;
  content: string;
}

/** What the tags are made from. */
export interface OpenGraphInput {
  siteName: string;
  title: string;
  description: string;
  /** Absolute URL of the page, or null when the site URL is not configured or the page has no URL of its own. */
  url: string | null;
  /** `article` for a page about one thing (a project), `website` for the others. */
  type: 'website' | 'article';
  /** The pages' language as BCP 47 (zh-CN); Open Graph writes it with an underscore (zh_CN). */
  language: string;
}

/** The tags, in a stable order. */
export function openGraphTags(input: OpenGraphInput): OpenGraphTag[] {
  return [
    { property: 'og:site_name', content: input.siteName },
    { property: 'og:title', content: input.title },
    { property: 'og:description', content: input.description },
    { property: 'og:type', content: input.type },
    { property: 'og:locale', content: input.language.replace('-', '_') },
    ...(input.url ? [{ property: 'og:url', content: input.url }] : []),
  ];
}
