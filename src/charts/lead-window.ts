import { range, scaleLinear } from 'd3';
import { layout, type Mark, type Scene } from './scene.ts';
import { textWidth, wrapText } from './wrap-text.ts';

/** A row that stays in words: the source gives no number, so nothing is put on the scale. */
export interface QualitativeRow {
  label: string;
  text: string;
  /** A line under the row, e.g. the condition the claim depends on. */
  note?: string;
}

export interface LeadWindowData {
  /** Today's lead: "at least several months" — no number. */
  today: QualitativeRow;
  /** The lead that could be locked in by 2028: a range, conditional. */
  target: { label: string; low: number; high: number; valueLabel: string; note?: string };
  /** The other scenario: parity or worse, drawn at zero lead. */
  parity: QualitativeRow;
  /** Axis title, with its unit. */
  axisTitle: string;
}

/**
 * The lead window: today's qualitative lead in words, the 12–24 month target drawn as a range
 * (never a single number), and the other scenario at zero lead, on one months axis.
 */
export function leadWindowScene(data: LeadWindowData, width: number = layout.width): Scene {
  const { margin, fontSize, smallFontSize, lineHeight } = layout;
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
  const marks: Mark[] = [];
  let y = margin;

  const label = (text: string) => {
    const lines = wrapText(text, plotWidth, fontSize);
    marks.push({ type: 'text', x: margin, y: y + fontSize, lines, anchor: 'start', className: 'bar-label' });
    y += lines.length * lineHeight + 4;
  };
  const words = (text: string, className: string, size: number = fontSize) => {
    const lines = wrapText(text, plotWidth - 16, size);
    marks.push({ type: 'text', x: margin + 16, y: y + size, lines, anchor: 'start', className });
    y += lines.length * lineHeight;
  };

  // Today: words only, set off by a rule so it is not read against the axis below.
  label(data.today.label);
  const ruleTop = y;
  words(data.today.text, 'qualitative');
  // The dotted rule runs the height of the words it marks.
  marks.push({
    type: 'line',
    x1: margin + 4,
    y1: ruleTop + 2,
    x2: margin + 4,
    y2: y + 2,
    className: 'qualitative-rule',
  });
  y += 14;
  marks.push({ type: 'line', x1: margin, y1: y, x2: width - margin, y2: y, className: 'divider' });
  y += 10;

  // The target range, with caps at both ends.
  label(data.target.label);
  const x0 = round(x(low));
  const x1 = round(x(high));
  marks.push({
    type: 'rect',
    x: x0,
    y,
    width: round(Math.max(x1 - x0, 2)),
    height: 20,
    className: 'bar range status-conditional',
  });
  marks.push({ type: 'line', x1: x0, y1: y - 3, x2: x0, y2: y + 23, className: 'range-cap' });
  marks.push({ type: 'line', x1: x1, y1: y - 3, x2: x1, y2: y + 23, className: 'range-cap' });
  // The value label starts under the range, or ends at its far cap when it would run off the edge.
  const fitsFromStart = x0 + textWidth(data.target.valueLabel, fontSize) <= width - margin;
  marks.push({
    type: 'text',
    x: fitsFromStart ? x0 : x1,
    y: y + 20 + fontSize + 4,
    lines: [data.target.valueLabel],
    anchor: fitsFromStart ? 'start' : 'end',
    className: 'value-label',
  });
  y += 20 + lineHeight + 8;
  if (data.target.note) words(data.target.note, 'bar-note', smallFontSize);
  y += 12;

  // The other scenario: at zero lead.
  label(data.parity.label);
  const xZero = round(x(0));
  marks.push({ type: 'circle', cx: xZero, cy: y + 9, r: 7, className: 'point' });
  const parityLines = wrapText(data.parity.text, width - xZero - 20 - margin, fontSize);
  marks.push({
    type: 'text',
    x: xZero + 14,
    y: y + 9 + fontSize * 0.35,
    lines: parityLines,
    anchor: 'start',
    className: 'value-label',
  });
  y += Math.max(22, parityLines.length * lineHeight + 6);
  if (data.parity.note) words(data.parity.note, 'bar-note', smallFontSize);
  y += 10;

  // The months axis under the rows it measures.
  marks.push({ type: 'line', x1: x(0), y1: y, x2: x.range()[1]!, y2: y, className: 'axis' });
  for (const tick of ticks) {
    const tx = round(x(tick));
    marks.push({ type: 'line', x1: tx, y1: y - 4, x2: tx, y2: y + 4, className: 'axis' });
    marks.push({
      type: 'text',
      x: tx,
      y: y + 4 + fontSize,
      lines: [String(tick)],
      anchor: 'middle',
      className: 'tick-label',
    });
  }
  y += 4 + lineHeight + 4;
  const title = wrapText(data.axisTitle, plotWidth, smallFontSize);
  marks.push({
    type: 'text',
    x: width / 2,
    y: y + smallFontSize,
    lines: title,
    anchor: 'middle',
    className: 'axis-title',
  });
  y += title.length * lineHeight + margin;
  return { width, height: round(y), marks };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
