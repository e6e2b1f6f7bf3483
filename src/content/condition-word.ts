// A number a source gives only under a condition ("if the US and its allies act now …, it may be possible to lock in
// a 12-24 month lead") is conditional: the gate refuses any other status for it, so no edit can print that number
// on the home page as stated, or as an estimate, with its "if" gone. The words of a condition and of a hedge that
// keeps one are described here once, for every check that asks for them.
import { numbersInText } from './numbers-in-text.ts';
import { sameNumber } from './qualifier.ts';

/** "if" or "unless" as a word, any case. */
const conditionWord = /(?<!\p{L})(?:if|unless)(?!\p{L})/iu;
/** A condition, or a hedge that keeps one in our words ("could", "may"): what a conditional number may not lose. */
const conditionalWord = /(?<!\p{L})(?:if|unless|would|could|may|might)(?!\p{L})/iu;

/** Whether `text` says "if" or "unless" anywhere. */
export function saysCondition(text: string): boolean {
  return conditionWord.test(text);
}

/** Whether `text` keeps a condition: "if", "unless", or a hedge that says it may not happen. */
export function keepsCondition(text: string): boolean {
  return conditionalWord.test(text);
}

/** The word a condition opens with, "if" or "unless", lower case; undefined when it opens with neither. */
export function conditionOpening(text: string): string | undefined {
  return /^\s*(if|unless)(?!\p{L})/iu.exec(text)?.[1]?.toLowerCase();
}

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
    const word = conditionWord.exec(sentence);
    if (word) return sentence.slice(word.index).trim();
  }
  return undefined;
}
