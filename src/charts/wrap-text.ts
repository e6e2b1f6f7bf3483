/**
 * Breaks text into lines that fit `maxWidth` at `fontSize`, estimating glyph widths (no DOM at
 * build time). The estimate is deliberately generous so labels never overflow at 320 px. A word
 * longer than a line (a URL, a pasted string) is cut into line-long pieces, so nothing runs off the
 * image. One pass over the words: it ends for any input.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(8, Math.floor(maxWidth / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).flatMap((w) => (w ? pieces(w, maxChars) : []))) {
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

/** A word cut into pieces of at most `size` characters (whole code points, never half a surrogate pair). */
function pieces(word: string, size: number): string[] {
  if (word.length <= size) return [word];
  const out: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece.length + char.length > size) {
      out.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) out.push(piece);
  return out;
}

/** Estimated width of one line of text, matching wrapText's estimate. */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.56;
}

/**
 * Lines of `text` at most `width` wide, the last at most `lastWidth` (text set beside something at its foot, as
 * a card's source line beside its domain): a last line too long for its room is wrapped again at that width.
 */
export function wrapBeside(text: string, width: number, lastWidth: number, fontSize: number): string[] {
  const lines = wrapText(text, width, fontSize);
  const last = lines.at(-1);
  if (last === undefined || textWidth(last, fontSize) <= lastWidth) return lines;
  return [...lines.slice(0, -1), ...wrapText(last, lastWidth, fontSize)];
}
