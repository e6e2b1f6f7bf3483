// A number a source gives only under a condition ("if the US and its allies act now …, it may be possible to lock in
// a 12-24 month lead") is conditional: the gate refuses any other status for it, so no edit can print that number
// on the home page as stated, or as an estimate, with its "if" gone.
import { numbersInText } from './numbers-in-text.ts';
import { sameNumber } from './qualifier.ts';

/**
 * The condition a quote puts one of `values` under, if any: the words from an "if" or "unless" to the number, in
 * the same sentence and before it. An "if" after the number ("a lead … if immediate action is taken") is left to
 * the figure's other quotes, which put it first.
 */
export function conditionBeforeNumber(quote: string, values: readonly number[]): string | undefined {
  for (const number of numbersInText(quote)) {
    if (!values.some((v) => sameNumber(Math.abs(v), number.value))) continue;
    const sentence = quote
      .slice(0, number.index)
      .split(/[.!?](?:\s|$)/u)
      .pop()!;
    const word = /(?<!\p{L})(?:if|unless)(?!\p{L})/iu.exec(sentence);
    if (word) return sentence.slice(word.index).trim();
  }
  return undefined;
}
