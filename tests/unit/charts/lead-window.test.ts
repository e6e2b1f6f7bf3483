import { describe, expect, it } from 'vitest';
import { leadWindowScene, type LeadWindowData } from '../../../src/charts/lead-window.ts';
import type { LineMark, Scene } from '../../../src/charts/scene.ts';
import { expectAllFinite, expectShapesInside, expectTextInside, lineExtents, rects, texts } from './scene-checks.ts';

function data(low: number, high: number, extra: Partial<LeadWindowData['target']> = {}): LeadWindowData {
  return {
    today: { label: 'Today', text: '“at least several months” (estimate)', status: 'estimate' },
    target: {
      label: 'By 2028, if the US and its allies act now',
      low,
      high,
      valueLabel: `${low}–${high} months (conditional)`,
      status: 'conditional',
      ...extra,
    },
    parity: {
      label: 'By 2028, if they do not',
      text: 'Chinese labs catch up to the frontier or overtake America',
      status: 'conditional',
    },
    axisTitle: 'US lead in frontier capabilities (months)',
  };
}

function lines(scene: Scene, className: string): LineMark[] {
  return scene.marks.filter((m): m is LineMark => m.type === 'line' && m.className === className);
}

/** The months scale as the reader sees it: read back from the tick labels under the axis. */
function scaleFromTicks(scene: Scene): (months: number) => number {
  const ticks = texts(scene, 'tick-label').map((t) => ({ months: Number(t.lines[0]), x: t.x }));
  const first = ticks[0]!;
  const last = ticks[ticks.length - 1]!;
  return (months) => first.x + ((months - first.months) * (last.x - first.x)) / (last.months - first.months);
}

/** The y of the rule under the scale: everything below it is in words, off the scale. */
function scaleBottom(scene: Scene): number {
  const [divider] = lines(scene, 'divider');
  expect(divider, 'a divider closes the scale').toBeDefined();
  return divider!.y1;
}

