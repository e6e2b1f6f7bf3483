import { foldWhitespace } from './fold-whitespace.ts';

/**
 * The passage of `text` most like `quote`: the window of the quote's length around the longest run
 * both share. Shown in the build error so an author sees at once what the source really says.
 */
export function closestPassage(quote: string, text: string): string {
  const q = foldWhitespace(quote);
  const folded = foldWhitespace(text);
  if (q.length === 0 || folded.length === 0) return '';
  // Bounded cost: on a long archive, the exact search runs only on a window around the place most of
  // the quote's three-word runs point to, so a misquote costs about (quote × window), never (quote × archive).
  const window = q.length * folded.length > 2_000_000 ? likelyWindow(q, folded) : { start: 0, end: folded.length };
  const t = folded.slice(window.start, window.end);
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

/** Where in `t` the quote most likely comes from: votes of the quote's three-word runs (or single words). */
function likelyWindow(q: string, t: string): { start: number; end: number } {
  const words = q.split(' ');
  const votes = new Map<number, number>();
  const offsets: number[] = [];
  let offset = 0;
  for (const word of words) {
    offsets.push(offset);
    offset += word.length + 1;
  }
  const size = Math.min(3, words.length);
  for (let i = 0; i + size <= words.length; i++) {
    const run = words.slice(i, i + size).join(' ');
    let hits = 0;
    for (let at = t.indexOf(run); at >= 0 && hits < 20; at = t.indexOf(run, at + 1), hits++) {
      const bucket = Math.floor(Math.max(0, at - offsets[i]!) / 64);
      votes.set(bucket, (votes.get(bucket) ?? 0) + 1);
    }
  }
  let best = 0;
  let bestVotes = 0;
  for (const [bucket, count] of votes) if (count > bestVotes) [best, bestVotes] = [bucket, count];
  const centre = best * 64;
  return { start: Math.max(0, centre - q.length), end: Math.min(t.length, centre + 2 * q.length + 64) };
}
