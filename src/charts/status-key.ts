import type { FigureStatus } from '../schemas.ts';
import { layout, lineHeightOf, type Mark, markClass } from './scene.ts';
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

/** The words in the single-source badge: legible without colour, and explained by the key. */
export const singleSourceBadgeText = '1 source';
/** The key's words for the badge (the page's flag names the source; a chart has room for the fact only). */
export const singleSourceKeyText = 'only one source reports it';
/** Height of the badge's band in user units. */
export const badgeHeight = 18;

/** Width of the badge (its bold label, estimated wide, and padding), for laying out what follows it. */
export function badgeWidth(): number {
  return Math.ceil(textWidth(singleSourceBadgeText, layout.smallFontSize * 1.1)) + 8;
}

/** The class a mark of a single-source figure carries beside its status class (nothing for others). */
export function singleSourceClass(singleSource: boolean | undefined): string {
  return singleSource ? 'single-source' : '';
}

/**
 * The single-source badge: "1 source" in an outlined box whose band starts at `top`, its left edge at `x`
 * (or its right edge, for `anchor: 'end'`). The same badge marks the figure and stands in the key.
 */
export function singleSourceBadge(x: number, top: number, anchor: 'start' | 'end' = 'start'): Mark[] {
  const width = badgeWidth();
  const left = anchor === 'start' ? x : x - width;
  return [
    { type: 'rect', x: left, y: top + 1, width, height: badgeHeight - 2, className: 'flag-badge' },
    // Baseline 13.2 units into the 18-unit band: the label's x-height sits mid-box, not on its bottom edge.
    textMark(left + 4, top + 0.6, [singleSourceBadgeText], layout.smallFontSize, 'flag-badge-label'),
  ];
}

/**
 * A key of the status encodings a chart uses, one swatch and word each, then the single-source badge
 * when some figure carries it, wrapping to the width. Drawn only when there is something to explain: a
 * chart of stated figures, each from more than one source, needs no key.
 */
export function drawStatusKey(
  stack: Stack,
  statuses: (FigureStatus | undefined)[],
  width: number,
  singleSource = false,
  /** A class the swatches share with the marks they explain ("scenario-1"), so a key is in the marks' colour. */
  swatchClass = '',
): void {
  const used = [...new Set(statuses.filter((s): s is FigureStatus => !!s))];
  const showStatuses = used.some((s) => s !== 'stated');
  if (!showStatuses && !singleSource) return;
  const { margin, smallFontSize: size } = layout;
  const row = Math.max(lineHeightOf(size) + 4, badgeHeight + 2);
  let x = margin;
  let top = stack.take(row);
  const place = (itemWidth: number) => {
    if (x > margin && x + itemWidth > width - margin) {
      x = margin;
      top = stack.take(row);
    }
  };
  const statusesShown = showStatuses
    ? (Object.keys(statusWords) as FigureStatus[]).filter((s) => used.includes(s))
    : [];
  for (const status of statusesShown) {
    const word = statusWords[status];
    const itemWidth = 22 + textWidth(word, size) + 14;
    place(itemWidth);
    stack.push(
      {
        type: 'rect',
        x,
        y: top + 3,
        width: 16,
        height: 11,
        className: markClass('key-swatch', swatchClass, statusClass(status)),
      },
      textMark(x + 22, top, [word], size, 'key-label'),
    );
    x += itemWidth;
  }
  if (singleSource) {
    const itemWidth = badgeWidth() + 6 + textWidth(singleSourceKeyText, size) + 14;
    place(itemWidth);
    stack.push(
      ...singleSourceBadge(x, top),
      textMark(x + badgeWidth() + 6, top, [singleSourceKeyText], size, 'key-label'),
    );
    x += itemWidth;
  }
  stack.gap(6);
}
