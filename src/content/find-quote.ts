import { closestPassage } from './closest-passage.ts';
import { foldWhitespace } from './fold-whitespace.ts';

export type QuoteMatch = { found: true; index: number } | { found: false; closest: string };

const wordChar = /[\p{L}\p{M}\p{N}]/u;

/** True when `folded[index … index+length)` neither starts nor ends inside a word. */
export function atWordBoundaries(folded: string, index: number, length: number): boolean {
  const first = folded[index] ?? '';
  const last = folded[index + length - 1] ?? '';
  const before = folded[index - 1] ?? '';
  const after = folded[index + length] ?? '';
  return !(wordChar.test(first) && wordChar.test(before)) && !(wordChar.test(last) && wordChar.test(after));
}

/**
 * Every place a folded needle sits at word boundaries in a folded text, within [from, to).
 * One pass of indexOf: linear in the text.
 */
export function wordMatches(needle: string, folded: string, from = 0, to = folded.length): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = folded.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = folded.indexOf(needle, i + 1)) {
    if (atWordBoundaries(folded, i, needle.length)) out.push(i);
  }
  return out;
}

/**
 * Looks for a quote verbatim in an archived text, whitespace folded, starting and ending at word
 * boundaries, optionally only inside [span.from, span.to) of the folded text; on a miss, says what is closest.
 */
export function findQuote(quote: string, archive: string, span?: { from: number; to: number }): QuoteMatch {
  const folded = foldWhitespace(archive);
  const [index] = wordMatches(foldWhitespace(quote), folded, span?.from, span?.to);
  return index !== undefined ? { found: true, index } : { found: false, closest: closestPassage(quote, archive) };
}

/** The number of words of a quote, after folding. */
export function wordCount(quote: string): number {
  const folded = foldWhitespace(quote);
  return folded ? folded.split(' ').length : 0;
}
