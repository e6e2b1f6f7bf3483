import { foldWhitespace } from './fold-whitespace.ts';

/**
 * The passage of `text` most like `quote`: the window of the quote's length around the longest run
 * both share. Shown in the build error so an author sees at once what the source really says.
 */
export function closestPassage(quote: string, text: string): string {
  const q = foldWhitespace(quote);
  const t = foldWhitespace(text);
  if (q.length === 0 || t.length === 0) return '';
  // Longest common substring by dynamic programming over one row: quotes are short, archives small.
  let best = 0;
  let bestEndInText = 0;
  let bestEndInQuote = 0;
  let previous = new Uint16Array(q.length + 1);
  let current = new Uint16Array(q.length + 1);
  for (let i = 1; i <= t.length; i++) {
    for (let j = 1; j <= q.length; j++) {
      const run = t[i - 1] === q[j - 1] ? Math.min(previous[j - 1]! + 1, 65535) : 0;
      current[j] = run;
      if (run > best) {
        best = run;
        bestEndInText = i;
        bestEndInQuote = j;
      }
    }
    [previous, current] = [current, previous];
  }
  if (best === 0) return '';
  const aligned = Math.max(0, bestEndInText - bestEndInQuote);
  const end = Math.min(t.length, aligned + q.length);
  // Widen to the start of the word, so the passage never opens mid-word or on a space.
  let start = aligned;
  while (start > 0 && /\S/.test(t[start - 1]!)) start--;
  while (start < end && t[start] === ' ') start++;
  return t.slice(start, end);
}
