import { describe, expect, it } from 'vitest';
import { barsScene } from '../../../src/charts/bars.ts';
import { chartDescription, chartRows, chartScene } from '../../../src/charts/chart-from-content.ts';
import { leadWindowScene } from '../../../src/charts/lead-window.ts';
import { layout, type Mark, type Scene, type TextMark } from '../../../src/charts/scene.ts';
import { singleSourceBadgeText, singleSourceKeyText } from '../../../src/charts/status-key.ts';
import { timelineScene } from '../../../src/charts/timeline.ts';
import { loadModel } from '../../fixtures/real-model.ts';
import { expectAllFinite, expectShapesInside, expectTextInside } from './scene-checks.ts';

const real = loadModel();

const hasClass = (m: Mark, name: string) => m.className.split(' ').includes(name);
const badges = (scene: Scene) =>
  scene.marks.filter((m): m is TextMark => m.type === 'text' && m.lines.join(' ') === singleSourceBadgeText);
const keyLabels = (scene: Scene) =>
  scene.marks.filter((m): m is TextMark => m.type === 'text' && m.lines.join(' ') === singleSourceKeyText);

describe('the single-source flag on chart marks', () => {
  it('barsScene: the flagged bar carries the class and a "1 source" badge, the other bar neither; the key explains it', () => {
    const scene = barsScene([
      { key: 'a', label: 'Flagged', value: 4, valueLabel: '4%', unit: '%', singleSource: true },
      { key: 'b', label: 'Plain', value: 2, valueLabel: '2%', unit: '%' },
    ]);
    const bars = scene.marks.filter((m) => m.type === 'rect' && hasClass(m, 'bar'));
    expect(bars.map((b) => hasClass(b, 'single-source'))).toEqual([true, false]);
    // One badge on the flagged bar's row, one in the key beside its words.
    expect(badges(scene)).toHaveLength(2);
    expect(keyLabels(scene)).toHaveLength(1);
    const [flagged, plain] = bars as { y: number }[];
    const rowBadge = badges(scene).find((b) => b.y > flagged!.y)!;
    expect(rowBadge.y).toBeLessThan(plain!.y);
    expectAllFinite(scene);
    expectShapesInside(scene);
    expectTextInside(scene);
  });

  it('barsScene: no flagged figure, no badge and no key entry', () => {
    const scene = barsScene([{ key: 'b', label: 'Plain', value: 2, valueLabel: '2%', unit: '%' }]);
    expect(badges(scene)).toHaveLength(0);
    expect(keyLabels(scene)).toHaveLength(0);
    expect(scene.marks.some((m) => hasClass(m, 'single-source'))).toBe(false);
  });

  for (const width of [layout.narrowWidth, layout.wideWidth]) {
    it(`timelineScene at ${width}: a flagged event’s point carries the class and a badge beside it; others do not`, () => {
      const scene = timelineScene(
        [
          {
            key: 'x',
            date: '2025-08-01',
            precision: 'month',
            inferred: true,
            label: 'One outlet says so',
            singleSource: true,
          },
          { key: 'y', date: '2026-05-14', precision: 'day', inferred: false, label: 'Widely reported' },
        ],
        width,
      );
      const points = scene.marks.filter((m) => m.type === 'circle') as { cy: number }[];
      expect(points.map((p) => hasClass(p as unknown as Mark, 'single-source'))).toEqual([true, false]);
      // The key's badge is the topmost; the event's badge is nearer its own point than the next one's.
      const keyTop = Math.min(...badges(scene).map((b) => b.y));
      const rowBadges = badges(scene).filter((b) => b.y > keyTop);
      expect(rowBadges).toHaveLength(1);
      const [p0, p1] = points;
      expect(Math.abs(rowBadges[0]!.y - p0!.cy)).toBeLessThan(Math.abs(rowBadges[0]!.y - p1!.cy));
      expect(keyLabels(scene)).toHaveLength(1);
      expectShapesInside(scene);
      expectTextInside(scene);
    });
  }

  it('leadWindowScene: a flagged words-only row carries the class and a badge', () => {
    const row = { label: 'Today', text: 'several months', status: 'estimate' as const };
    const scene = leadWindowScene({
      today: { ...row, singleSource: true },
      target: { label: 'Range', low: 12, high: 24, valueLabel: '12–24 months', status: 'conditional' },
      parity: { ...row, label: 'Other' },
      axisTitle: 'Lead (months)',
    });
    const words = scene.marks.filter((m): m is TextMark => m.type === 'text' && hasClass(m, 'qualitative'));
    expect(words.map((w) => hasClass(w, 'single-source'))).toEqual([true, false]);
    expect(badges(scene)).toHaveLength(2);
  });

  it('chartScene(timeline) flags exactly the real single-source events, and the description says so in words', () => {
    const chart = real.chart('timeline');
    const flagged = chart.figures.filter((id) => real.singleSource.has(id));
    expect(flagged.length).toBeGreaterThan(0);
    const points = chartScene(chart, real).marks.filter((m) => m.type === 'circle');
    expect(points.filter((p) => hasClass(p, 'single-source'))).toHaveLength(flagged.length);
    const description = chartDescription(chart, real);
    for (const id of flagged) expect(description).toContain(real.figure(id).label);
    expect(chartRows(chart, real).filter((r) => r.singleSource)).toHaveLength(flagged.length);
  });

  it('chartDescription is the content description alone when no figure is flagged', () => {
    const chart = real.chart('compute-gap');
    expect(chart.figures.some((id) => real.singleSource.has(id))).toBe(false);
    expect(chartDescription(chart, real)).toBe(chart.description);
  });
});
