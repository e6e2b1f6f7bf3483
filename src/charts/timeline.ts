import { layout, lineHeightOf, type Mark, markClass, type Scene } from './scene.ts';
import { round, Stack, textMark } from './stack.ts';
import { badgeHeight, drawStatusKey, singleSourceBadge, singleSourceClass } from './status-key.ts';
import { narrowTimelineScene } from './timeline-narrow.ts';
import { formatEventDate, inDateOrder, type TimelineEvent } from './timeline-event.ts';
import { wrapText } from './wrap-text.ts';

/** Below this width the timeline takes its narrow form (timeline-narrow.ts): year headings, short labels. */
export const timelineNarrowBelow = (layout.narrowWidth + layout.wideWidth) / 2;

/**
 * Events in date order down a vertical line, dates on the left, what happened on the right. Spacing
 * is by order, not by time (the events bunch in 2026); gaps of a year or more are marked in words.
 * A narrow column gets its own, more compact form (timeline-narrow.ts).
 */
export function timelineScene(events: TimelineEvent[], width: number = layout.width): Scene {
  const sorted = inDateOrder(events);
  if (width < timelineNarrowBelow) return narrowTimelineScene(sorted, width);
  const { margin, fontSize, smallFontSize } = layout;
  const dateWidth = 94;
  const axisX = margin + dateWidth + 12;
  const textX = axisX + 14;
  const textWidthAvailable = width - textX - margin;
  const stack = new Stack(margin + 4);
  // The key explains the badge; a timeline has no status encodings of its own.
  drawStatusKey(
    stack,
    [],
    width,
    sorted.some((e) => e.singleSource),
  );
  const top = stack.y;
  sorted.forEach((event, i) => {
    const previous = sorted[i - 1];
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
    const dateMarks: Mark[] = [textMark(margin + dateWidth, rowTop, [dateText], fontSize, 'date-label', 'end')];
    if (event.inferred)
      dateMarks.push(
        textMark(
          margin + dateWidth,
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
    if (event.singleSource) dateMarks.push(...singleSourceBadge(margin + dateWidth, rowTop + dateColumn, 'end'));
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
  });
  stack.marks.unshift({
    type: 'line',
    x1: axisX,
    y1: top,
    x2: axisX,
    y2: Math.max(top, stack.y - 10),
    className: 'axis',
  });
  return { width, height: round(stack.y + margin - 6), marks: stack.marks };
}
