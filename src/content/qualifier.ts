// Issue 14, item 3: a figure's hedge travels with its number. If a quote says "roughly 11 times" and
// the figure has no qualifier, the site would print a bare "11×": the gate refuses that figure.
import { hasWords } from './has-words.ts';
import { numbersInText } from './numbers-in-text.ts';

/** The hedges that change what a number means, longest first so "more than" wins over "more". */
export const qualifierWords = [
  'approximately',
  'more than',
  'at least',
  'roughly',
  'nearly',
  'almost',
  'about',
  'up to',
  'over',
] as const;

/**
 * The qualifier a quote puts right before one of the figure's numbers (at most one word, such as "$" or
 * "the", in between), if any. Numbers are read as numbersInText reads them: "over 16 million" is a hedge on
 * 16000000, "roughly ten times" one on 10.
 */
export function qualifierBeforeNumber(quote: string, values: readonly number[]): string | undefined {
  for (const number of numbersInText(quote)) {
    if (!values.some((v) => sameNumber(v, number.value))) continue;
    // A currency sign belongs to the number: "over $2.5 billion".
    const before = quote
      .slice(Math.max(0, number.index - 40), number.index)
      .replace(/\$$/, '')
      .toLowerCase();
    for (const word of qualifierWords) {
      if (new RegExp(`(?:^|[^\\p{L}])${word}\\s+(?:\\S+\\s+)?$`, 'u').test(before)) return word;
    }
  }
  return undefined;
}

/** Equal up to floating point: 2.5 × 1e9 is 2500000000. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** True when the quote holds the qualifier as whole words ("over", not "overtaking"), in any case. */
export function quoteHasQualifier(quote: string, qualifier: string): boolean {
  return hasWords(quote, qualifier);
}
