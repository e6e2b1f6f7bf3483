import { describe, expect, it } from 'vitest';
import { layout, type CircleMark, type LineMark, type Scene } from '../../../src/charts/scene.ts';
import { timelineColumnsScene, timelineScene } from '../../../src/charts/timeline.ts';
import { compareEventDates, formatEventDate, type TimelineEvent } from '../../../src/charts/timeline-event.ts';
import { textWidth } from '../../../src/charts/wrap-text.ts';
import { expectAllFinite, expectShapesInside, expectTextInside, texts } from './scene-checks.ts';

function event(key: string, date: string, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { key, date, precision: 'day', inferred: false, label: `Event ${key}`, ...extra };
}

const points = (scene: Scene) => scene.marks.filter((m): m is CircleMark => m.type === 'circle');
const axis = (scene: Scene) => scene.marks.find((m): m is LineMark => m.type === 'line' && m.className === 'axis');
const wide = layout.wideWidth;

function expectSound(scene: Scene): void {
  expectAllFinite(scene);
  expectShapesInside(scene);
  expectTextInside(scene);
}

describe('timelineScene(events, width)', () => {
  it('timelineScene([one event]) draws one point on a line of zero or more length, all finite', () => {
    const scene = timelineScene([event('only', '2026-05-14')]);
    expect(points(scene)).toHaveLength(1);
    const line = axis(scene)!;
    expect(line.y2).toBeGreaterThanOrEqual(line.y1);
    expect(texts(scene, 'event-label').map((t) => t.lines.join(' '))).toEqual(['Event only']);
    expectSound(scene);
  });

  it('timelineScene(events) draws events from top to bottom in the order given, as the table and the data file list them', () => {
    // The gate keeps a chart's events earliest first; "May 2026" and 14 May 2026 stay as the author listed them.
    const given = [
      event('a', '2017-11-08'),
      event('c', '2026-05-14'),
      event('b', '2026-05-01', { precision: 'month' }),
    ];
    for (const scene of [timelineScene(given, wide), timelineScene(given, layout.narrowWidth)]) {
      expect(texts(scene, 'event-label').map((t) => t.lines[0])).toEqual(['Event a', 'Event c', 'Event b']);
      const ys = points(scene).map((p) => p.cy);
      expect([...ys].sort((p, q) => p - q)).toEqual(ys);
    }
  });

  it('timelineScene(events, wide) starts every right-aligned date inside the drawing, with room for wide digits', () => {
    const scene = timelineScene([event('a', '2025-04-30'), event('b', '2026-12-31')], wide);
    for (const date of texts(scene, 'date-label').filter((t) => t.anchor === 'end'))
      expect(date.x - textWidth(date.lines[0]!, date.size) * 1.15, date.lines[0]).toBeGreaterThanOrEqual(0);
  });

  it('timelineScene(events) runs the line through every point', () => {
    const scene = timelineScene([event('a', '2026-01-01'), event('b', '2026-02-01'), event('c', '2026-03-01')]);
    const line = axis(scene)!;
    for (const p of points(scene)) {
      expect(p.cx).toBe(line.x1);
      expect(p.cy).toBeGreaterThanOrEqual(line.y1);
      expect(p.cy).toBeLessThanOrEqual(line.y2);
    }
  });

  it('timelineScene(events, wide) draws an inferred date hollow and says "(inferred)" under it', () => {
    const scene = timelineScene(
      [event('guessed', '2025-08-01', { precision: 'month', inferred: true }), event('known', '2026-05-14')],
      wide,
    );
    const [guessed, known] = points(scene);
    expect(guessed!.className.split(' ')).toContain('inferred');
    expect(known!.className.split(' ')).not.toContain('inferred');
    // "(inferred)" is its own, smaller line under the date.
    const dates = texts(scene, 'date-label').map((t) => t.lines.join(' '));
    expect(dates).toEqual(['Aug 2025', '(inferred)', '14 May 2026']);
    const [date, inferred] = texts(scene, 'date-label');
    expect(inferred!.y).toBeGreaterThan(date!.y);
    expect(inferred!.size).toBeLessThan(date!.size);
  });

  it('timelineScene(events, wide) says in words when a year or more passes between events', () => {
    const scene = timelineScene([event('a', '2017-11-08'), event('b', '2022-10-07'), event('c', '2022-12-01')], wide);
    const gaps = texts(scene, 'gap-label').map((t) => t.lines[0]);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toContain('5 years later');
  });

  it('timelineScene(events, wide) writes "1 year", not "1 years"', () => {
    const gaps = texts(timelineScene([event('a', '2025-01-01'), event('b', '2026-01-10')], wide), 'gap-label');
    expect(gaps[0]!.lines[0]).toMatch(/about 1 year later$/);
  });

  it('timelineScene(events) wraps long labels inside the scene at 400 and 320', () => {
    const label =
      'Anthropic publishes “2028: Two scenarios for global AI leadership”, coinciding with a presidential visit to Beijing';
    for (const width of [400, 320]) {
      const scene = timelineScene([event('a', '2026-05-14', { label }), event('b', '2026-05-17', { label })], width);
      expect(texts(scene, 'event-label')[0]!.lines.length).toBeGreaterThan(1);
      expectSound(scene);
    }
  });

  it('timelineScene(events) does not let two events overlap', () => {
    const scene = timelineScene([
      event('a', '2026-05-14', { label: 'A long label that wraps over more than one line of the timeline for sure' }),
      event('b', '2026-05-14', { inferred: true }),
      event('c', '2026-05-15'),
    ]);
    const labels = texts(scene, 'event-label');
    for (let i = 1; i < labels.length; i++) {
      const previousBottom = labels[i - 1]!.y + (labels[i - 1]!.lines.length - 1) * 17;
      expect(labels[i]!.y).toBeGreaterThan(previousBottom);
    }
  });

  it('timelineScene([]) is an empty line of finite size', () => {
    expectAllFinite(timelineScene([]));
  });

  it('timelineScene(events) refuses a date that is not YYYY-MM-DD', () => {
    expect(() => timelineScene([event('bad', 'May 14')])).toThrowError(/"May 14" is not a YYYY-MM-DD date/);
  });
});

