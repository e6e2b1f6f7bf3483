import { group, max, scaleLinear } from 'd3';
import { layout, type Mark, type Scene } from './scene.ts';
import { textWidth, wrapText } from './wrap-text.ts';

export interface BarDatum {
  key: string;
  /** What the bar stands for, printed above it. */
  label: string;
  value: number;
  /** The value as printed at the end of the bar. */
  valueLabel: string;
  /** Bars with different units never share an axis: each unit gets its own panel. */
  unit: string;
  /** A definitional baseline (the 1× a ratio is measured against), not a sourced figure. */
  reference?: boolean;
  /** A figure that is not a plain statement (conditional, unverified …): drawn hatched and said in words. */
  status?: string;
  /** A line under the bar, e.g. the condition a figure depends on. */
  note?: string;
}

const barHeight = 20;
const rowGap = 12;

/**
 * Horizontal bars from zero, one panel per unit, labels above the bars and values at their ends,
 * so the chart reads at 320 px and without colour.
 */
export function barsScene(data: BarDatum[], width: number = layout.width): Scene {
  const { margin, fontSize, smallFontSize, lineHeight } = layout;
  const plotWidth = width - 2 * margin;
  const marks: Mark[] = [];
  const panels = group(data, (d) => d.unit);
  let y = margin;
  for (const [unit, rows] of panels) {
    for (const d of rows) {
      if (!(d.value >= 0) || !Number.isFinite(d.value)) {
        throw new Error(`bar "${d.key}": value ${d.value} cannot be drawn as a bar from zero`);
      }
    }
    if (panels.size > 1) {
      marks.push({
        type: 'text',
        x: margin,
        y: y + fontSize,
        lines: [unit.charAt(0).toUpperCase() + unit.slice(1)],
        anchor: 'start',
        className: 'panel-title',
      });
      y += lineHeight + 4;
    }
    const longest = max(rows, (d) => textWidth(d.valueLabel, fontSize)) ?? 0;
    // Leave room for the longest value label after the longest bar, but never squeeze bars below half the
    // width: a label that does not fit goes under its bar.
    const barSpace = Math.max(plotWidth / 2, plotWidth - longest - 6);
    // Percentages are read against the whole: their scale runs to 100% at least.
    const top = max(rows, (d) => d.value) || 1;
    const x = scaleLinear()
      .domain([0, unit === '%' ? Math.max(100, top) : top])
      .range([0, barSpace]);
    for (const d of rows) {
      const labelLines = wrapText(d.label, plotWidth, fontSize);
      marks.push({
        type: 'text',
        x: margin,
        y: y + fontSize,
        lines: labelLines,
        anchor: 'start',
        className: 'bar-label',
      });
      y += labelLines.length * lineHeight + 2;
      const barWidth = round(x(d.value));
      const classes = [
        'bar',
        d.reference ? 'reference' : '',
        d.status && d.status !== 'stated' ? `status-${d.status}` : '',
      ]
        .filter(Boolean)
        .join(' ');
      marks.push({ type: 'rect', x: margin, y, width: barWidth, height: barHeight, className: classes });
      // A zero bar is still a mark: a rule at the origin.
      marks.push({ type: 'line', x1: margin, y1: y - 2, x2: margin, y2: y + barHeight + 2, className: 'axis-origin' });
      // The value goes after the bar when it fits there, else on its own line under the bar: never
      // inside it, where a long label would run off the left edge.
      const labelWidth = textWidth(d.valueLabel, fontSize);
      if (margin + barWidth + 6 + labelWidth <= width - margin) {
        marks.push({
          type: 'text',
          x: margin + barWidth + 6,
          y: y + barHeight / 2 + fontSize * 0.35,
          lines: [d.valueLabel],
          anchor: 'start',
          className: 'value-label',
        });
        y += barHeight + 4;
      } else {
        y += barHeight + 2;
        const valueLines = wrapText(d.valueLabel, plotWidth, fontSize);
        marks.push({
          type: 'text',
          x: margin,
          y: y + fontSize,
          lines: valueLines,
          anchor: 'start',
          className: 'value-label',
        });
        y += valueLines.length * lineHeight + 4;
      }
      if (d.note) {
        const noteLines = wrapText(d.note, plotWidth, smallFontSize);
        marks.push({
          type: 'text',
          x: margin,
          y: y + smallFontSize,
          lines: noteLines,
          anchor: 'start',
          className: 'bar-note',
        });
        y += noteLines.length * lineHeight;
      }
      y += rowGap;
    }
  }
  return { width, height: round(y + margin - rowGap), marks };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
