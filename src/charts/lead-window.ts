import { range, scaleLinear } from 'd3';
import type { FigureStatus } from '../schemas.ts';
import { layout, lineHeightOf, markClass, type Scene } from './scene.ts';
import { round, Stack, textMark } from './stack.ts';
import { badgeHeight, drawStatusKey, singleSourceBadge, singleSourceClass, statusClass } from './status-key.ts';
import { textWidth, wrapText } from './wrap-text.ts';

/** A row that stays in words: the source gives no number, so nothing is put on the scale. */
export interface QualitativeRow {
  label: string;
  text: string;
  status: FigureStatus;
  /** A line under the row, e.g. the condition the claim depends on. */
  note?: string;
  /** Only one source carries it, citing none of its own: the row carries the badge. */
  singleSource?: boolean;
}

export interface LeadWindowData {
  /** Today's lead: "at least several months" — no number. */
  today: QualitativeRow;
  /** The lead that may be locked in by 2028 (scenario one): a range, conditional. */
  target: {
    label: string;
    low: number;
    high: number;
    valueLabel: string;
    status: FigureStatus;
    note?: string;
    singleSource?: boolean;
  };
  /** Scenario two: catching up or overtaking — no number. */
  parity: QualitativeRow;
  /** Axis title, with its unit. */
  axisTitle: string;
}

/**
 * The lead window: only the sourced range (12–24 months, scenario one) sits on the months scale.
 * Today's "at least several months" and scenario two's catching up or overtaking have no number, so
 * they are set below the scale, in words, under a heading that says so: nothing is drawn at zero.
 */
export function leadWindowScene(data: LeadWindowData, width: number = layout.width): Scene {
  const { margin, fontSize, smallFontSize } = layout;
  const plotWidth = width - 2 * margin;
  const { low, high } = data.target;
  if (!(Number.isFinite(low) && Number.isFinite(high) && low <= high && low >= 0)) {
    throw new Error(`lead window: range ${low}–${high} cannot be drawn (need 0 ≤ low ≤ high)`);
  }
  // Up to four years, months read in half-years: the axis ends on the next multiple of six. Beyond,
  // d3 picks about five round ticks, so a long range never crowds or hangs the axis.
  const halfYears = high <= 48;
  const x = scaleLinear()
    .domain([0, halfYears ? Math.max(6, Math.ceil(high / 6) * 6) : high])
    .range([margin + 10, width - margin - 10]);
  if (!halfYears) x.nice(5);
  const ticks = halfYears ? range(0, x.domain()[1]! + 1, 6) : x.ticks(5);
  const stack = new Stack(margin);
  const rows = [data.target, data.today, data.parity];
  // Only scenario one's range is drawn; today and scenario two are words with their status in words, so the
  // key explains the band's pattern alone, in the band's colour.
  drawStatusKey(
    stack,
    [data.target.status],
    width,
    rows.some((r) => r.singleSource),
    'scenario-1',
  );

  // Scenario one's range on the scale, with caps at both ends.
  stack.text(data.target.label, { x: margin, width: plotWidth, size: fontSize, className: 'bar-label scenario-1' });
  stack.gap(4);
  const x0 = round(x(low));
  const x1 = round(x(high));
  const y = stack.take(20);
  stack.push(
    {
      type: 'rect',
      x: x0,
      y,
      width: round(Math.max(x1 - x0, 2)),
      height: 20,
      className: markClass(
        'bar',
        'range',
        'scenario-1',
        statusClass(data.target.status),
        singleSourceClass(data.target.singleSource),
      ),
    },
    { type: 'line', x1: x0, y1: y - 3, x2: x0, y2: y + 23, className: 'range-cap' },
    { type: 'line', x1: x1, y1: y - 3, x2: x1, y2: y + 23, className: 'range-cap' },
  );
  // The value label starts under the range, or ends at its far cap when it would run off the edge; a
  // label too long for either wraps across the plot from the left margin.
  const label = data.target.valueLabel;
  const labelWidth = textWidth(label, fontSize * 1.1);
  const fitsFromStart = x0 + labelWidth <= width - margin;
  const fitsToEnd = x1 - labelWidth >= margin;
  stack.gap(6);
  if (fitsFromStart || fitsToEnd) {
    const labelTop = stack.take(lineHeightOf(fontSize));
    stack.push(
      textMark(fitsFromStart ? x0 : x1, labelTop, [label], fontSize, 'value-label', fitsFromStart ? 'start' : 'end'),
    );
  } else {
    const lines = wrapText(label, plotWidth, fontSize * 1.1);
    stack.push(textMark(margin, stack.take(lines.length * lineHeightOf(fontSize)), lines, fontSize, 'value-label'));
  }
  if (data.target.singleSource) {
    stack.push(...singleSourceBadge(margin, stack.take(badgeHeight)));
    stack.gap(4);
  }
  if (data.target.note)
    stack.text(data.target.note, { x: margin, width: plotWidth, size: smallFontSize, className: 'bar-note' });
  stack.gap(8);

  // The months axis under the one row it measures.
  const axisY = stack.take(4);
  stack.push({ type: 'line', x1: x(0), y1: axisY, x2: x.range()[1]!, y2: axisY, className: 'axis' });
  const tickTop = stack.take(smallFontSize + 8);
  for (const tick of ticks) {
    const tx = round(x(tick));
    stack.push(
      { type: 'line', x1: tx, y1: axisY - 4, x2: tx, y2: axisY + 4, className: 'axis' },
      textMark(tx, tickTop + 2, [String(tick)], smallFontSize, 'tick-label', 'middle'),
    );
  }
  stack.text(data.axisTitle, {
    x: width / 2,
    width: plotWidth,
    size: smallFontSize,
    className: 'axis-title',
    anchor: 'middle',
  });
  stack.gap(12);

  // What has no number: in words, below a rule, off the scale.
  const dividerY = stack.take(10);
  stack.push({ type: 'line', x1: margin, y1: dividerY, x2: width - margin, y2: dividerY, className: 'divider' });
  stack.text('No number given, so not on the scale:', {
    x: margin,
    width: plotWidth,
    size: smallFontSize,
    className: 'words-heading',
  });
  stack.gap(6);
  for (const [row, extra] of [
    [data.today, 'today'],
    [data.parity, 'scenario-2'],
  ] as const) {
    stack.text(row.label, { x: margin, width: plotWidth, size: fontSize, className: `bar-label ${extra}` });
    stack.text(row.text, {
      x: margin + 12,
      width: plotWidth - 12,
      size: fontSize,
      className: markClass('qualitative', singleSourceClass(row.singleSource)),
    });
    if (row.singleSource) stack.push(...singleSourceBadge(margin + 12, stack.take(badgeHeight)));
    if (row.note)
      stack.text(row.note, { x: margin + 12, width: plotWidth - 12, size: smallFontSize, className: 'bar-note' });
    stack.gap(10);
  }
  return { width, height: round(stack.y + margin - 10), marks: stack.marks };
}
