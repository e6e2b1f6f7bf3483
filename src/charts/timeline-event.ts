// What a timeline draws, in either layout (timeline.ts, timeline-narrow.ts): an event, its date as
// precise as the source allows, and how two events' dates compare.
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

/** How many characters of a YYYY-MM-DD date a precision keeps: "2026", "2026-05", "2026-05-14". */
const kept = { year: 4, month: 7, day: 10 } as const;

/**
 * Which of two dated events came first, as far as their dates can tell: negative when `a` is earlier,
 * positive when later, 0 when the dates cannot say (the same day, or "May 2026" and 14 May 2026). A timeline
 * draws its events in the order its chart lists them; the content gate uses this to refuse a list that is
 * not earliest first, and leaves events the dates cannot order in the order the author gave.
 */
export function compareEventDates(
  a: Pick<TimelineEvent, 'date' | 'precision'>,
  b: Pick<TimelineEvent, 'date' | 'precision'>,
): number {
  const length = Math.min(kept[a.precision], kept[b.precision]);
  const [x, y] = [a.date.slice(0, length), b.date.slice(0, length)];
  return x < y ? -1 : x > y ? 1 : 0;
}
