/**
 * Where projects went: predecessors on the left, the project that carries them on at the
 * right, joined by curves; solid for 整合归并 (merged), dashed for 调整移入 (moved).
 */

import { linkHorizontal } from 'd3-shape';
import type { Translate } from '../i18n/index.ts';
import { AXIS, BACKGROUND, LINK, MUTED_TEXT, TEXT } from './palette.ts';
import { LABEL_FONT, SMALL_FONT, emptyChart, escapeXml, n, resolveOptions, svgDocument, text, textLines, wrapText, type ChartOptions, type ChartResult } from './svg.ts';

/** A project box; linked to its page when `href` is given. */
export interface LineageNode {
  label: string;
  /** Complete URL or path of the project's page; escaped by the builder. */
  href?: string;
}

/** Kind of lineage: several projects merged into one, or a project moved into another. */
export type LineageKind = 'merged' | 'moved';

/** One successor and the projects it carries on. */
export interface LineageFlowItem {
  successor: LineageNode;
  predecessors: LineageNode[];
  kind: LineageKind;
}

/** Input of {@link lineageFlow}. */
export interface LineageFlowData {
  flows: LineageFlowItem[];
}

/** Name of a kind, as drawn next to the curves and in the table. */
export function lineageKindLabel(kind: LineageKind, t: Translate): string {
  return t(`chart.lineage.kind.${kind}`);
}
const PAD = 16;
const LINE_H = 19;
const BOX_PAD = 10;
const BOX_GAP = 8;
const FLOW_GAP = 22;

/** A laid-out box. */
interface Box {
  node: LineageNode;
  lines: string[];
  x: number;
  y: number;
  w: number;
  h: number;
}

function boxHeight(lines: string[]): number {
  return lines.length * LINE_H + 2 * BOX_PAD - 4;
}

/** Box markup: the whole box is the link target when there is an href, text underlined as a cue beyond colour. */
function drawBox(box: Box, className: string): string {
  const isLink = box.node.href !== undefined && box.node.href !== '';
  const rect = `<rect class="${className}" x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" rx="4" fill="${BACKGROUND}" stroke="${AXIS}" stroke-width="1.5"/>`;
  const lines = textLines(box.x + BOX_PAD, box.y + BOX_PAD + SMALL_FONT - 1, box.lines, LINE_H, {
    size: SMALL_FONT,
    fill: isLink ? LINK : TEXT,
    ...(isLink ? { decoration: 'underline' as const } : {}),
    className: `${className}-label`,
  });
  const content = rect + lines;
  return isLink ? `<a href="${escapeXml(box.node.href!)}">${content}</a>` : content;
}

/**
 * Builds the lineage flow chart.
 *
 * Each flow gets its own band: its predecessors stacked on the left and the successor centred
 * beside them, so curves of different flows never cross and each band reads on its own.
 */
