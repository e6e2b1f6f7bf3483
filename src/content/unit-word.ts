// A percentage, a multiple or a dollar sum is printed with its unit ("94 percent", "roughly 11 times", "$2.5
// billion"): a quote that gives the figure's number only as something else ("one study" for a value of 1) does not
// give the figure. (Counts of time are checked with their unit in checkConditionAndUnit.)
import { numbersInText } from './numbers-in-text.ts';
import { sameNumber } from './qualifier.ts';

/** What follows a number of each unit, right after it. */
const unitAfter: Record<string, RegExp> = {
  '%': /^\s*(?:%|percent(?!\p{L})|per cent(?!\p{L}))/iu,
  x: /^(?:\s*(?:times(?!\p{L})|×|x(?!\p{L}))|-?fold(?!\p{L}))/iu,
  USD: /^\s*dollars(?!\p{L})/iu,
};

/** The units this check knows; a figure in another unit is not checked here. */
export const unitsPrintedWithNumber = Object.keys(unitAfter);

/** Whether `quote` prints one of `values` with `unit` (a "$" before it counts for USD). */
export function printsWithUnit(quote: string, values: readonly number[], unit: string): boolean {
  const after = unitAfter[unit];
  if (!after) return true;
  return numbersInText(quote).some((n) => {
    if (!values.some((v) => sameNumber(Math.abs(v), n.value))) return false;
    if (unit === 'USD' && quote[n.index - 1] === '$') return true;
    // Past the number as written: its digits and scale ("2.5 billion"), or its word ("ten").
    const rest = quote
      .slice(n.index)
      .replace(/^[\d.,]+(?:\s*(?:thousand|million|billion|trillion)(?!\p{L}))?|^\p{L}+/u, '');
    return after.test(rest);
  });
}
