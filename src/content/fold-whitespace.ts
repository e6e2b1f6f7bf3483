/** Treats every run of whitespace as one space, so that a quote matches across the archive's line breaks. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