export function lineageFlow(data: LineageFlowData, options: ChartOptions): ChartResult {
  const resolved = resolveOptions(options, 'chart.lineage.title');
  const { id, width, title, t } = resolved;
  const predecessorHeading = t('chart.lineage.predecessorHeading');
  const successorHeading = t('chart.lineage.successorHeading');
  const head = [predecessorHeading, t('chart.lineage.kindHeading'), successorHeading];
  if (data.flows.length === 0) return emptyChart(resolved, head);

  // The gap holds the curves and the kind label; it shrinks on narrow charts so boxes keep room for text.
  const gap = Math.min(150, Math.max(90, width * 0.22));
  const colW = (width - 2 * PAD - gap) / 2;
  const leftX = PAD;
  const rightX = width - PAD - colW;
  const wrapW = colW - 2 * BOX_PAD;
  const link = linkHorizontal().digits(2);
  const arrowId = `${id}-arrow`;
  const defs =
    `<marker id="${arrowId}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
    `<path d="M0,0 L10,5 L0,10 Z" fill="${TEXT}"/></marker>`;

  const body: string[] = [];
  let y = PAD;

  // Legend with line samples: the dash pattern, not colour, tells the kinds apart.
  const kinds = (['merged', 'moved'] as const).filter((k) => data.flows.some((f) => f.kind === k));
  let lx = PAD;
  for (const kind of kinds) {
    body.push(
      `<line class="legend-line" x1="${n(lx)}" y1="${n(y + 9)}" x2="${n(lx + 32)}" y2="${n(y + 9)}" stroke="${TEXT}" stroke-width="2"${kind === 'moved' ? ' stroke-dasharray="6 4"' : ''}/>`,
      text(lx + 40, y + 14, lineageKindLabel(kind, t), { size: SMALL_FONT }),
    );
    lx += 40 + lineageKindLabel(kind, t).length * SMALL_FONT + 24;
  }
  y += 30;
  body.push(
    text(leftX, y + LABEL_FONT, predecessorHeading, { weight: 'bold', className: 'column-heading' }),
    text(rightX, y + LABEL_FONT, successorHeading, { weight: 'bold', className: 'column-heading' }),
  );
  y += 30;

  const links: string[] = [];
  const boxes: string[] = [];
  const kindLabels: string[] = [];

  data.flows.forEach((flow) => {
    const preds = flow.predecessors.map((node) => ({ node, lines: wrapText(node.label, wrapW, SMALL_FONT) }));
    const predBlockH = preds.reduce((sum, p) => sum + boxHeight(p.lines), 0) + Math.max(0, preds.length - 1) * BOX_GAP;
    const succLines = wrapText(flow.successor.label, wrapW, SMALL_FONT);
    const succH = boxHeight(succLines);
    const bandH = Math.max(predBlockH, succH);

    let py = y + (bandH - predBlockH) / 2;
    const predBoxes: Box[] = preds.map((p) => {
      const box = { node: p.node, lines: p.lines, x: leftX, y: py, w: colW, h: boxHeight(p.lines) };
      py += box.h + BOX_GAP;
      return box;
    });
    const succBox: Box = { node: flow.successor, lines: succLines, x: rightX, y: y + (bandH - succH) / 2, w: colW, h: succH };
    const targetY = succBox.y + succH / 2;

    const dash = flow.kind === 'moved' ? ' stroke-dasharray="6 4"' : '';
    for (const box of predBoxes) {
      const d = link({ source: [box.x + box.w, box.y + box.h / 2], target: [rightX - 2, targetY] });
      if (d === null) continue;
      links.push(
        `<path class="link" d="${d}" fill="none" stroke="${TEXT}" stroke-width="2"${dash} marker-end="url(#${arrowId})">` +
          `<title>${escapeXml(t('chart.lineage.linkTooltip', { from: box.node.label, kind: lineageKindLabel(flow.kind, t), to: flow.successor.label }))}</title></path>`,
      );
    }
    boxes.push(...predBoxes.map((b) => drawBox(b, 'predecessor')), drawBox(succBox, 'successor'));
    if (predBoxes.length > 0) {
      kindLabels.push(
        text(leftX + colW + gap / 2, targetY - 8, lineageKindLabel(flow.kind, t), {
          size: SMALL_FONT,
          anchor: 'middle',
          fill: MUTED_TEXT,
          halo: BACKGROUND,
          className: 'kind-label',
        }),
      );
    }
    y += bandH + FLOW_GAP;
  });
  body.push(...links, ...boxes, ...kindLabels);

  const sentences = data.flows.map((flow) => {
    const names = flow.predecessors.map((p) => p.label).join(t('chart.common.enumerationSeparator'));
    if (names === '') return t('chart.lineage.summary.noPredecessors', { to: flow.successor.label });
    if (flow.kind === 'merged') return t('chart.lineage.summary.merged', { from: names, to: flow.successor.label, several: flow.predecessors.length > 1 });
    return t('chart.lineage.summary.moved', { from: names, to: flow.successor.label });
  });
  const summary = t('chart.common.summary', { title, text: sentences.join(t('chart.common.listSeparator')) });
  const svg = svgDocument({ id, width, height: y - FLOW_GAP + PAD, title, desc: summary, defs, body: body.join('') });

  const rows = data.flows.flatMap((flow) => flow.predecessors.map((p) => [p.label, lineageKindLabel(flow.kind, t), flow.successor.label]));
  return { svg, summary, table: { caption: title, head, rows } };
}
