import { timeFormat } from 'd3';
import { layout, lineHeightOf, type Mark, markClass, type Scene } from './scene.ts';
import { round, Stack, textMark } from './stack.ts';
import { formatEventDate, type TimelineEvent } from './timeline-event.ts';
import { badgeHeight, drawStatusKey, singleSourceBadge, singleSourceClass } from './status-key.ts';
import { textWidth, wrapText } from './wrap-text.ts';

const dayMonth = { day: timeFormat('%-d %b'), month: timeFormat('%b') } as const;

/** The date under its year heading: "30 Apr", "Aug (inferred)"; nothing for a year-only date (the heading says it). */
export function narrowDateText(event: TimelineEvent): string {
  if (event.precision === 'year') return '';
  const [y, m, d] = event.date.split('-').map(Number);
  // Built in local time from the parts, as formatEventDate does, so the printed day never moves.
  const text = dayMonth[event.precision](new Date(y!, m! - 1, d!));
  return event.inferred ? `${text} (inferred)` : text;
}

/**
 * The timeline for a phone column: one heading per year on the line, then each event's date in small
 * type above its short label, both starting right of the line, so a label gets the whole width instead
 * of sharing it with a date column. Every event below a year prints its own date. About half the
 * height of the wide layout; the full labels stay in the data table and the description.
 */
export function narrowTimelineScene(events: TimelineEvent[], width: number): Scene {
  const { margin, fontSize, smallFontSize } = layout;
  const axisX = margin + 6;
  const textX = axisX + 14;
  // The single-source badge sits on the date line, so a label may run to the margin.
  const labelWidth = width - textX - margin;
  const stack = new Stack(margin + 4);
  // The key explains the single-source badge, as in the wide layout.
  drawStatusKey(
    stack,
    [],
    width,
    events.some((e) => e.singleSource),
  );
  let firstY: number | undefined;
  let lastY = stack.y;
  events.forEach((event, i) => {
    const previous = events[i - 1];
    // formatEventDate refuses a date that is not YYYY-MM-DD, naming it.
    const year = formatEventDate(event.date, 'year');
    if (!previous || !previous.date.startsWith(year)) {
      if (previous) stack.gap(6);
      const rowTop = stack.take(lineHeightOf(fontSize));
      const tickY = round(rowTop + fontSize * 0.55);
      firstY ??= tickY;
      // The heading is bold by the stylesheet's value-label rule (a year is the value this axis reads).
      stack.push(
        { type: 'line', x1: axisX - 6, y1: tickY, x2: axisX + 6, y2: tickY, className: 'axis year-tick' },
        textMark(textX, rowTop, [year], fontSize, 'year-label value-label'),
      );
      stack.gap(2);
    }
    // Every event under a year prints its own date, even one it shares with the event above: a shared
    // line read as an event with no date, and put a badge where the date should be.
    const dateText = narrowDateText(event);
    const ownDateLine = dateText !== '';
    if (ownDateLine || event.singleSource) {
      // The single-source badge goes on the event's own date line, after the date; an event dated only to
      // its year gets a line for the badge alone.
      const lineTop = stack.take(
        event.singleSource ? Math.max(badgeHeight, lineHeightOf(smallFontSize)) : lineHeightOf(smallFontSize),
      );
      if (ownDateLine) {
        const className = event.inferred ? 'date-label inferred' : 'date-label';
        stack.push(textMark(textX, lineTop, [dateText], smallFontSize, className));
      }
      if (event.singleSource) {
        const badgeX = ownDateLine ? textX + textWidth(dateText, smallFontSize) + 8 : textX;
        stack.push(...singleSourceBadge(badgeX, lineTop));
      }
    }
    const lines = wrapText(event.shortLabel ?? event.label, labelWidth, fontSize);
    const rowTop = stack.take(lines.length * lineHeightOf(fontSize));
    lastY = round(rowTop + fontSize * 0.6);
    const marks: Mark[] = [
      {
        type: 'circle',
        cx: axisX,
        cy: lastY,
        r: 5,
        className: markClass('point', event.inferred ? 'inferred' : '', singleSourceClass(event.singleSource)),
      },
      textMark(textX, rowTop, lines, fontSize, 'event-label'),
    ];
    stack.push(...marks);
    // 5 units between events (6 with 15-unit labels): with labels at the page's 16 px, more of them wrap,
    // and a phone reader should still reach the chart page's share panel within two screens.
    stack.gap(5);
  });
  stack.marks.unshift({ type: 'line', x1: axisX, y1: firstY ?? lastY, x2: axisX, y2: lastY, className: 'axis' });
  return { width, height: round(stack.y + margin - 4), marks: stack.marks };
}
