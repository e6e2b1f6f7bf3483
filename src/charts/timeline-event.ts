// What a timeline draws, in either layout (timeline.ts, timeline-narrow.ts): an event, its date as
// precise as the source allows, and the order events are drawn in.
import { timeFormat, utcParse } from 'd3';

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

/** Earliest first; events on the same day in a fixed order (by key), so the drawing never shuffles. */
export function inDateOrder(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}
