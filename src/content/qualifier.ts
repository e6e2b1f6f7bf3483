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
 * What a hedge says of the number: about it, at most it, or at least it. "Roughly 11" and "about 11" say the same;
 * "more than 11" says another thing.
 */
const qualifierKinds: Record<string, 'about' | 'at most' | 'at least'> = {
  approximately: 'about',
  roughly: 'about',
  about: 'about',
  nearly: 'at most',
  almost: 'at most',
  'up to': 'at most',
  'more than': 'at least',
  'at least': 'at least',
  over: 'at least',
};

/** Whether two qualifiers say the same of a number ("roughly" and "about"), in any case. */
export function sameKindOfQualifier(a: string, b: string): boolean {
  const kind = qualifierKinds[a.toLowerCase()];
  return kind !== undefined && kind === qualifierKinds[b.toLowerCase()];
}

/** Whether a figure's qualifier is one of the hedges above (not an emphasis such as "just"), in any case. */
export function isHedgeQualifier(qualifier: string | undefined): boolean {
  return qualifierWords.some((w) => w === qualifier?.toLowerCase());
}

/**
 * The qualifier a quote puts right before one of the figure's numbers (at most one word, such as "$" or
 * "the", in between), if any. Numbers are read as numbersInText reads them: "over 16 million" is a hedge on
 * 16000000, "roughly ten times" one on 10.
 */
export function qualifierBeforeNumber(quote: string, values: readonly number[]): string | undefined {
  for (const number of numbersInText(quote)) {
    if (!values.some((v) => sameNumber(v, number.value))) continue;
    const word = qualifierWords.find((w) => standsBefore(quote, number.index, w));
    if (word) return word;
  }
  return undefined;
}

/** Whether `word` stands right before the number at `index` (at most one word between; a "$" belongs to the number). */
function standsBefore(quote: string, index: number, word: string): boolean {
  const before = quote
    .slice(Math.max(0, index - 40), index)
    .replace(/\$$/, '')
    .toLowerCase();
  const escaped = word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\p{L}])${escaped}\\s+(?:\\S+\\s+)?$`, 'u').test(before);
}

/**
 * True when `quote` puts `qualifier` right before one of the figure's numbers (at most one word, such as "$" or
 * "the", between): "roughly 11 times", "more than 24,000", "over $2.5 billion".
 */
export function qualifierOnNumber(quote: string, qualifier: string, values: readonly number[]): boolean {
  return numbersInText(quote).some(
    (number) =>
      values.some((v) => sameNumber(Math.abs(v), number.value)) && standsBefore(quote, number.index, qualifier),
  );
}

/** Equal up to floating point: 2.5 × 1e9 is 2500000000. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** True when the quote holds the qualifier as whole words ("over", not "overtaking"), in any case. */
export function quoteHasQualifier(quote: string, qualifier: string): boolean {
  return hasWords(quote, qualifier);
}
