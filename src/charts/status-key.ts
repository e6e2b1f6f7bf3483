import type { FigureStatus } from '../schemas.ts';
import { layout, lineHeightOf } from './scene.ts';
import { textMark, type Stack } from './stack.ts';
import { textWidth } from './wrap-text.ts';

/** The class a mark of this status carries: stated figures are plain bars, the rest say what they are. */
export function statusClass(status: FigureStatus | undefined): string {
  return status && status !== 'stated' ? `status-${status}` : '';
}

const statusWords: Record<FigureStatus, string> = {
  stated: 'Stated',
  estimate: 'Estimate',
  conditional: 'Conditional',
  allegation: 'Allegation',
  unverified: 'Unverified',
};

/**
 * A key of the status encodings a chart uses, one swatch and word each, wrapping to the width. Drawn
 * only when some figure is not a plain statement: a chart of stated figures needs no key.
 */
export function drawStatusKey(stack: Stack, statuses: (FigureStatus | undefined)[], width: number): void {
  const used = [...new Set(statuses.filter((s): s is FigureStatus => !!s))];
  if (!used.some((s) => s !== 'stated')) return;
  const { margin, smallFontSize: size } = layout;
  const row = lineHeightOf(size) + 4;
  let x = margin;
  let top = stack.take(row);
  for (const status of (Object.keys(statusWords) as FigureStatus[]).filter((s) => used.includes(s))) {
    const word = statusWords[status];
    const itemWidth = 22 + textWidth(word, size) + 14;
    if (x > margin && x + itemWidth > width - margin) {
      x = margin;
      top = stack.take(row);
    }
    stack.push(
      {
        type: 'rect',
        x,
        y: top + 3,
        width: 16,
        height: 11,
        className: ['key-swatch', statusClass(status)].filter(Boolean).join(' '),
      },
      textMark(x + 22, top, [word], size, 'key-label'),
    );
    x += itemWidth;
  }
  stack.gap(6);
}
