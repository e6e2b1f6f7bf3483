import { describe, expect, it } from 'vitest';
import { barsScene, type BarDatum } from '../../../src/charts/bars.ts';
import { layout, lineHeightOf, type LineMark, type Scene } from '../../../src/charts/scene.ts';
import { textWidth } from '../../../src/charts/wrap-text.ts';
import { expectAllFinite, expectShapesInside, expectTextInside, lineExtents, rects, texts } from './scene-checks.ts';

const { margin, width } = layout;

function bar(key: string, value: number, extra: Partial<BarDatum> = {}): BarDatum {
  return { key, label: `Label of ${key}`, value, valueLabel: `${value}%`, unit: '%', ...extra };
}

function originRules(scene: Scene): LineMark[] {
  return scene.marks.filter((m): m is LineMark => m.type === 'line' && m.className === 'axis-origin');
}

/** No text (by the layout's width estimate) is drawn over a bar. */
function expectNoLabelOverBar(scene: Scene): void {
  for (const label of texts(scene)) {
    lineExtents(label).forEach(({ line, left, right }, i) => {
      const baseline = label.y + i * lineHeightOf(label.size);
      const top = baseline - label.size;
      for (const r of rects(scene)) {
        const apart = right <= r.x || left >= r.x + r.width || baseline <= r.y || top >= r.y + r.height;
        expect(apart, `"${line}" (${label.className}) is drawn over a bar`).toBe(true);
      }
    });
  }
}

/** The checks every bars scene must pass, whatever its data. */
function expectSound(scene: Scene): void {
  expectAllFinite(scene);
  expectShapesInside(scene);
  expectTextInside(scene);
  expectNoLabelOverBar(scene);
}

