// The numbers a source's sentence gives, as the gate reads them: digits ("24,000", "2.5", both ends of
// "12-24"), digits with a scale ("16 million", "$2.5 billion") and number words ("ten", "none"). The gate
// uses them to check that a figure's number is one its quotes print, and that a hedge printed before it
// ("over 16 million", "roughly ten times") travels with it.

/** A number in a text: its value and where it is written. */
export interface NumberInText {
  value: number;
  /** Where the number's first character is (a "$" is not part of it). */
  index: number;
}

const numberWords: Record<string, number> = {
  none: 0,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};

const scales: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const digits = /(?<![\p{L}\d.,])(\d[\d,]*(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion)\b)?/giu;
const words = new RegExp(`(?<![\\p{L}-])(${Object.keys(numberWords).join('|')})(?![\\p{L}])`, 'giu');

/** Every number the text gives, in order of where it is written. */
export function numbersInText(text: string): NumberInText[] {
  const out: NumberInText[] = [];
  for (const m of text.matchAll(digits)) {
    const plain = Number(m[1]!.replace(/,/g, ''));
    if (!Number.isFinite(plain)) continue;
    out.push({ value: plain, index: m.index });
    // "2.5 billion" is 2.5 (a figure in billions) and 2500000000 (a figure in units).
    if (m[2]) out.push({ value: plain * scales[m[2].toLowerCase()]!, index: m.index });
  }
  for (const m of text.matchAll(words)) out.push({ value: numberWords[m[1]!.toLowerCase()]!, index: m.index });
  return out.sort((a, b) => a.index - b.index);
}
