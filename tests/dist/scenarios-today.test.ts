/**
 * What stands today on /scenarios/, checked in the built page: each note of content/today/ sits under its
 * row, outside both scenario columns, labelled as today's, with its charts; and no scenario column shows
 * a chart that plots no figure of 2028.
 */
import { describe, expect, it } from 'vitest';
import { builtPage, fold } from '../support/site.ts';
import { loadContent } from '../../src/content/load-content.ts';
import { describes2028 } from '../../src/model/describes-2028.ts';

const { content } = loadContent('content');
const today = content.today.map((e) => e.data);
const $ = builtPage('/scenarios/');

describe('/scenarios/: today beside the 2028 scenarios', () => {
  it('there are notes of today to show (else these checks prove nothing)', () => {
    expect(today.length).toBeGreaterThan(3);
  });

  it.each(today.map((t) => [t.id, t] as const))('row %s: today’s note is under the row, in neither scenario’s column', (id, t) => {
    const band = $(`[data-row="${id}"] > #today-${id}`);
    expect(band.length).toBe(1);
    expect(band.closest('.cell').length).toBe(0);
    expect(fold(band.text())).toContain('Today, in the paper');
    expect(fold(band.text())).toContain(fold(t.text));
    expect(band.find('a[href^="/sources/anthropic-2028-paper/#q-"], a[href^="/sources/"]').length).toBeGreaterThanOrEqual(
      t.cite.length,
    );
    for (const chart of t.charts) expect($(`[data-row="${id}"] .row-charts a[href="/charts/${chart}/"]`).length).toBe(1);
  });

  it('no scenario cell cites a passage that today’s notes carry, and every listed chart of a cell plots 2028', () => {
    const figures = new Map(content.figures.map((e) => [e.data.id, e.data]));
    for (const { data } of content.scenarios) {
      const cells = [data.premise, ...Object.values(data.fronts), ...Object.values(data.conditions), ...Object.values(data.consequences)];
      for (const cell of cells) {
        for (const id of cell.charts) {
          const chart = content.charts.find((e) => e.data.id === id)!.data;
          expect(chart.figures.some((f) => describes2028(figures.get(f)!)), `${data.id}: ${id}`).toBe(true);
        }
        const todayQuotes = new Set(today.flatMap((t) => t.cite.map((c) => fold(c.quote))));
        for (const c of cell.cite) expect(todayQuotes.has(fold(c.quote)), `${data.id}: ${c.quote}`).toBe(false);
      }
    }
  });
});
