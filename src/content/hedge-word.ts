// A number a source hedges keeps a hedge wherever our words print it: "it may be possible to lock in a 12-24
// month lead" is not "a 12–24 month lead is secured", and "roughly 11 times" is not "11 times". The checks that
// read our sentences against the quotes under them (hedge-left-out, qualifier-left-out) use the words here.
import { numbersInText } from './numbers-in-text.ts';
import { qualifierBeforeNumber, sameKindOfQualifier, sameNumber } from './qualifier.ts';
import { wordStem } from './word-stem.ts';

/**
 * The words that make a number a possibility, an estimate or a forecast rather than a fact. "May" in lower case
 * only, so the month ("May 14") is not read as one; "will" is no hedge.
 */
const hedgePattern =
  /(?<![\p{L}'’])(?:[Ww]ould|[Cc]ould|may|[Mm]ight|[Pp]ossibl[ey]|[Pp]ossibilit(?:y|ies)|[Pp]rojects?|[Pp]rojected|[Pp]rojections?|[Ff]orecasts?|[Ff]orecasted|[Ee]xpects?|[Ee]xpected|[Ee]stimates?|[Ee]stimated)(?![\p{L}'’])/u;

/** Our own words keep a hedge with "if" or "unless" too: a number under a condition is no fact either. */
const keptPattern = new RegExp(`${hedgePattern.source}|(?<!\\p{L})(?:[Ii]f|[Uu]nless)(?!\\p{L})`, 'u');

/** The sentences of a text, split after ".", "!" or "?" and a space. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/u).filter((s) => s.trim() !== '');
}

/** The sentence of `text` that holds the character at `index`. */
function sentenceAt(text: string, index: number): string {
  const start = text.slice(0, index).search(/[.!?]\s+[^.!?]*$/u);
  const from = start < 0 ? 0 : start + 1;
  const end = text.slice(index).search(/[.!?](?:\s|$)/u);
  return text.slice(from, end < 0 ? undefined : index + end + 1).trim();
}

/** Where `text` prints one of `values` (digits, digits with a scale, or words). */
function printed(text: string, values: readonly number[]) {
  return numbersInText(text).filter((n) => values.some((v) => sameNumber(Math.abs(v), n.value)));
}

/**
 * The hedge a quote puts on one of `values`: the first hedge word in a sentence of the quote that prints the
 * number ("may" of "it may be possible to lock in a 12-24 month lead"). Undefined when the quote prints none of
 * the values, or prints one in a sentence with no hedge.
 */
export function hedgeOnNumber(quote: string, values: readonly number[]): string | undefined {
  const at = printed(quote, values);
  if (at.length === 0) return undefined;
  for (const number of at) {
    const word = hedgePattern.exec(sentenceAt(quote, number.index))?.[0];
    if (word) return word;
  }
  return undefined;
}

/** Whether our sentence keeps a hedge or a condition of its own. */
export function keepsHedge(sentence: string): boolean {
  return keptPattern.test(sentence);
}

/** Whether our text says a hedge itself ("may", "estimates", "a possibility"): a condition alone is not one. */
export function saysHedge(text: string): boolean {
  return hedgePattern.test(text);
}

/** Whether `sentence` prints one of `values`. */
export function printsNumber(sentence: string, values: readonly number[]): boolean {
  return printed(sentence, values).length > 0;
}

/**
 * Whether `sentence` prints one of `values` with a qualifier right before it that says what `qualifier` says of it:
 * "about 11 times" keeps "roughly", "more than 11 times" does not.
 */
export function printsQualified(sentence: string, values: readonly number[], qualifier: string): boolean {
  return numbersInText(sentence).some((number) => {
    if (!values.some((v) => sameNumber(Math.abs(v), number.value))) return false;
    const word = qualifierBeforeNumber(sentence, [number.value]);
    return word !== undefined && sameKindOfQualifier(word, qualifier);
  });
}

/** "could", "may", "might", "would": the words that make a passage's clause a possibility, not a fact. */
const modalPattern = /(?<![\p{L}'’])(?:[Cc]ould|may|[Mm]ight|[Ww]ould)(?![\p{L}'’])/u;

/** Short words that say nothing of what a clause is about. */
const connectives = new Set(
  'the and that this these those their they was were are has have had for from with than its our we'.split(' '),
);

/** A text's words that say what it is about, as stems: three letters or more, connectives aside. */
function contentStems(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !connectives.has(w)).map(wordStem));
}

/**
 * The modal word of a passage's sentence whose clause our sentence restates: the words from the "could", "may",
 * "might" or "would" to the sentence's end, three or more of them, most of which (60%) our sentence also has. "The
 * CCP has had first access to a system that can autonomously discover …" restates the "would" of "… the CCP would
 * have had first access to a system that can autonomously discover …"; "The allies act now" restates no "may" of
 * "If the allies act now, it may be possible", whose words after "may" are not in it.
 */
export function modalRestated(ours: string, passageSentence: string): string | undefined {
  const modal = modalPattern.exec(passageSentence);
  if (!modal) return undefined;
  const clause = contentStems(passageSentence.slice(modal.index + modal[0].length));
  if (clause.size < 3) return undefined;
  const mine = contentStems(ours);
  const kept = [...clause].filter((w) => mine.has(w)).length;
  return kept / clause.size >= 0.6 ? modal[0] : undefined;
}
