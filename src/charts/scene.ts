// A chart's geometry as plain data: what every geometry function returns and every renderer draws.
// Class names carry the meaning (bar, reference, conditional …); colours come from CSS.

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
  y: number;
  /** One string per line; lines are stacked at the scene's line height. */
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
  className: string;
}
export type Mark = RectMark | LineMark | CircleMark | PathMark | TextMark;

export interface Scene {
  width: number;
  height: number;
  marks: Mark[];
}

/** Shared sizes, in SVG user units; the SVG scales to its container. */
export const layout = {
  width: 340,
  fontSize: 14,
  smallFontSize: 12,
  lineHeight: 17,
  margin: 8,
} as const;
