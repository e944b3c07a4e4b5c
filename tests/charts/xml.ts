/**
 * A deliberately strict little XML reader for the chart tests. No XML parser is a direct
 * dependency of the project, and the charts only emit elements, attributes and text, so
 * anything else (comments, CDATA, unquoted attributes, stray `&` or `<`) is reported as an error:
 * that is exactly what would break a standalone .svg file.
 */

import { expect } from 'vitest';
import { textWidth } from '../../src/charts/svg.ts';

/** A parsed element. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  parent: XmlElement | null;
}

/** Element or decoded text. */
export type XmlNode = XmlElement | string;

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function decode(raw: string, where: string): string {
  const stray = raw.replace(ENTITY, '').match(/[&<]/);
  if (stray) throw new Error(`unescaped "${stray[0]}" in ${where}: ${raw.slice(0, 80)}`);
  return raw.replace(ENTITY, (_, e: string) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e.startsWith('#x') ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

/** Parses a document with exactly one root element; throws on anything not well-formed. */
export function parseXml(source: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], parent: null };
  let current = root;
  let pos = 0;
  const tag = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"]*")*)\s*(\/?)>/y;
  const attr = /\s+([A-Za-z_][\w:.-]*)="([^"]*)"/g;
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const textEnd = lt === -1 ? source.length : lt;
    if (textEnd > pos) {
      const raw = source.slice(pos, textEnd);
      if (current === root && raw.trim() !== '') throw new Error(`text outside the root: ${raw.slice(0, 40)}`);
      if (current !== root) current.children.push(decode(raw, `<${current.name}> text`));
      pos = textEnd;
      continue;
    }
    tag.lastIndex = pos;
    const m = tag.exec(source);
    if (!m) throw new Error(`malformed markup at ${pos}: ${source.slice(pos, pos + 60)}`);
    const [whole, closing, name, attrText, selfClosing] = m as unknown as [string, string, string, string, string];
    pos += whole.length;
    if (closing) {
      if (current.name !== name) throw new Error(`</${name}> closes <${current.name}>`);
      current = current.parent!;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(attr)) {
      if (a[1]! in attrs) throw new Error(`duplicate attribute ${a[1]} on <${name}>`);
      attrs[a[1]!] = decode(a[2]!, `${name}@${a[1]}`);
    }
    const el: XmlElement = { name, attrs, children: [], parent: current };
    if (current === root && root.children.length > 0) throw new Error('more than one root element');
    current.children.push(el);
    if (!selfClosing) current = el;
  }
  if (current !== root) throw new Error(`<${current.name}> is never closed`);
  const only = root.children[0];
  if (only === undefined || typeof only === 'string') throw new Error('no root element');
  only.parent = null;
  return only;
}

/** All descendant elements (depth first, document order) matching `test`. */
export function findAll(el: XmlElement, test: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') continue;
      if (test(child)) out.push(child);
      walk(child);
    }
  };
  walk(el);
  return out;
}

/** Descendants with `class` containing `cls`, optionally of one element name. */
export function byClass(el: XmlElement, cls: string, name?: string): XmlElement[] {
  return findAll(el, (e) => (name === undefined || e.name === name) && (e.attrs.class ?? '').split(/\s+/).includes(cls));
}

/** Concatenated text of an element, excluding nested `<title>` tooltips. */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : c.name === 'title' ? '' : textOf(c))).join('');
}

/** Text of the element's `<title>` child (tooltip), or ''. */
export function tooltipOf(el: XmlElement): string {
  const t = el.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'title');
  return t ? textOf(t) : '';
}

/** A numeric attribute; fails the test when missing or not finite. */
export function num(el: XmlElement, name: string): number {
  const raw = el.attrs[name];
  expect(raw, `<${el.name}> @${name}`).toBeDefined();
  const value = Number(raw);
  expect(Number.isFinite(value), `<${el.name}> @${name}=${raw}`).toBe(true);
  return value;
}

