// Checks that hold for every scene, whatever its form: shared by the geometry tests.
import { expect } from 'vitest';
import { lineHeightOf, type Mark, type RectMark, type Scene, type TextMark } from '../../../src/charts/scene.ts';
import { textWidth } from '../../../src/charts/wrap-text.ts';

/** Every number a mark carries, by attribute name, plus the numbers inside a path's `d`. */
export function numericAttributes(mark: Mark): [string, number][] {
  const out: [string, number][] = [];
  for (const [key, value] of Object.entries(mark)) {
    if (typeof value === 'number') out.push([key, value]);
    if (key === 'd' && typeof value === 'string') {
      for (const token of value.split(/[\s,A-Za-z]+/).filter(Boolean)) out.push([key, Number(token)]);
    }
  }
  return out;
}

/** No NaN or Infinity anywhere: not in the scene's size, not in any attribute of any mark. */
export function expectAllFinite(scene: Scene): void {
  expect(Number.isFinite(scene.width), 'scene width').toBe(true);
  expect(Number.isFinite(scene.height), 'scene height').toBe(true);
  scene.marks.forEach((mark, i) => {
    for (const [key, value] of numericAttributes(mark)) {
      expect(Number.isFinite(value), `marks[${i}] (${mark.type}.${mark.className}).${key} = ${value}`).toBe(true);
    }
  });
}

export function rects(scene: Scene, className?: string): RectMark[] {
  return scene.marks.filter(
    (m): m is RectMark => m.type === 'rect' && (!className || m.className.split(' ').includes(className)),
  );
}

export function texts(scene: Scene, className?: string): TextMark[] {
  return scene.marks.filter(
    (m): m is TextMark => m.type === 'text' && (!className || m.className.split(' ').includes(className)),
  );
}

/** The font size a text mark is drawn at: the mark carries it. */
export function fontSizeOf(mark: TextMark): number {
  return mark.size;
}

/** Left and right edge of each line of a text mark, by the same width estimate the layout uses. */
export function lineExtents(mark: TextMark): { line: string; left: number; right: number }[] {
  const size = fontSizeOf(mark);
  return mark.lines.map((line) => {
    const w = textWidth(line, size);
    const left = mark.anchor === 'start' ? mark.x : mark.anchor === 'end' ? mark.x - w : mark.x - w / 2;
    return { line, left, right: left + w };
  });
}

/** Every line of every text lies within [0, width] (by the width estimate) and above the scene's bottom. */
export function expectTextInside(scene: Scene): void {
  for (const mark of texts(scene)) {
    for (const { line, left, right } of lineExtents(mark)) {
      expect(left, `"${line}" (${mark.className}) starts inside the scene`).toBeGreaterThanOrEqual(0);
      expect(right, `"${line}" (${mark.className}) ends inside the scene (width ${scene.width})`).toBeLessThanOrEqual(
        scene.width,
      );
    }
    const lastBaseline = mark.y + (mark.lines.length - 1) * lineHeightOf(mark.size);
    expect(lastBaseline, `"${mark.lines.join(' ')}" is above the bottom`).toBeLessThanOrEqual(scene.height);
  }
}

/** Every rect and circle lies within the scene. */
export function expectShapesInside(scene: Scene): void {
  for (const mark of scene.marks) {
    if (mark.type === 'rect') {
      expect(mark.x).toBeGreaterThanOrEqual(0);
      expect(mark.x + mark.width, `${mark.className} ends inside the scene`).toBeLessThanOrEqual(scene.width);
      expect(mark.y + mark.height).toBeLessThanOrEqual(scene.height);
    }
    if (mark.type === 'circle') {
      expect(mark.cx - mark.r).toBeGreaterThanOrEqual(0);
      expect(mark.cx + mark.r).toBeLessThanOrEqual(scene.width);
      expect(mark.cy + mark.r).toBeLessThanOrEqual(scene.height);
    }
  }
}
