import { closestPassage } from './closest-passage.ts';
import { foldWhitespace } from './fold-whitespace.ts';

export type QuoteMatch = { found: true; index: number } | { found: false; closest: string };

/** Looks for a quote verbatim in an archived text, whitespace folded; on a miss, says what is closest. */
export function findQuote(quote: string, archive: string): QuoteMatch {
  const index = foldWhitespace(archive).indexOf(foldWhitespace(quote));
  return index >= 0 ? { found: true, index } : { found: false, closest: closestPassage(quote, archive) };
}
