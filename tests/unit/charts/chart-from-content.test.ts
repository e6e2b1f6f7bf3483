import { describe, expect, it } from 'vitest';
import { chartCardFigures } from '../../../src/charts/preview-cards.ts';
import {
  chartRows,
  chartScene,
  chartSourceText,
  figureNote,
  figureValueText,
  figureValueWithStatus,
  qualitativeText,
} from '../../../src/charts/chart-from-content.ts';
import type { TextMark } from '../../../src/charts/scene.ts';
import { buildModel, type Model } from '../../../src/model/build-model.ts';
import { chartSchema, figureSchema, sourceSchema, type Chart, type Figure } from '../../../src/schemas.ts';
import { loadModel } from '../../fixtures/real-model.ts';

const archive = 'The lab said the rival has at least several months to go. It may lock in a 12-24 month lead.';

const news = sourceSchema.parse({
  id: 'daily-news',
  title: 'Lab warns',
  name: 'Daily News',
  outlet: 'Daily News (a test outlet)',
  kind: 'news',
  archive: 'a.txt',
  archiveSha256: '0'.repeat(64),
  description: 'A news report used by these tests only.',
});
const paper = sourceSchema.parse({
  id: 'lab-paper',
  title: 'The paper',
  name: 'The Lab, its paper',
  outlet: 'The Lab',
  kind: 'primary',
  published: '2026-05-14',
  description: 'The primary source, known only through the news.',
});

const mention = (quote: string) => ({ source: 'daily-news', quote });

function figure(fields: Record<string, unknown>): Figure {
  return figureSchema.parse({
    label: 'A figure',
    claimant: 'The lab',
    status: 'stated',
    mentions: [mention('at least several months')],
    ...fields,
  });
}

function chart(fields: Record<string, unknown>): Chart {
  return chartSchema.parse({
    title: 'A chart',
    subtitle: 'Its measure',
    form: 'bars',
    sources: ['daily-news'],
    order: 1,
    description: 'A chart used by these tests only.',
    ...fields,
  });
}

function model(figures: Figure[], charts: Chart[]): Model {
  return buildModel({
    sources: [news, paper],
    archive: new Map([['a.txt', archive]]),
    figures,
    discrepancies: [],
    charts,
    scenarios: [],
    commentary: [],
  });
}

const shown = (marks: { type: string }[]) =>
  marks
    .filter((m): m is TextMark => m.type === 'text')
    .map((m) => m.lines.join(' '))
    .join(' | ');

describe('figureValueText(figure) and figureValueWithStatus(figure)', () => {
  it('figureValueText(figure) prints a number with its qualifier and unit', () => {
    expect(figureValueText(figure({ id: 'a', value: 20, unit: 'x', qualifier: 'almost' }))).toBe('almost 20×');
  });

  it('figureValueText(figure) prints a range as low–high with the unit once', () => {
    expect(figureValueText(figure({ id: 'a', value: { low: 12, high: 24 }, unit: 'months' }))).toBe('12–24 months');
  });

  it('figureValueText(figure) prints a date only as precisely as known, and says when we inferred it', () => {
    expect(
      figureValueText(
        figure({
          id: 'a',
          date: '2025-08-01',
          datePrecision: 'month',
          dateInferred: true,
          dateNote: 'from "last August"',
        }),
      ),
    ).toBe('Aug 2025 (inferred)');
    expect(figureValueText(figure({ id: 'b', date: '2026-05-14' }))).toBe('14 May 2026');
  });

  it('figureValueText(figure) quotes qualitative words only when a mention has them verbatim', () => {
    const verbatim = figure({ id: 'a', qualitative: 'at least several months' });
    const ours = figure({ id: 'b', qualitative: 'a lead of some months' });
    expect(figureValueText(verbatim)).toBe('“at least several months” (no number given)');
    expect(qualitativeText(ours)).toBe('a lead of some months');
  });

  it('figureValueWithStatus(figure) names every status but "stated"', () => {
    expect(figureValueWithStatus(figure({ id: 'a', value: 4, unit: '%' }))).toBe('4%');
    for (const status of ['estimate', 'allegation', 'unverified'] as const) {
      expect(figureValueWithStatus(figure({ id: 'a', value: 4, unit: '%', status }))).toBe(`4% (${status})`);
    }
  });

  it('figureValueWithStatus(figure) puts the status inside brackets the value already ends with', () => {
    const words = figure({ id: 'a', qualitative: 'at least several months', status: 'estimate' });
    expect(figureValueWithStatus(words)).toBe('“at least several months” (no number given; estimate)');
    const inferred = figure({
      id: 'b',
      date: '2025-08-01',
      datePrecision: 'month',
      dateInferred: true,
      dateNote: 'from "last August"',
      status: 'allegation',
    });
    expect(figureValueWithStatus(inferred)).toBe('Aug 2025 (inferred; allegation)');
  });
});

