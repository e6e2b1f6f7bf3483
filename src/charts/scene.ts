// A chart's geometry as plain data: what every geometry function returns and every renderer draws.
// Class names carry the meaning (bar, reference, status-conditional …); colours come from the one
// chart stylesheet (chart-style.ts). Sizes are in the scene: a text mark carries its own font size.

export interface RectMark {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  className: string;
}
export interface LineMark {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  className: string;
}
export interface CircleMark {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
  className: string;
}
export interface PathMark {
  type: 'path';
  d: string;
  className: string;
}
export interface TextMark {
  type: 'text';
  x: number;
  /** Baseline of the first line. */
  y: number;
  /** One string per line; lines are stacked at lineHeightOf(size). */
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  /** Font size in user units. */
  size: number;
  className: string;
}
export type Mark = RectMark | LineMark | CircleMark | PathMark | TextMark;

export interface Scene {
  width: number;
  height: number;
  marks: Mark[];
}

/**
 * Shared sizes, in SVG user units. A page draws each chart twice, at `narrowWidth` and at `wideWidth`,
 * and shows the one that fits its column at no more than 1.125× (styles/site.css): so 14-unit small
 * type never falls below 12 CSS px and 16-unit type never exceeds 18 CSS px, from 320 to 1440 px wide.
 * The sizes are the page's own (1rem and --text-small): the wide drawing is shown at 1× on a desktop,
 * where its text then shares the fonts the page's text has already set up, instead of asking the system
 * for sizes of its own before the first layout (docs/visual-language.md).
 */
export const layout = {
  narrowWidth: 300,
  wideWidth: 600,
  /** The default: the narrow layout (downloads and previews choose their own). */
  width: 300,
  fontSize: 16,
  smallFontSize: 14,
  margin: 8,
} as const;

/** A mark's class attribute from its parts, leaving out the empty ones ("bar", "", "status-estimate"). */
export function markClass(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}

/** Line spacing for a text size: 1.25 em. */
export function lineHeightOf(size: number): number {
  return Math.round(size * 1.25);
}
