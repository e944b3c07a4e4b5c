/**
 * The Content-Security-Policy every page carries in a `<meta>` tag (a CDN may not let a government
 * web team set headers). Nothing off-origin, no inline script; WebAssembly compilation is allowed
 * because Pagefind's search runs as WASM from the site's own origin.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** The policy as one header/meta value. */
export function contentSecurityPolicy(directives: Readonly<Record<string, string>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');
}
