import { lineHeightOf, type Mark, type TextMark } from './scene.ts';
import { wrapText } from './wrap-text.ts';

/**
 * Lays marks out top to bottom: each block takes its height and the next starts below it, so no chart
 * form keeps its own `y +=` bookkeeping.
 */
export class Stack {
  readonly marks: Mark[] = [];
  constructor(public y: number) {}

  /** Reserves `height` units and returns the top of the reserved band. */
  take(height: number): number {
    const top = this.y;
    this.y = round(this.y + height);
    return top;
  }

  /** Empty space between blocks. */
  gap(height: number): void {
    this.y = round(this.y + height);
  }

  push(...marks: Mark[]): void {
    this.marks.push(...marks);
  }

  /** Wrapped text as its own block: it takes the height of its lines. */
  text(
    text: string,
    options: { x: number; width: number; size: number; className: string; anchor?: TextMark['anchor'] },
  ): TextMark {
    const lines = wrapText(text, options.width, options.size);
    const top = this.take(lines.length * lineHeightOf(options.size));
    const mark = textMark(options.x, top, lines, options.size, options.className, options.anchor);
    this.marks.push(mark);
    return mark;
  }
}

/** A text mark whose first line sits in a band starting at `top` (baseline about 0.8 em down). */
export function textMark(
  x: number,
  top: number,
  lines: string[],
  size: number,
  className: string,
  anchor: TextMark['anchor'] = 'start',
): TextMark {
  return { type: 'text', x: round(x), y: round(top + size * 0.9), lines, anchor, size, className };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
