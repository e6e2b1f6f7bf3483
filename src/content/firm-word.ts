// A text of ours may not be surer than the quotes it rests on: "it may be possible to lock in a lead" is not "the US
// will lock in a lead". The gate refuses a word of certainty in our label, title, description or cell that none of
// its quotes prints (the chart-title rule already keeps a title's "may" and "could").

/** The words that state an outcome as certain. */
const firmPattern = /(?<![\p{L}'’])(?:[Ww]ill|[Ww]on[’']t|[Cc]ertainly|[Dd]efinitely|[Gg]uarantee[sd]?)(?![\p{L}'’])/gu;

/** The words in `text` that state an outcome as certain, lower case, in order ("will", "won't" with a straight mark). */
export function firmWords(text: string): string[] {
  return [...text.matchAll(firmPattern)].map((m) => m[0].toLowerCase().replace('’', "'"));
}
