import { format } from 'd3';

/** What a value label needs to know of a figure. */
export interface ValueParts {
  value: number;
  unit?: string | undefined;
  qualifier?: string | undefined;
}

const grouped = format(',');

/** "4%", "almost 20×", "more than 24,000 accounts", "$2.5 billion": the number as a reader says it. */
export function formatValue({ value, unit, qualifier }: ValueParts): string {
  const number = formatNumber(value);
  let text: string;
  if (unit === '%') text = `${number}%`;
  else if (unit === 'x') text = `${number}×`;
  else if (unit === 'USD') text = `$${number}`;
  else text = unit ? `${number} ${unit}` : number;
  return qualifier ? `${qualifier} ${text}` : text;
}

/** Whole numbers with thousands separators; millions and billions in words, as the articles write them. */
export function formatNumber(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9 && value % 1e8 === 0) return `${trim(value / 1e9)} billion`;
  if (abs >= 1e6 && value % 1e5 === 0) return `${trim(value / 1e6)} million`;
  return Number.isInteger(value) ? grouped(value) : trim(value);
}

/** The number with every digit it was given (2.125 stays 2.125: rounding would print a number no source
 *  gives), less the floating-point noise of dividing by a million or a billion. */
function trim(value: number): string {
  return String(Number(value.toPrecision(12)));
}
