import { closestPassage } from './closest-passage.ts';
import { foldWhitespace } from './fold-whitespace.ts';
import { codePoint } from './shown.ts';

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
 * atWordBoundaries for our own prose's quotations, with one allowance: a capital letter starts a word even with
 * no space before it, because the archived pages run headings into the text that follows them ("The Mythos
 * Preview wake-up callMythos Preview…"). Quotes in citations keep the strict rule.
 */
export function atWordStarts(folded: string, index: number, length: number): boolean {
  const capital = /\p{Lu}/u;
  const inside = (i: number) =>
    wordChar.test(folded[i] ?? '') && wordChar.test(folded[i - 1] ?? '') && !capital.test(folded[i] ?? '');
  return !inside(index) && !inside(index + length);
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

/** A character as a reviewer can tell it from its look-alikes: “А” (U+0410). */
function named(char: string): string {
  return `“${char}” (${codePoint(char)})`;
}

/**
 * Why a quote that looks right is not verbatim, where the closest passage alone would not show it: the words
 * are there but begin or end inside a word, or the closest passage differs only in characters that look alike
 * (a Cyrillic “А”, a curly apostrophe). Undefined when the closest passage shows the difference well enough.
 */
export function whyNotVerbatim(quote: string, archive: string, closest: string): string | undefined {
  const [q, folded, c] = [foldWhitespace(quote), foldWhitespace(archive), foldWhitespace(closest)];
  const at = folded.indexOf(q);
  if (q && at >= 0) {
    const context = folded.slice(Math.max(0, at - 12), Math.min(folded.length, at + q.length + 12));
    return `the words are there, but begin or end inside a word ("…${context}…"): a quote starts and ends at whole words`;
  }
  const i = [...q].findIndex((char, k) => char !== [...c][k]);
  if (i < 0 || [...q].length !== [...c].length) return undefined;
  const differing = [...q].filter((char, k) => char !== [...c][k]).length;
  if (differing > 3) return undefined;
  return `it differs from the closest passage at character ${i + 1}: the quote has ${named([...q][i]!)}, the text ${named([...c][i]!)}`;
}

/** The number of words of a quote, after folding. */
export function wordCount(quote: string): number {
  const folded = foldWhitespace(quote);
  return folded ? folded.split(' ').length : 0;
}
