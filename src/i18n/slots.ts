/**
 * Messages that hold markup: a sentence whose parts are elements (a link, a <strong>, a counter the
 * browser updates) is still one message, so that a translation can reorder its parts. The caller
 * looks the message up with each such part's parameter set to a slot marker ({@link slot}) and then
 * either splits the text at the markers to render the elements there ({@link splitSlots}), or, for
 * text a browser script completes, fills the markers in later ({@link fillSlots}).
 *
 * A marker is the slot's name in braces, `{shown}`: readable where it reaches the HTML (a script's
 * template in a data attribute) and never part of a notice's wording. Slot names are identifiers
 * (the message's parameter names), and only the names the caller asks for are slots, so other
 * braces in a message or in content are left as text.
 *
 * This module holds no wording and imports nothing, so a browser script may import it.
 */

/** One run of a message split at its slots: text, or the place of the named slot. */
export type MessagePart = { readonly text: string; readonly slot?: undefined } | { readonly slot: string; readonly text?: undefined };

/** Any marker; the name is captured. */
const MARKER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The marker that stands for a slot in a message: pass it as the slot's parameter. */
export function slot(name: string): string {
  return `{${name}}`;
}

/** The text of a message cut at every marker of the named slots, in order (a slot may occur more than once). */
export function splitSlots(text: string, names: readonly string[]): MessagePart[] {
  const parts: MessagePart[] = [];
  let cursor = 0;
  for (const match of text.matchAll(MARKER)) {
    const name = match[1]!;
    if (!names.includes(name)) continue;
    if (match.index > cursor) parts.push({ text: text.slice(cursor, match.index) });
    parts.push({ slot: name });
    cursor = match.index + match[0].length;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor) });
  return parts;
}

/** The message with each named slot's marker replaced by its value, in one pass (a value is never read as a marker). */
export function fillSlots(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(MARKER, (marker, name: string) => (Object.hasOwn(values, name) ? values[name]! : marker));
}
