import { layout, lineHeightOf, type Mark, markClass, type Scene } from './scene.ts';
import { round, Stack, textMark } from './stack.ts';
import { badgeHeight, drawStatusKey, singleSourceBadge, singleSourceClass } from './status-key.ts';
import { narrowTimelineScene } from './timeline-narrow.ts';
import { formatEventDate, type TimelineEvent } from './timeline-event.ts';
import { textWidth, wrapText } from './wrap-text.ts';

/** Below this width the timeline takes its narrow form (timeline-narrow.ts): year headings, short labels. */
export const timelineNarrowBelow = (layout.narrowWidth + layout.wideWidth) / 2;

/**
 * Events down a vertical line in the order given, which the content gate keeps earliest first
 * (compareEventDates), so the drawing, its table, its data file and its description list them alike.
 * Dates on the left, what happened on the right. Spacing is by order, not by time (the events bunch in
 * 2026); gaps of a year or more are marked in words. A narrow column gets its own, more compact form
 * (timeline-narrow.ts).
 */
export function timelineScene(events: TimelineEvent[], width: number = layout.width): Scene {
  if (width < timelineNarrowBelow) return narrowTimelineScene(events, width);
  const key = timelineKey(events, width);
  const column = eventColumn(events, 0, events.length, { left: 0, width, top: key.y });
  return {
    width,
    height: round(column.bottom + layout.margin - 6),
    marks: [column.axis, ...key.marks, ...column.marks],
  };
}

/**
 * The 1200×675 slide's form: the wide timeline in two columns side by side, the earlier half on the left,
 * under one key. In one column a dozen events are too tall for the slide and print at about 9 px; side by
 * side they print at about twice that (standalone-svg.ts picks whichever form reads largest).
 */
export function timelineColumnsScene(events: TimelineEvent[], columnWidth: number = layout.wideWidth): Scene {
  const gap = 24;
  const width = 2 * columnWidth + gap;
  const key = timelineKey(events, width);
  const half = Math.ceil(events.length / 2);
  const columns = [
    eventColumn(events, 0, half, { left: 0, width: columnWidth, top: key.y }),
    eventColumn(events, half, events.length, { left: columnWidth + gap, width: columnWidth, top: key.y }),
  ];
  return {
    width,
    height: round(Math.max(...columns.map((c) => c.bottom)) + layout.margin - 6),
    marks: [...columns.map((c) => c.axis), ...key.marks, ...columns.flatMap((c) => c.marks)],
  };
}

/** The key explains the badge; a timeline has no status encodings of its own. */
function timelineKey(events: TimelineEvent[], width: number): Stack {
  const stack = new Stack(layout.margin + 4);
  drawStatusKey(
    stack,
    [],
    width,
    events.some((e) => e.singleSource),
  );
  return stack;
}

/**
 * Events `from` to `to` of the list down one vertical line, in a column `width` wide starting `left`
 * units in and `top` units down. A gap of a year or more from the event before is said in words, even
 * when that event ends the column to the left.
 */
function eventColumn(
  events: TimelineEvent[],
  from: number,
  to: number,
  box: { left: number; width: number; top: number },
): { axis: Mark; marks: Mark[]; bottom: number } {
  const { margin, fontSize, smallFontSize } = layout;
  // As wide as the widest date of the column (DejaVu's digits run wider than the estimate: 15% more), so a
  // right-aligned "30 Apr 2025" never starts left of the drawing.
  const dateWidth = Math.max(
    94,
    ...events.slice(from, to).map((e) => Math.ceil(textWidth(formatEventDate(e.date, e.precision), fontSize) * 1.15)),
  );
  const dateRight = box.left + margin + dateWidth;
  const axisX = dateRight + 12;
  const textX = axisX + 14;
  const textWidthAvailable = box.left + box.width - textX - margin;
  const stack = new Stack(box.top);
  for (let i = from; i < to; i++) {
    const event = events[i]!;
    const previous = events[i - 1];
    if (previous) {
      const years = Math.round((Date.parse(event.date) - Date.parse(previous.date)) / (365.25 * 864e5));
      if (years >= 1) {
        stack.text(`… about ${years} year${years === 1 ? '' : 's'} later`, {
          x: textX,
          width: textWidthAvailable,
          size: smallFontSize,
          className: 'gap-label',
        });
        stack.gap(4);
      }
    }
    const dateText = formatEventDate(event.date, event.precision);
    const rowTop = stack.y;
    const dateMarks: Mark[] = [textMark(dateRight, rowTop, [dateText], fontSize, 'date-label', 'end')];
    if (event.inferred)
      dateMarks.push(
        textMark(
          dateRight,
          rowTop + lineHeightOf(fontSize),
          ['(inferred)'],
          smallFontSize,
          'date-label inferred',
          'end',
        ),
      );
    // The single-source badge sits in the date column, under the date (and "(inferred)").
    const dateColumn =
      lineHeightOf(fontSize) + (event.inferred ? lineHeightOf(smallFontSize) : 0) + (event.singleSource ? 2 : 0);
    if (event.singleSource) dateMarks.push(...singleSourceBadge(dateRight, rowTop + dateColumn, 'end'));
    const lines = wrapText(event.label, textWidthAvailable, fontSize);
    const height = Math.max(lines.length * lineHeightOf(fontSize), dateColumn + (event.singleSource ? badgeHeight : 0));
    stack.take(height);
    stack.push(
      ...dateMarks,
      {
        type: 'circle',
        cx: axisX,
        cy: round(rowTop + fontSize * 0.6),
        r: 5,
        className: markClass('point', event.inferred ? 'inferred' : '', singleSourceClass(event.singleSource)),
      },
      textMark(textX, rowTop, lines, fontSize, 'event-label'),
    );
    stack.gap(10);
  }
  const axis: Mark = {
    type: 'line',
    x1: axisX,
    y1: box.top,
    x2: axisX,
    y2: Math.max(box.top, stack.y - 10),
    className: 'axis',
  };
  return { axis, marks: stack.marks, bottom: stack.y };
}
