// A figure given in words ("at least several months") shows those words on its chart, in quotation marks where a quote
// holds them as they stand: they are the source's, reworded at most for grammar ("fixed" for "fix"), never new.
import { foldWhitespace } from './fold-whitespace.ts';
import { qualifierWords } from './qualifier.ts';
import { wordStem as stem } from './word-stem.ts';

/** Words a rewording may add or change for grammar alone. */
const grammarWords = new Set(
  'a an the be been being is are was were by of to in on at for from with and or that than as it its has have had'.split(
    ' ',
  ),
);

const wordsOf = (text: string) => text.match(/[\p{L}\p{N}]+(?:[’'][\p{L}]+)?/gu) ?? [];

/** The words of `qualitative` that none of `quotes` gives in any form, grammar words aside, in order. */
export function wordsNotInQuotes(qualitative: string, quotes: readonly string[]): string[] {
  const given = new Set(quotes.flatMap((q) => wordsOf(q).map(stem)));
  return wordsOf(qualitative).filter((w) => !grammarWords.has(w.toLowerCase()) && !given.has(stem(w)));
}

/**
 * The hedge a quote puts right before the words where it holds them as they stand ("at least" before "several
 * months"): cut there, the words read surer than the source.
 */
export function hedgeCutOff(qualitative: string, quotes: readonly string[]): string | undefined {
  const words = foldWhitespace(qualitative).toLowerCase();
  for (const quote of quotes) {
    const folded = foldWhitespace(quote).toLowerCase();
    for (let at = folded.indexOf(words); at >= 0; at = folded.indexOf(words, at + 1)) {
      const before = folded.slice(0, at).trimEnd();
      const hedge = qualifierWords.find((h) => new RegExp(`(?:^|[^\\p{L}])${h}$`, 'u').test(before));
      if (hedge && !words.startsWith(hedge)) return hedge;
    }
  }
  return undefined;
}