describe('timelineColumnsScene(events): the slide form', () => {
  const events = ['2017-11-08', '2022-10-07', '2025-04-30', '2025-08-01', '2026-02-23', '2026-05-14', '2026-05-17'].map(
    (date, i) => event(String.fromCharCode(97 + i), date, i === 2 ? { singleSource: true } : {}),
  );
  const scene = timelineColumnsScene(events);
  const axes = scene.marks.filter((m): m is LineMark => m.type === 'line' && m.className === 'axis');
  const labels = texts(scene, 'event-label');

  it('timelineColumnsScene(events) puts the earlier half in the left column and the rest in the right, each on its own line', () => {
    expect(axes).toHaveLength(2);
    const [left, right] = axes as [LineMark, LineMark];
    expect(right.x1).toBeGreaterThan(layout.wideWidth);
    const column = (x: number) => (x < right.x1 ? 'left' : 'right');
    expect(labels.map((t) => `${t.lines[0]} ${column(t.x)}`)).toEqual([
      'Event a left',
      'Event b left',
      'Event c left',
      'Event d left',
      'Event e right',
      'Event f right',
      'Event g right',
    ]);
    // Both columns start level, under the one key.
    expect(left.y1).toBe(right.y1);
    expect(texts(scene, 'key-label')).toHaveLength(1);
    for (const p of points(scene)) expect([left.x1, right.x1]).toContain(p.cx);
    expectSound(scene);
  });

  it('timelineColumnsScene(events) is at least a quarter shorter than the one-column timeline', () => {
    expect(scene.height).toBeLessThan(timelineScene(events, layout.wideWidth).height * 0.75);
  });
});

