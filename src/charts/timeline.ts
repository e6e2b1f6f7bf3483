import { timeFormat, utcParse } from 'd3';
import { layout, lineHeightOf, type Mark, type Scene } from './scene.ts';
import { round, Stack, textMark } from './stack.ts';
import { badgeHeight, drawStatusKey, singleSourceBadge, singleSourceClass } from './status-key.ts';
import { narrowTimelineScene } from './timeline-narrow.ts';
import { wrapText } from './wrap-text.ts';

export interface TimelineEvent {
  key: string;
  /** A few words for the narrow (phone) layout; the wide layout prints `label` in full. */
  shortLabel?: string;
  /** YYYY-MM-DD; a month or a year is written as its first day. */
  date: string;
  precision: 'day' | 'month' | 'year';
  /** True when no source prints the date: drawn hollow and labelled "inferred". */
  inferred: boolean;
  label: string;
  /** Only one source reports the event, citing none of its own: the point carries the badge. */
  singleSource?: boolean;
}

const parseDate = utcParse('%Y-%m-%d');
const formats = { day: timeFormat('%-d %b %Y'), month: timeFormat('%b %Y'), year: timeFormat('%Y') } as const;

/** "14 May 2026", "Aug 2025", "2022": only as precise as the source allows. */
export function formatEventDate(date: string, precision: TimelineEvent['precision']): string {
  const parsed = parseDate(date);
  if (!parsed) throw new Error(`timeline: "${date}" is not a YYYY-MM-DD date`);
  // timeFormat works in local time; shift the UTC date so the printed day never moves.
  const local = new Date(parsed.getUTCFullYear(), parsed.getUTCMonth(), parsed.getUTCDate());
  return formats[precision](local);
}

/** Below this width the timeline takes its narrow form (timeline-narrow.ts): year headings, short labels. */
export const timelineNarrowBelow = (layout.narrowWidth + layout.wideWidth) / 2;

/**
 * Events in date order down a vertical line, dates on the left, what happened on the right. Spacing
 * is by order, not by time (the events bunch in 2026); gaps of a year or more are marked in words.
 * A narrow column gets its own, more compact form (timeline-narrow.ts).
 */
export function timelineScene(events: TimelineEvent[], width: number = layout.width): Scene {
  if (width < timelineNarrowBelow) return narrowTimelineScene(inDateOrder(events), width);
  const { margin, fontSize, smallFontSize } = layout;
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
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
        className: ['point', event.inferred ? 'inferred' : '', singleSourceClass(event.singleSource)]
          .filter(Boolean)
          .join(' '),
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

/** Earliest first; events on the same day in a fixed order (by key), so the drawing never shuffles. */
export function inDateOrder(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}
