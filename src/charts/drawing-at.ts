// Which of a chart's two drawings a chart box shows, and how wide. styles/site.css applies this rule
// with a container query (.chart-svg.narrow, .chart-svg.wide); it is written here too for what must
// compute it ahead of the browser: the embed's iframe height (embed-layout.ts). Change both together
// (tests/unit/styles/drawing-rule.test.ts fails if they differ).
import { layout } from './scene.ts';

/** The box width, in CSS px, from which the wide drawing shows instead of the narrow one. */
export const wideFrom = 560;
/**
 * The widest each drawing is shown. The narrow one up to 1.125×, so 16-unit chart text stays at most 18 CSS
 * px; the wide one at 1×, so that on a desktop its text is the page's own 16 and 14 px (scene.ts).
 */
export const maxWidth = { narrow: layout.narrowWidth * 1.125, wide: layout.wideWidth } as const;

export type DrawingKind = 'narrow' | 'wide';

/** The drawing a chart box of `boxWidth` CSS px shows, and its width there. */
export function drawingAt(boxWidth: number): { kind: DrawingKind; width: number } {
  const kind = boxWidth >= wideFrom ? 'wide' : 'narrow';
  return { kind, width: Math.min(boxWidth, maxWidth[kind]) };
}
