/**
 * /scenarios/ as built: both scenarios on each of the four fronts, each cell with something to say and
 * a citation marker to back it. How a reader opens the markers is checked in a browser
 * (tests/e2e/scenarios.spec.ts, tests/e2e/cite-close.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { builtPage, fold } from '../support/site.ts';

const $ = builtPage('/scenarios/');
const fronts = ['intelligence', 'domesticAdoption', 'globalDistribution', 'resilience'];

describe('/scenarios/', () => {
  it.each(fronts)('shows both scenarios on the %s front, each in a cell with text', (front) => {
    const cells = $(`[data-row="${front}"] .cell`);
    expect(cells.length).toBe(2);
    for (const cell of cells.toArray()) expect(fold($(cell).text()).length).toBeGreaterThan(40);
  });

  it('says in both scenarios that the paper does not focus on resilience', () => {
    for (const cell of $('[data-row="resilience"] .cell').toArray()) expect($(cell).text()).toMatch(/focus/i);
  });

  it('carries at least one citation marker in every cell', () => {
    const cells = $('.scenario-row .cell').toArray();
    expect(cells.length).toBeGreaterThanOrEqual(26);
    const bare = cells.filter((cell) => $(cell).find('.cite').length === 0).map((cell) => `${$(cell).closest('[data-row]').attr('data-row')} / ${$(cell).attr('data-scenario')}`);
    expect(bare).toEqual([]);
  });

  it('numbers its markers 1, 2, 3… in reading order, and each folded note names the numbers it holds', () => {
    const numberOf = (cite: unknown) => Number(/\[(\d+)\]/.exec($(cite as never).find('.cite-marker').text())![1]);
    const numbers = $('.cite')
      .toArray()
      .map(numberOf);
    expect(numbers.length).toBeGreaterThan(40);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const folds = $('details.commentary').toArray();
    expect(folds.length).toBeGreaterThan(3);
    for (const fold of folds) {
      const inside = $(fold).find('.cite').toArray().map(numberOf);
      const named = inside.length === 1 ? `citation ${inside[0]}` : `citations ${inside[0]}–${inside.at(-1)}`;
      expect($(fold).children('summary').text()).toContain(named);
    }
  });
});
