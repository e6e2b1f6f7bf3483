// A number a source credits to a study or an analysis is that study's finding: "one study estimates that America will
// have roughly 11 times more compute" is Anthropic citing one study, not Anthropic's own estimate. The claimant-narrowed
// check reads the quote's words for it here.
import { numbersInText } from './numbers-in-text.ts';
import { sameNumber } from './qualifier.ts';

/** "one study", "An analysis", "a new report": a work the sentence credits, by its noun. */
const creditedWork =
  /(?<![\p{L}])(?:one|an?|another)\s+(?:(?:new|recent|separate|independent)\s+)?(study|analysis|report|survey|evaluation|assessment)(?![\p{L}])/iu;

/**
 * The work a quote credits one of `values` to: the study, analysis, report, survey, evaluation or assessment that the
 * sentence printing the number names with "one", "a", "an" or "another" ("One study estimates …", "An analysis of …
 * found …"). Its noun in lower case, or undefined when the sentence credits none.
 */
export function creditedWorkOf(quote: string, values: readonly number[]): string | undefined {
  for (const number of numbersInText(quote)) {
    if (!values.some((v) => sameNumber(Math.abs(v), number.value))) continue;
    const start = quote.slice(0, number.index).search(/[^.!?]*$/u);
    const endAt = quote.slice(number.index).search(/[.!?](?:\s|$)/u);
    const sentence = quote.slice(start, endAt < 0 ? undefined : number.index + endAt);
    const work = creditedWork.exec(sentence)?.[1];
    if (work) return work.toLowerCase();
  }
  return undefined;
}
