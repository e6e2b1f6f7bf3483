/**
 * Breaks text into lines that fit `maxWidth` at `fontSize`, estimating glyph widths (no DOM at
 * build time). The estimate is deliberately generous so labels never overflow at 320 px.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(8, Math.floor(maxWidth / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Estimated width of one line of text, matching wrapText's estimate. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}