describe('leadWindowScene(data, width)', () => {
  it('leadWindowScene(data) puts nothing but the range on the scale: no rect or circle below it, none at zero', () => {
    const scene = leadWindowScene(data(12, 24));
    const bottom = scaleBottom(scene);
    for (const mark of scene.marks) {
      if (mark.type === 'rect' && !mark.className.includes('key-swatch'))
        expect(mark.y + mark.height, `${mark.className} is on the scale, above the words`).toBeLessThan(bottom);
      expect(mark.type, 'no point marks a qualitative claim').not.toBe('circle');
    }
    expect(rects(scene, 'bar')).toHaveLength(1);
  });

  it('leadWindowScene(data) sets today’s lead and the other scenario in words, below the scale', () => {
    const scene = leadWindowScene(data(12, 24));
    const [today, other] = texts(scene, 'qualitative');
    expect(today!.lines.join(' ')).toContain('at least several months');
    expect(other!.lines.join(' ')).toContain('catch up');
    expect(today!.y).toBeGreaterThan(scaleBottom(scene));
    expect(other!.y).toBeGreaterThan(today!.y);
    expect(texts(scene, 'words-heading')[0]!.lines.join(' ')).toMatch(/not on the scale/);
  });

  it('leadWindowScene(data) draws the target as one range from x(low) to x(high), with a cap at each end', () => {
    const scene = leadWindowScene(data(12, 24));
    const x = scaleFromTicks(scene);
    const ranges = rects(scene, 'range');
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.x).toBeCloseTo(x(12), 1);
    expect(ranges[0]!.x + ranges[0]!.width).toBeCloseTo(x(24), 1);
    const caps = lines(scene, 'range-cap')
      .map((l) => l.x1)
      .sort((a, b) => a - b);
    expect(caps[0]).toBeCloseTo(x(12), 1);
    expect(caps[1]).toBeCloseTo(x(24), 1);
  });

  it('leadWindowScene(data) keys only the range it draws, in its colour: the rows in words say their status in words', () => {
    const scene = leadWindowScene(data(12, 24));
    expect(texts(scene, 'key-label').map((t) => t.lines[0])).toEqual(['Conditional']);
    const swatch = scene.marks.find((m) => m.className?.includes('key-swatch'));
    expect(swatch?.className).toContain('scenario-1');
  });

  /** The tick values under the axis, and whether the last one sits at the axis's right end. */
  function axisOf(high: number) {
    const scene = leadWindowScene(data(1, high));
    const ticks = texts(scene, 'tick-label');
    const [axis] = lines(scene, 'axis');
    return {
      values: ticks.map((t) => Number(t.lines[0])),
      lastX: ticks[ticks.length - 1]!.x,
      axisEnd: Math.max(axis!.x1, axis!.x2),
    };
  }

  it.each([5, 24, 30, 48, 60, 120])(
    'leadWindowScene(data) for a range up to %d months labels the axis from 0 to its end, past the range',
    (high) => {
      const { values, lastX, axisEnd } = axisOf(high);
      expect(values[0]).toBe(0);
      expect(values[values.length - 1]).toBeGreaterThanOrEqual(high);
      expect(lastX).toBeCloseTo(axisEnd, 1);
    },
  );

  // Guards a fixed fault: the axis once ended on the next multiple of 6 while ticks stepped by 12 above
  // 48, leaving a range's end (49–54, 61–66, …) on an unlabelled stretch past the last tick.
  it('leadWindowScene(data) for a range up to 49 months labels the axis past the range', () => {
    const { values, lastX, axisEnd } = axisOf(49);
    expect(values[values.length - 1]).toBeGreaterThanOrEqual(49);
    expect(lastX).toBeCloseTo(axisEnd, 1);
  });

  it('leadWindowScene(data) with low equal to high still draws a visible range, no NaN', () => {
    const scene = leadWindowScene(data(18, 18));
    const [range] = rects(scene, 'range');
    expect(range!.width).toBeGreaterThan(0);
    expect(range!.x).toBeCloseTo(scaleFromTicks(scene)(18), 1);
    expectAllFinite(scene);
  });

  it('leadWindowScene(data) with a range starting at zero draws it from the origin', () => {
    const scene = leadWindowScene(data(0, 6));
    expect(rects(scene, 'range')[0]!.x).toBeCloseTo(scaleFromTicks(scene)(0), 1);
    expectAllFinite(scene);
  });

  it.each([
    [12, 24],
    [0, 0],
    [18, 18],
    [100, 120],
  ])('leadWindowScene(data) for %d–%d months keeps every mark finite and inside the scene', (low, high) => {
    const scene = leadWindowScene(data(low, high));
    expectAllFinite(scene);
    expectShapesInside(scene);
    expectTextInside(scene);
  });

  it('leadWindowScene(data) keeps the value label inside when the range sits at the right edge', () => {
    const scene = leadWindowScene(data(22, 24, { valueLabel: 'about 22–24 months (conditional)' }));
    expectTextInside(scene);
  });

  it('leadWindowScene(data) keeps tick labels apart for a range of up to ten years', () => {
    const scene = leadWindowScene(data(60, 120));
    const extents = texts(scene, 'tick-label').map((t) => lineExtents(t)[0]!);
    for (let i = 1; i < extents.length; i++) expect(extents[i]!.left).toBeGreaterThan(extents[i - 1]!.right);
  });

  // Guards a fixed fault: a fixed tick step once crowded a long range's axis with overlapping labels,
  // and a range in the billions would have allocated billions of ticks. Today's content is 12–24 months.
  it('leadWindowScene(data) keeps tick labels apart for a range of twenty years', () => {
    const scene = leadWindowScene(data(120, 240));
    const extents = texts(scene, 'tick-label').map((t) => lineExtents(t)[0]!);
    for (let i = 1; i < extents.length; i++) expect(extents[i]!.left).toBeGreaterThan(extents[i - 1]!.right);
  });

  it.each([
    ['low above high', 24, 12],
    ['a negative low', -6, 12],
    ['a NaN high', 12, Number.NaN],
    ['an infinite high', 12, Number.POSITIVE_INFINITY],
  ])('leadWindowScene(data) refuses %s, naming the range', (_, low, high) => {
    expect(() => leadWindowScene(data(low, high))).toThrowError(/lead window: range/);
  });

  it('leadWindowScene(data, width) keeps the range proportional at another width', () => {
    const scene = leadWindowScene(data(12, 24), 320);
    const x = scaleFromTicks(scene);
    const [range] = rects(scene, 'range');
    expect(range!.x + range!.width).toBeCloseTo(x(24), 1);
    expect(scene.width).toBe(320);
    expectTextInside(scene);
  });
});
