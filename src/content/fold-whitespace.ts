/**
 * Treats every run of ASCII whitespace or no-break spaces as one space, so that a quote matches across
 * the archive's line breaks. Nothing else folds: a zero-width space or a byte-order mark is not a space.
 */
export function foldWhitespace(text: string): string {
  return text.replace(/[ \t\n\v\f\r\u00A0]+/g, ' ').trim();
}