/** All `<text>` contents of the document. */
export function allTexts(root: XmlElement): string[] {
  return findAll(root, (e) => e.name === 'text').map(textOf);
}

/**
 * Checks everything every chart must satisfy: well-formed standalone SVG, accessible name and
 * description wired by id, scalable (viewBox, no fixed size), readable font sizes, resolvable
 * references, and no NaN/Infinity/undefined leaking into the markup. Returns the parsed root.
 */
export function expectValidChart(svg: string, id?: string): XmlElement {
  expect(svg).not.toMatch(/NaN|Infinity|undefined|\[object Object\]/);
  const root = parseXml(svg);
  expect(root.name).toBe('svg');
  expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
  expect(root.attrs.role).toBe('img');
  expect(root.attrs.viewBox).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
  expect(root.attrs.preserveAspectRatio).toBeTruthy();
  expect(root.attrs.width).toBeUndefined();
  expect(root.attrs.height).toBeUndefined();
  expect(root.attrs['font-family']).toContain('PingFang SC');
  expect(root.attrs['font-family']).toContain('sans-serif');

  const labelled = (root.attrs['aria-labelledby'] ?? '').split(/\s+/).filter(Boolean);
  expect(labelled.length).toBeGreaterThanOrEqual(1);
  const elementsWithId = findAll(root, (e) => e.attrs.id !== undefined);
  const ids = elementsWithId.map((e) => e.attrs.id!);
  expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
  const target = (ref: string): XmlElement | undefined => elementsWithId.find((e) => e.attrs.id === ref);
  const title = target(labelled[0]!);
  expect(title?.name).toBe('title');
  expect(title?.parent).toBe(root);
  expect(textOf(title!).trim()).not.toBe('');
  const desc = labelled.map(target).find((e) => e?.name === 'desc');
  expect(desc, 'aria-labelledby also names the <desc>').toBeDefined();
  expect(textOf(desc!).trim()).not.toBe('');
  if (id !== undefined) {
    expect(title!.attrs.id!.startsWith(id)).toBe(true);
    expect(desc!.attrs.id!.startsWith(id)).toBe(true);
  }

  for (const el of findAll(root, () => true)) {
    for (const [name, value] of Object.entries(el.attrs)) {
      for (const ref of value.matchAll(/url\(#([^)]+)\)/g)) expect(target(ref[1]!), `${name} → #${ref[1]}`).toBeDefined();
    }
    if (el.attrs['font-size'] !== undefined) expect(num(el, 'font-size')).toBeGreaterThanOrEqual(14);
    for (const geometric of ['x', 'y', 'width', 'height', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r']) {
      if (el.attrs[geometric] !== undefined) num(el, geometric);
    }
  }
  // Everything must lie within the viewBox horizontally, or it would be clipped.
  const viewWidth = Number(root.attrs.viewBox!.split(' ')[2]);
  for (const el of findAll(root, (e) => e.name === 'rect' && e.parent?.name !== 'pattern')) {
    expect(num(el, 'x')).toBeGreaterThanOrEqual(0);
    expect(num(el, 'x') + num(el, 'width')).toBeLessThanOrEqual(viewWidth + 0.01);
  }
  // Text must not run off the chart either (by the same width estimate the builders lay out with).
  for (const el of findAll(root, (e) => e.name === 'text')) {
    const spans = findAll(el, (e) => e.name === 'tspan');
    const lines = spans.length > 0 ? spans.map(textOf) : [textOf(el)];
    const w = Math.max(...lines.map((l) => textWidth(l, num(el, 'font-size'))));
    const x = num(el, 'x');
    const anchor = el.attrs['text-anchor'] ?? 'start';
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    expect(left, `"${lines.join('')}" starts inside the chart`).toBeGreaterThanOrEqual(-0.5);
    expect(left + w, `"${lines.join('')}" ends inside the chart`).toBeLessThanOrEqual(viewWidth + 0.5);
  }
  return root;
}
