import { group, max, scaleLinear } from 'd3';
import type { FigureStatus } from '../schemas.ts';
import { layout, lineHeightOf, markClass, type Scene } from './scene.ts';
import { round, Stack, textMark } from './stack.ts';
import { badgeHeight, drawStatusKey, singleSourceBadge, singleSourceClass, statusClass } from './status-key.ts';
import { textWidth } from './wrap-text.ts';

export interface BarDatum {
  key: string;
  /** What the bar stands for in a few words, printed above it (the full definition is in the table). */
  label: string;
  value: number;
  /** The value as printed at the end of the bar. */
  valueLabel: string;
  /** Bars with different units never share an axis: each unit gets its own panel. */
  unit: string;
  /** A definitional baseline (the 1× a ratio is measured against), not a sourced figure. */
  reference?: boolean;
  /** A figure that is not a plain statement (conditional, unverified …): its own encoding, in the key. */
  status?: FigureStatus;
  /** A line under the bar, e.g. the condition a figure depends on. */
  note?: string;
  /** Only one source carries the figure, citing none of its own: the bar carries the badge. */
  singleSource?: boolean;
}

const barHeight = 20;
const rowGap = 12;
/** Value labels are bold, and bold glyphs run wider than wrapText's estimate for regular text. */
const boldSize = layout.fontSize * 1.1;

/**
 * Horizontal bars from zero, one panel per unit, labels above the bars and values at their ends, so
 * the chart reads at 320 px and without colour. A panel holding a single figure (not a percentage) has
 * nothing to be read against, so it is printed as a number, not drawn as a bar on a scale of its own.
 */
export function barsScene(data: BarDatum[], width: number = layout.width): Scene {
  const { margin, fontSize, smallFontSize } = layout;
  const plotWidth = width - 2 * margin;
  const stack = new Stack(margin);
  const panels = group(data, (d) => d.unit);
  // A percentage is read against the whole (0–100%), so even alone it keeps its bar.
  const isLone = (rows: BarDatum[], unit: string | undefined) => rows.length === 1 && unit !== '%';
  // The key explains the bars' patterns: a figure printed as a number, not drawn, says its status in words.
  const drawn = [...panels].flatMap(([unit, rows]) => (isLone(rows, unit) ? [] : rows));
  drawStatusKey(
    stack,
    drawn.map((d) => (d.reference ? undefined : (d.status ?? 'stated'))),
    width,
    data.some((d) => d.singleSource && !d.reference),
  );
  for (const [unit, rows] of panels) {
    for (const d of rows) {
      if (!(d.value >= 0) || !Number.isFinite(d.value)) {
        throw new Error(`bar "${d.key}": value ${d.value} cannot be drawn as a bar from zero`);
      }
    }
    const lone = isLone(rows, unit);
    // Percentages are read against the whole: their scale runs to 100% at least.
    const top = max(rows, (d) => d.value) || 1;
    const domainTop = unit === '%' ? Math.max(100, top) : top;
    // The bars run as long as leaves room for each figure's value label after its bar, but never shorter than
    // half the width: a label that does not fit goes under its bar. The baseline (the whole, 100% or 1×) needs no
    // such room: drawn as long as the plot, its label goes under it, and the figures against it read larger.
    const room = (d: BarDatum) => (plotWidth - 6 - textWidth(d.valueLabel, boldSize)) / (d.value / domainTop);
    const barSpace = Math.max(
      plotWidth / 2,
      Math.min(plotWidth, ...rows.filter((d) => !d.reference && d.value > 0).map(room)),
    );
    const x = scaleLinear().domain([0, domainTop]).range([0, barSpace]);
    for (const d of rows) {
      stack.text(d.label, { x: margin, width: plotWidth, size: fontSize, className: 'bar-label' });
      stack.gap(2);
      if (lone) {
        // The number alone, with its status in words: no bar, because it shares no scale.
        stack.text(d.valueLabel, {
          x: margin,
          width: plotWidth,
          size: fontSize,
          className: markClass('value-label lone', singleSourceClass(d.singleSource)),
        });
      } else {
        const barWidth = round(x(d.value));
        const classes = d.reference
          ? markClass('bar', 'reference')
          : markClass('bar', statusClass(d.status), singleSourceClass(d.singleSource));
        const y = stack.take(barHeight);
        stack.push(
          { type: 'rect', x: margin, y, width: barWidth, height: barHeight, className: classes },
          // A zero bar is still a mark: a rule at the origin.
          { type: 'line', x1: margin, y1: y - 2, x2: margin, y2: y + barHeight + 2, className: 'axis-origin' },
        );
        // The value goes after the bar when it fits there, else on its own line under the bar: never
        // inside it, where a long label would run off the left edge.
        const labelWidth = textWidth(d.valueLabel, boldSize);
        if (margin + barWidth + 6 + labelWidth <= width - margin) {
          stack.push(
            textMark(
              margin + barWidth + 6,
              y + (barHeight - lineHeightOf(fontSize)) / 2 + 1,
              [d.valueLabel],
              fontSize,
              'value-label',
            ),
          );
          stack.gap(4);
        } else {
          stack.gap(2);
          stack.text(d.valueLabel, { x: margin, width: plotWidth, size: fontSize, className: 'value-label' });
          stack.gap(4);
        }
      }
      // The badge on its own line under the value, where it never collides with a label.
      if (d.singleSource && !d.reference) stack.push(...singleSourceBadge(margin, stack.take(badgeHeight)));
      if (d.note) stack.text(d.note, { x: margin, width: plotWidth, size: smallFontSize, className: 'bar-note' });
      stack.gap(rowGap);
    }
  }
  return { width, height: round(stack.y + margin - rowGap), marks: stack.marks };
}