describe('figureNote(figure)', () => {
  it('figureNote(figure) states the condition of a conditional figure with "if", never a firmer "only if"', () => {
    const note = (condition: string) => figureNote(figure({ id: 'a', value: 1, status: 'conditional', condition }));
    expect(note('if the allies act now')).toBe('Condition: if the allies act now');
    expect(note('If the allies act now')).toBe('Condition: if the allies act now');
    expect(note('the allies act now')).toBe('Condition: if the allies act now');
    expect(note('unless the allies act now')).toBe('Condition: unless the allies act now');
  });

  it('figureNote(figure) warns of an unverified figure and an allegation, and says nothing of a stated one', () => {
    expect(figureNote(figure({ id: 'a', value: 1, status: 'unverified' }))).toMatch(/could not verify/);
    expect(figureNote(figure({ id: 'a', value: 1, status: 'allegation' }))).toMatch(/allegation/i);
    expect(figureNote(figure({ id: 'a', value: 1 }))).toBeUndefined();
  });
});

describe('chartScene(chart, model)', () => {
  it('chartScene(bars chart) draws the reference baseline first, labelled as a baseline', () => {
    const f = figure({
      id: 'gap',
      label: 'Compute gap',
      value: 11,
      unit: 'x',
      status: 'conditional',
      condition: 'if restrictions hold',
      primary: 'lab-paper',
      // Quoted from its own publication too, so it is no single-source claim (that mark is tested elsewhere).
      mentions: [mention('at least several months'), { source: 'lab-paper', quote: 'if restrictions hold' }],
    });
    const c = chart({ id: 'gap-chart', figures: ['gap'], reference: { label: 'China (baseline)', value: 1 } });
    const scene = chartScene(c, model([f], [c]));
    const bars = scene.marks.filter((m) => m.type === 'rect' && m.className.startsWith('bar'));
    expect(bars.map((b) => b.className)).toEqual(['bar reference', 'bar status-conditional']);
    const text = shown(scene.marks);
    expect(text).toContain('1× (baseline)');
    expect(text).toContain('11× (conditional)');
    expect(text).toContain('Condition: if restrictions hold');
  });

  it('chartScene(bars chart) tells apart bars that differ only by their period', () => {
    const f26 = figure({ id: 'share-2026', label: 'Share of compute', value: 4, unit: '%', period: '2026' });
    const f27 = figure({ id: 'share-2027', label: 'Share of compute', value: 2, unit: '%', period: '2027' });
    const c = chart({ id: 'share', figures: ['share-2026', 'share-2027'] });
    const labels = chartScene(c, model([f26, f27], [c])).marks.filter(
      (m): m is TextMark => m.type === 'text' && m.className === 'bar-label',
    );
    const words = labels.map((l) => l.lines.join(' '));
    expect(new Set(words).size).toBe(2);
    expect(words[0]).toContain('2026');
    expect(words[1]).toContain('2027');
  });

  it('chartScene(bars chart) refuses a figure with no single number, naming chart and figure', () => {
    const f = figure({ id: 'words-only', qualitative: 'at least several months' });
    const c = chart({ id: 'bad-bars', figures: ['words-only'] });
    expect(() => chartScene(c, model([f], [c]))).toThrowError(/chart "bad-bars": figure "words-only"/);
  });

  it('chartScene(timeline chart) refuses a figure with no date, naming chart and figure', () => {
    const f = figure({ id: 'undated', value: 4 });
    const c = chart({ id: 'bad-timeline', form: 'timeline', figures: ['undated'] });
    expect(() => chartScene(c, model([f], [c]))).toThrowError(/chart "bad-timeline": figure "undated" has no date/);
  });

  it('chartScene(lead-window chart) refuses figures that are not one range and two qualitative rows', () => {
    const f = figure({ id: 'range', value: { low: 12, high: 24 }, unit: 'months' });
    const c = chart({ id: 'bad-window', form: 'lead-window', figures: ['range'] });
    expect(() => chartScene(c, model([f], [c]))).toThrowError(/chart "bad-window": a lead window needs/);
  });

  it('chartScene(lead-window chart) says today’s lead in words with its status, and the range with its condition', () => {
    const today = figure({ id: 'today', label: 'Today', qualitative: 'at least several months', status: 'estimate' });
    const target = figure({
      id: 'target',
      label: 'By 2028',
      value: { low: 12, high: 24 },
      unit: 'months',
      status: 'conditional',
      condition: 'if the allies act now',
    });
    const parity = figure({ id: 'parity', label: 'If not', qualitative: 'catch up', period: '2028' });
    // Listed with the other scenario first: the rows are told apart by period, not by order.
    const c = chart({ id: 'window', form: 'lead-window', figures: ['parity', 'target', 'today'] });
    const text = shown(chartScene(c, model([today, target, parity], [c])).marks);
    expect(text).toContain('“at least several months” (estimate)');
    expect(text.indexOf('at least several months')).toBeLessThan(text.indexOf('catch up'));
    expect(text).toContain('12–24 months (conditional)');
    expect(text).toContain('Condition: if the allies act now');
    expect(text).toContain('(months)');
  });
});

