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
});
