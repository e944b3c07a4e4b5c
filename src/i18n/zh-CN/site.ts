/** Wording of the page frame and the site-wide pages (header, navigation, footer, about, search). */
export const site = {
  'site.language': '简体中文',
} as const;