describe('barsScene(data, width)', () => {
  it('barsScene(data) starts every bar at zero: each bar’s x is the left margin', () => {
    const scene = barsScene([bar('a', 4), bar('b', 2), bar('c', 94)]);
    const bars = rects(scene, 'bar');
    expect(bars).toHaveLength(3);
    for (const r of bars) expect(r.x).toBe(margin);
  });

  it('barsScene(data) draws bar lengths proportional to the values', () => {
    const values = [94, 8, 47, 1];
    const bars = rects(barsScene(values.map((v, i) => bar(`b${i}`, v))), 'bar');
    const unit = bars[0]!.width / values[0]!;
    bars.forEach((r, i) => expect(r.width).toBeCloseTo(values[i]! * unit, 1));
  });

  it('barsScene(data) keeps the widest bar and its value label inside the scene', () => {
    const scene = barsScene([bar('a', 11, { valueLabel: '11× (conditional)' }), bar('b', 1)]);
    const widest = Math.max(...rects(scene, 'bar').map((r) => r.x + r.width));
    expect(widest).toBeLessThanOrEqual(scene.width - margin);
    expectSound(scene);
  });

  it('barsScene(data) draws a zero bar with width 0 and a visible rule at the origin', () => {
    const scene = barsScene([bar('none', 0), bar('some', 3)]);
    const [zero] = rects(scene, 'bar');
    expect(zero!.width).toBe(0);
    const rule = originRules(scene).find((l) => l.y1 <= zero!.y && l.y2 >= zero!.y + zero!.height);
    expect(rule, 'an origin rule spans the zero bar’s row').toBeDefined();
    expect(rule!.x1).toBe(margin);
    expect(rule!.y2 - rule!.y1).toBeGreaterThan(0);
    expect(texts(scene, 'value-label').map((t) => t.lines[0])).toContain('0%');
    expectSound(scene);
  });

  it('barsScene(data) with every value zero draws zero-width bars, one origin rule each, no NaN', () => {
    const scene = barsScene([bar('a', 0), bar('b', 0), bar('c', 0)]);
    expect(rects(scene, 'bar').map((r) => r.width)).toEqual([0, 0, 0]);
    expect(originRules(scene)).toHaveLength(3);
    expectSound(scene);
  });

  it('barsScene(data) with a single percentage draws one bar of positive width (read against 100%)', () => {
    const scene = barsScene([bar('only', 42)]);
    const bars = rects(scene, 'bar');
    expect(bars).toHaveLength(1);
    expect(bars[0]!.width).toBeGreaterThan(0);
    expectSound(scene);
  });

  it('barsScene(data) prints a lone figure of its unit as a number, never as a bar on a scale of its own', () => {
    const scene = barsScene([
      bar('accounts', 24000, { unit: 'accounts', valueLabel: 'more than 24,000 accounts' }),
      bar('exchanges', 16e6, { unit: 'exchanges', valueLabel: 'over 16 million exchanges' }),
    ]);
    expect(rects(scene, 'bar')).toEqual([]);
    expect(texts(scene, 'lone').map((t) => t.lines.join(' '))).toEqual([
      'more than 24,000 accounts',
      'over 16 million exchanges',
    ]);
    expectSound(scene);
  });

  it('barsScene(data) keys no status for figures printed as numbers: the key explains bars, and there are none', () => {
    const scene = barsScene([
      bar('accounts', 24000, { unit: 'accounts', status: 'allegation', valueLabel: 'more than 24,000 accounts' }),
      bar('exchanges', 16e6, { unit: 'exchanges', status: 'allegation', valueLabel: 'over 16 million exchanges' }),
    ]);
    expect(texts(scene, 'key-label')).toEqual([]);
    expect(rects(scene, 'key-swatch')).toEqual([]);
  });

  it('barsScene(data) with very large values (1e12) stays finite, proportional and inside', () => {
    const scene = barsScene([
      bar('huge', 1e12, { valueLabel: '1,000 billion' }),
      bar('half', 5e11, { valueLabel: '500 billion' }),
      bar('tiny', 1, { valueLabel: '1' }),
    ]);
    const [huge, half, tiny] = rects(scene, 'bar');
    expect(half!.width / huge!.width).toBeCloseTo(0.5, 2);
    expect(tiny!.width).toBeGreaterThanOrEqual(0);
    expect(tiny!.width).toBeLessThan(1);
    expectSound(scene);
  });

  const realisticBars: BarDatum[] = [
    bar('a', 20, {
      label: 'Firefox security fixes last month against the monthly average of 2025',
      valueLabel: 'almost 20× (estimate)',
    }),
    bar('b', 1, { label: 'Monthly average of 2025 (the baseline)', valueLabel: '1× (baseline)', reference: true }),
    bar('c', 11, {
      valueLabel: '11×',
      note: 'Only if the US strengthens its restrictions on the CCP’s ability to access US compute',
      status: 'conditional',
    }),
  ];

  it.each([400, 640])('barsScene(data, %d) fits every label and bar inside the width', (width) => {
    const scene = barsScene(realisticBars, width);
    expect(scene.width).toBe(width);
    expectSound(scene);
  });

  it('barsScene(data, 320) fits every label and bar inside the width', () => {
    expectSound(barsScene(realisticBars, 320));
  });

  it('barsScene(data) draws percentages against the whole: alone, 50% is half the plot; beside the whole, half its bar', () => {
    const [alone] = rects(barsScene([bar('a', 50)]), 'bar');
    expect(alone!.width * 2).toBeCloseTo(width - 2 * margin, 1);
    const [half, whole] = rects(barsScene([bar('a', 50), bar('b', 100, { reference: true })]), 'bar');
    expect(half!.width * 2).toBeCloseTo(whole!.width, 1);
  });

  it('barsScene(data) draws the whole (a baseline) as long as the plot, its label under it, so small shares read larger', () => {
    const scene = barsScene([
      bar('whole', 100, { reference: true, valueLabel: '100% (baseline)' }),
      bar('a', 4, { valueLabel: '4% (estimate)' }),
    ]);
    const [whole, share] = rects(scene, 'bar');
    expect(whole!.width).toBeCloseTo(width - 2 * margin, 1);
    expect(share!.width).toBeCloseTo((width - 2 * margin) * 0.04, 1);
    const [wholeLabel, shareLabel] = texts(scene, 'value-label');
    expect(wholeLabel!.y - wholeLabel!.size).toBeGreaterThanOrEqual(whole!.y + whole!.height);
    expect(shareLabel!.x).toBeGreaterThan(share!.x + share!.width);
    expectNoLabelOverBar(scene);
  });

  it('barsScene(data) puts a value label too long for the space after its bar on a line under it, never over it', () => {
    const scene = barsScene([
      bar('a', 11, { unit: 'x', valueLabel: 'more than 24,000 accounts (allegation)' }),
      bar('b', 1, { unit: 'x', valueLabel: '1×' }),
    ]);
    const [long, short] = rects(scene, 'bar');
    const [longLabel, shortLabel] = texts(scene, 'value-label');
    expect(longLabel!.x).toBe(margin);
    expect(longLabel!.y - longLabel!.size).toBeGreaterThanOrEqual(long!.y + long!.height);
    expect(longLabel!.y).toBeLessThan(short!.y);
    // The short one still sits after its bar, on the bar's row.
    expect(shortLabel!.x).toBeGreaterThan(short!.x + short!.width);
    expectNoLabelOverBar(scene);
    expectSound(scene);
  });

  it('barsScene(data) marks a reference bar and a non-stated status in the bar’s class', () => {
    const scene = barsScene([
      bar('base', 1, { reference: true }),
      bar('est', 20, { status: 'estimate' }),
      bar('fact', 4, { status: 'stated' }),
    ]);
    const classes = rects(scene, 'bar').map((r) => r.className.split(' '));
    expect(classes[0]).toContain('reference');
    expect(classes[1]).toContain('status-estimate');
    expect(classes[2]!.some((c) => c.startsWith('status-'))).toBe(false);
  });

  it('barsScene(data) never draws bars of different units on one scale', () => {
    const scene = barsScene([
      bar('a', 94),
      bar('b', 3, { unit: 'labs', valueLabel: '3 labs' }),
      bar('c', 13, { unit: 'labs', valueLabel: '13 labs' }),
    ]);
    // Each unit has its own scale: 3 labs is not drawn as 3/94 of the 94% bar.
    const [a, b, c] = rects(scene, 'bar');
    expect(b!.width / c!.width).toBeCloseTo(3 / 13, 2);
    expect(c!.width).toBeGreaterThan(a!.width / 2);
  });

  it('barsScene(data) prints each value label once, beside its own bar, never over a bar', () => {
    const scene = barsScene([bar('a', 4), bar('b', 2)]);
    const bars = rects(scene, 'bar');
    const labels = texts(scene, 'value-label');
    expect(labels.map((t) => t.lines[0])).toEqual(['4%', '2%']);
    labels.forEach((label, i) => {
      expect(label.y).toBeGreaterThan(bars[i]!.y);
      expect(label.y).toBeLessThan(bars[i]!.y + bars[i]!.height);
      expect(label.x).toBeGreaterThan(bars[i]!.x + bars[i]!.width);
    });
    expectNoLabelOverBar(scene);
  });

  it('barsScene(data) wraps a long label within the plot width', () => {
    const label =
      'US compute relative to China’s AI sector if the United States strengthens its restrictions on access';
    const scene = barsScene([bar('a', 4, { label })]);
    const [text] = texts(scene, 'bar-label');
    expect(text!.lines.length).toBeGreaterThan(1);
    for (const line of text!.lines)
      expect(textWidth(line, layout.fontSize)).toBeLessThanOrEqual(scene.width - 2 * margin);
  });

  it.each([
    ['negative', -1],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
  ])('barsScene(data) refuses a %s value, naming the bar', (_, value) => {
    expect(() => barsScene([bar('fine', 3), bar('broken-bar', value)])).toThrowError(/bar "broken-bar"/);
  });

  it('barsScene([]) is an empty scene of finite size', () => {
    const scene = barsScene([]);
    expect(scene.marks).toEqual([]);
    expectAllFinite(scene);
  });
});
