/**
 * JSON for a `<script type="application/ld+json">` element. The HTML parser ends a script at the
 * first `</script`, so `<` is written as `\u003c` (and `>`, `&`, U+2028/2029 likewise, which JSON
 * allows and which keep the text inert in every context); the JSON value is unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
