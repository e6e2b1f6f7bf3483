// A count's unit is the noun the source puts after its number: "more than 24,000 fraudulent accounts to generate over
// 16 million exchanges" gives 24,000 accounts and 16 million exchanges, never 24,000 exchanges. A unit the quote puts
// after another of its numbers, and not after the figure's own, is the other number's.
import { numbersInText } from './numbers-in-text.ts';
import { sameNumber } from './qualifier.ts';
import { wordStem } from './word-stem.ts';

/** How many words after a number its noun may stand ("24,000 fraudulent accounts", "16 million exchanges"). */
const nounWithin = 3;

/** A number as written: its digits and scale ("16 million"), or its word ("three"). */
const written = /^[\d.,]*\d(?:\s*(?:thousand|million|billion|trillion)(?!\p{L}))?|^\p{L}+/iu;

/** The stems of the first words after the number written at `index`. */
function stemsAfter(quote: string, index: number): string[] {
  const rest = quote.slice(index).replace(written, '');
  return (rest.match(/[\p{L}]+/gu) ?? []).slice(0, nounWithin).map(wordStem);
}

/**
 * Another number of `quote` that `unit` follows, as written ("16 million"), when it follows none of `values`: the
 * unit belongs to that number. Undefined when the unit follows one of the values, or no number at all.
 */
export function unitOfAnotherNumber(quote: string, values: readonly number[], unit: string): string | undefined {
  const stem = wordStem(unit);
  let other: string | undefined;
  for (const n of numbersInText(quote)) {
    if (!stemsAfter(quote, n.index).includes(stem)) continue;
    if (values.some((v) => sameNumber(Math.abs(v), n.value))) return undefined;
    other ??= written.exec(quote.slice(n.index))![0];
  }
  return other;
}
