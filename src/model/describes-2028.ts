import type { Figure } from '../schemas.ts';

/**
 * A figure of 2028: its `period` names the year. Any other figure with a date or a period describes today or
 * the past. The scenarios page files the two apart, and a lead window tells today's lead from the other
 * scenario's 2028 by it.
 */
export function describes2028(f: Pick<Figure, 'period'>): boolean {
  return !!f.period && /2028/.test(f.period);
}