describe('timelineScene(events, narrow): the phone layout', () => {
  const events = [
    event('trip', '2017-01-01', { precision: 'year' }),
    event('guess-a', '2026-04-01', { precision: 'month', inferred: true }),
    event('guess-b', '2026-04-01', { precision: 'month', inferred: true }),
    event('paper', '2026-05-14', {
      label: 'Anthropic publishes a long paper about two scenarios',
      shortLabel: 'The paper',
    }),
  ];
  const scene = timelineScene(events);

  it('heads each year once, on the line, in order', () => {
    expect(texts(scene, 'year-label').map((t) => t.lines[0])).toEqual(['2017', '2026']);
    const ticks = scene.marks.filter((m): m is LineMark => m.type === 'line' && m.className.includes('year-tick'));
    expect(ticks).toHaveLength(2);
    for (const tick of ticks) expect(tick.x1).toBeLessThan(axis(scene)!.x1);
  });

  it('prints the short label, and the date without its year (for every event on a shared date; none for a year-only date)', () => {
    expect(texts(scene, 'event-label').map((t) => t.lines.join(' '))).toEqual([
      'Event trip',
      'Event guess-a',
      'Event guess-b',
      'The paper',
    ]);
    expect(texts(scene, 'date-label').map((t) => t.lines.join(' '))).toEqual([
      'Apr (inferred)',
      'Apr (inferred)',
      '14 May',
    ]);
    expect(texts(scene, 'date-label')[0]!.className.split(' ')).toContain('inferred');
    expect(points(scene).map((p) => p.className)).toEqual(['point', 'point inferred', 'point inferred', 'point']);
  });

  it('puts each date above its label, and no two labels on the same line', () => {
    const labels = texts(scene, 'event-label');
    const [date] = texts(scene, 'date-label');
    expect(date!.y).toBeLessThan(labels[1]!.y);
    expect(date!.x).toBe(labels[1]!.x);
    for (let i = 1; i < labels.length; i++) expect(labels[i]!.y).toBeGreaterThan(labels[i - 1]!.y);
  });

  it('keeps every label line within the margin, at 300 and 320', () => {
    const long = 'A long label that runs over more than one line of a phone column, for certain';
    for (const width of [300, 320]) {
      const s = timelineScene([event('a', '2026-05-14', { label: long })], width);
      const [label] = texts(s, 'event-label');
      expect(label!.lines.length).toBeGreaterThan(1);
      for (const line of label!.lines)
        expect(label!.x + textWidth(line, label!.size)).toBeLessThanOrEqual(width - layout.margin);
      expectSound(s);
    }
  });
});

describe('formatEventDate(date, precision)', () => {
  it.each([
    ['2026-05-14', 'day', '14 May 2026'],
    ['2025-08-01', 'month', 'Aug 2025'],
    ['2022-01-01', 'year', '2022'],
    ['2026-01-01', 'day', '1 Jan 2026'],
    ['2025-12-31', 'day', '31 Dec 2025'],
  ] as const)('formatEventDate(%j, %j) reads %j, in any time zone', (date, precision, expected) => {
    expect(formatEventDate(date, precision)).toBe(expected);
  });
});

describe('compareEventDates(a, b)', () => {
  const at = (date: string, precision: TimelineEvent['precision'] = 'day') => ({ date, precision });
  it('compareEventDates(a, b) orders two days, two months or two years', () => {
    expect(compareEventDates(at('2026-05-14'), at('2026-05-17'))).toBeLessThan(0);
    expect(compareEventDates(at('2026-05-01', 'month'), at('2026-04-01', 'month'))).toBeGreaterThan(0);
    expect(compareEventDates(at('2017-01-01', 'year'), at('2022-01-01', 'year'))).toBeLessThan(0);
  });
  it('compareEventDates(a, b) cannot order a month and a day in it, or a year and a month in it', () => {
    expect(compareEventDates(at('2026-05-01', 'month'), at('2026-05-14'))).toBe(0);
    expect(compareEventDates(at('2026-05-14'), at('2026-05-01', 'month'))).toBe(0);
    expect(compareEventDates(at('2026-01-01', 'year'), at('2026-08-01', 'month'))).toBe(0);
  });
  it('compareEventDates(a, b) orders a month against a day of another month', () => {
    expect(compareEventDates(at('2026-04-01', 'month'), at('2026-05-14'))).toBeLessThan(0);
    expect(compareEventDates(at('2026-05-14'), at('2026-04-01', 'month'))).toBeGreaterThan(0);
  });
});
