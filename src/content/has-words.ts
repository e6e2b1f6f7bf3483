// Whole words, in any case: "over" in "over 16 million", not in "overtaking"; "Anthropic" in "as cited by Anthropic".
// One rule for a figure's qualifier in its quotes and a primary source's publisher in a claimant.

/** True when `text` holds `words` as whole words (no letter on either side), in any case. */
export function hasWords(text: string, words: string): boolean {
  const escaped = words.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu').test(text);
}
