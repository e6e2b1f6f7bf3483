// Two forms of one word, told alike: "fixed" and "fix", "accounts" and "account", "2000-word" and "words". A rough
// stemmer, enough for the gate to compare our wording with a quote's; never used to print anything.

/** A word in lower case, a possessive "'s" and an ending -ed, -ing, -es, -s or -d off (words over four letters). */
export function wordStem(word: string): string {
  const w = word.toLowerCase().replace(/[’']s$/u, '');
  return w.length > 4 ? w.replace(/(?:ing|ed|es|s|d)$/u, '') : w.replace(/s$/u, '');
}
