// Links that scroll to, and highlight, a quoted passage in its source page, using a text fragment
// (WICG Text Fragments: https://wicg.github.io/scroll-to-text-fragment/). Browsers that do not
// support them simply open the page.
import { foldWhitespace } from '../content/fold-whitespace.ts';

/** Quotes longer than this are linked by their first and last words, so that a link stays short. */
const maxExactWords = 8;
const maxExactChars = 80;
/** Words kept at each end of a long quote. */
const edgeWords = 4;

/**
 * Percent-encodes one term of a text directive. Beyond encodeURIComponent, `-` must be encoded
 * (it marks a prefix- or -suffix), and `!'()*` are encoded too, so that no mail client or chat app
 * that "tidies" links can cut the URL at a parenthesis or quote.
 */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/[-!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** True when a quote is long enough to be linked by its ends rather than in full. */
export function isLongQuote(words: readonly string[]): boolean {
  return words.length > maxExactWords || words.join(' ').length > maxExactChars;
}

/**
 * The terms of the directive: the whole quote, or textStart and textEnd.
 * When a long quote has fewer than 2 × 4 words, the ends share its words out so they never overlap,
 * since a browser looks for textEnd only after the end of textStart.
 */
export function textTerms(quote: string): string[] {
  const words = foldWhitespace(quote)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) throw new RangeError('textFragment: the quote is empty');
  if (words.length === 1 || !isLongQuote(words)) return [words.join(' ')];
  const n = Math.min(edgeWords, Math.floor(words.length / 2));
  return [words.slice(0, n).join(' '), words.slice(-n).join(' ')];
}

/** `#:~:text=…` for a quoted passage; throws on an empty quote. */
export function textFragment(quote: string): string {
  return `#:~:text=${textTerms(quote).map(encodeTextTerm).join(',')}`;
}

/** The URL with the quote's text fragment; any fragment the URL had is replaced. */
export function withTextFragment(url: string, quote: string): string {
  const hash = url.indexOf('#');
  return `${hash === -1 ? url : url.slice(0, hash)}${textFragment(quote)}`;
}