describe('chartRows(chart, model) and chartSourceText(chart, model)', () => {
  it('chartRows(chart, model) gives one row per figure, in the chart’s order, primary source first', () => {
    const a = figure({ id: 'a', value: 4, primary: 'lab-paper' });
    const b = figure({
      id: 'b',
      value: 2,
      mentions: [mention('at least several months'), mention('a 12-24 month lead')],
    });
    const c = chart({ id: 'c', figures: ['b', 'a'] });
    const rows = chartRows(c, model([a, b], [c]));
    expect(rows.map((r) => r.figure.id)).toEqual(['b', 'a']);
    expect(rows[0]!.sources).toEqual(['daily-news']);
    expect(rows[1]!.sources).toEqual(['lab-paper', 'daily-news']);
  });

  it('chartSourceText(chart, model) names each claimant once and each source by its short name', () => {
    const a = figure({ id: 'a', value: 4, claimant: 'The lab' });
    const b = figure({ id: 'b', value: 2, claimant: 'The lab' });
    const c = chart({ id: 'c', figures: ['a', 'b'], sources: ['daily-news', 'lab-paper'] });
    expect(chartSourceText(c, model([a, b], [c]))).toBe('Claimed by The lab. Sources: Daily News; The Lab, its paper.');
  });

  it('chartSourceText(chart, model) says "Source" for a chart with one source', () => {
    const a = figure({ id: 'a', value: 4, claimant: 'The lab' });
    const c = chart({ id: 'c', figures: ['a'], sources: ['daily-news'] });
    expect(chartSourceText(c, model([a], [c]))).toBe('Claimed by The lab. Source: Daily News.');
  });
});

describe('the real charts', () => {
  const real = loadModel();

  // Bars: every figure. Lead window: today's row and the range (the other scenario's row is framed by its label).
  it.each(real.charts.filter((c) => c.form !== 'timeline').map((c) => c.id))(
    'chartScene(%s) prints the status of every plotted number that is not a plain statement',
    (id) => {
      const c = real.chart(id);
      const text = shown(chartScene(c, real).marks);
      const figures = c.figures.map((f) => real.figure(f));
      const checked = c.form === 'bars' ? figures : figures.slice(0, 2);
      for (const f of checked) if (f.status !== 'stated') expect(text, f.id).toContain(`(${f.status})`);
    },
  );

  /** Three-word phrases said twice in one label (case and punctuation ignored). */
  function repeatedPhrases(text: string): string[] {
    const words = text
      .toLowerCase()
      .replace(/[^a-z0-9\s]/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    const seen = new Set<string>();
    const repeated: string[] = [];
    for (let i = 0; i + 3 <= words.length; i++) {
      const phrase = words.slice(i, i + 3).join(' ');
      if (seen.has(phrase)) repeated.push(phrase);
      seen.add(phrase);
    }
    return repeated;
  }

  const barCharts = real.charts.filter((c) => c.form === 'bars').map((c) => c.id);

  // Guards a fixed fault: a bar's label once got ", <period>" appended even when the label already said
  // it, so firefox-fixes read "… last month, relative to its 2025 monthly average, last month (April 2026) …".
  it.each(barCharts.filter((id) => id === 'firefox-fixes'))('chartScene(%s) bar labels say nothing twice', (id) => {
    const labels = chartScene(real.chart(id), real).marks.filter(
      (m): m is TextMark => m.type === 'text' && m.className === 'bar-label',
    );
    for (const label of labels) expect(repeatedPhrases(label.lines.join(' '))).toEqual([]);
  });

  it.each(barCharts.filter((id) => id !== 'firefox-fixes'))('chartScene(%s) bar labels say nothing twice', (id) => {
    const labels = chartScene(real.chart(id), real).marks.filter(
      (m): m is TextMark => m.type === 'text' && m.className === 'bar-label',
    );
    for (const label of labels) expect(repeatedPhrases(label.lines.join(' '))).toEqual([]);
  });

  it.each(real.charts.map((c) => c.id))('chartCardFigures(%s): a link preview label says nothing twice', (id) => {
    for (const f of chartCardFigures(real.chart(id), real)) expect(repeatedPhrases(f.label), f.label).toEqual([]);
  });

  it.each(barCharts)('chartScene(%s) gives every bar a label of its own', (id) => {
    const labels = chartScene(real.chart(id), real)
      .marks.filter((m): m is TextMark => m.type === 'text' && m.className === 'bar-label')
      .map((l) => l.lines.join(' '));
    expect(new Set(labels).size).toBe(labels.length);
  });
});
