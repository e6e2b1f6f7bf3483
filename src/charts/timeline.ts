import { timeFormat, utcParse } from 'd3';
import { layout, type Mark, type Scene } from './scene.ts';
import { wrapText } from './wrap-text.ts';

export interface TimelineEvent {
  key: string;
  /** YYYY-MM-DD; a month or a year is written as its first day. */
  date: string;
  precision: 'day' | 'month' | 'year';
  /** True when no source prints the date: drawn hollow and labelled "inferred". */
  inferred: boolean;
  label: string;
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

/**
 * Events in date order down a vertical line, dates on the left, what happened on the right. Spacing
 * is by order, not by time (the events bunch in 2026); gaps of a year or more are marked in words.
 */
export function timelineScene(events: TimelineEvent[], width: number = layout.width): Scene {
  const { margin, fontSize, smallFontSize, lineHeight } = layout;
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
  const dateWidth = 92;
  const axisX = margin + dateWidth + 8;
  const textX = axisX + 14;
  const textWidthAvailable = width - textX - margin;
  const marks: Mark[] = [];
  let y = margin + 4;
  const top = y;
  sorted.forEach((event, i) => {
    const previous = sorted[i - 1];
    if (previous) {
      const years = (Date.parse(event.date) - Date.parse(previous.date)) / (365.25 * 864e5);
      if (years >= 1) {
        marks.push({
          type: 'text',
          x: textX,
          y: y + smallFontSize,
          lines: [`… about ${Math.round(years)} year${Math.round(years) === 1 ? '' : 's'} later`],
          anchor: 'start',
          className: 'gap-label',
        });
        y += lineHeight + 4;
      }
    }
    const dateText = formatEventDate(event.date, event.precision);
    const dateLines = event.inferred ? [dateText, '(inferred)'] : [dateText];
    marks.push({
      type: 'text',
      x: margin + dateWidth,
      y: y + fontSize,
      lines: dateLines,
      anchor: 'end',
      className: event.inferred ? 'date-label inferred' : 'date-label',
    });
    marks.push({
      type: 'circle',
      cx: axisX,
      cy: y + fontSize * 0.65,
      r: 5,
      className: event.inferred ? 'point inferred' : 'point',
    });
    const lines = wrapText(event.label, textWidthAvailable, fontSize);
    marks.push({ type: 'text', x: textX, y: y + fontSize, lines, anchor: 'start', className: 'event-label' });
    y += Math.max(lines.length, dateLines.length) * lineHeight + 10;
  });
  marks.unshift({ type: 'line', x1: axisX, y1: top, x2: axisX, y2: Math.max(top, y - 10), className: 'axis' });
  return { width, height: y + margin - 6, marks };
}
