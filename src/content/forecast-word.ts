// A figure a source gives only as a forecast or a possibility ("Huawei will produce just 4 percent", "it may be
// possible to lock in a 12-24 month lead") is not a fact it states: the gate refuses `status: stated` for it.

/**
 * The words that make a sentence a forecast or a possibility. Lower case only for "may", so the month ("May 17")
 * is not read as one.
 */
const forecastPattern =
  /(?<![\p{L}'’])(?:[Ww]ill|[Ww]ould|[Cc]ould|may|[Mm]ight|[Pp]rojects?|[Pp]rojected|[Pp]rojections?|[Ff]orecasts?|[Ff]orecasted|[Ee]xpects?|[Ee]xpected|[Ee]stimates?|[Ee]stimated)(?![\p{L}'’])/u;

/** The first word that makes `quote` a forecast or a possibility, if any. */
export function forecastWord(quote: string): string | undefined {
  return forecastPattern.exec(quote)?.[0];
}
