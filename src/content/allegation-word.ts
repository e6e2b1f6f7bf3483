// A figure a source gives only as someone's accusation ("The US accuses China of distillation", "prosecutors
// charged a co-founder with diverting $2.5 billion") is no fact it states: the gate refuses `status: stated` for
// it, as it does for a forecast (forecast-word.ts).

/** The words that make a sentence an accusation rather than a finding. */
const allegationPattern =
  /(?<![\p{L}'’])(?:[Aa]lleg(?:e|es|ed|edly|ing|ations?)|[Aa]ccus(?:e|es|ed|ing|ations?)|[Cc]harged|[Ii]ndict(?:s|ed|ments?)?)(?![\p{L}'’])/u;

/** The first word that makes `quote` an accusation, if any. */
export function allegationWord(quote: string): string | undefined {
  return allegationPattern.exec(quote)?.[0];
}
