// Issue 14, item 3: a figure's hedge travels with its number. If a quote says "roughly 11 times" and
// the figure has no qualifier, the site would print a bare "11×": the gate refuses that figure.

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

const numberPattern = /\$?(\d[\d,]*(?:\.\d+)?)/g;

/**
 * The qualifier a quote puts right before one of the figure's numbers (at most one word, such as "$" or
 * "the", in between), if any.
 */
export function qualifierBeforeNumber(quote: string, values: readonly number[]): string | undefined {
  for (const match of quote.matchAll(numberPattern)) {
    const value = Number(match[1]!.replace(/,/g, ''));
    if (!values.includes(value)) continue;
    const before = quote.slice(Math.max(0, match.index - 40), match.index).toLowerCase();
    for (const word of qualifierWords) {
      if (new RegExp(`(?:^|[^\\p{L}])${word}\\s+(?:\\S+\\s+)?$`, 'u').test(before)) return word;
    }
  }
  return undefined;
}
