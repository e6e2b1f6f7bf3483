import { describe, expect, it } from 'vitest';
import { claimantLine, headlineFigures } from '../../../src/model/headline-figures.ts';
import { keyChartIds } from '../../../src/site.ts';
import { loadModel } from '../../fixtures/real-model.ts';

const model = loadModel();
const headlines = headlineFigures(model, [...keyChartIds]);

describe('headlineFigures(model, chartIds)', () => {
  it('headlineFigures counts the disagreements on its figures, so a disputed number does not look settled', () => {
    for (const h of headlines) {
      // The headline's figures: the chart's figures that carry a number.
      const figures = model.chart(h.chartId).figures.filter((id) => model.figure(id).value !== undefined);
      const disputes = model.discrepancies.filter(
        (d) => d.weight !== 'slip' && d.figures.some((f) => figures.includes(f)),
      );
      expect(h.disagreements, h.chartId).toBe(disputes.length);
    }
    // The Daily Scout could not verify the 11x figure: its headline says the sources differ.
    expect(headlines.find((h) => h.chartId === 'compute-gap')!.disagreements).toBeGreaterThan(0);
  });

  it('claimantLine(headline) names the claimant, then the disagreements, in the singular for one', () => {
    const base = { ...headlines[0]!, claimant: 'Anthropic' };
    expect(claimantLine({ ...base, disagreements: 0 })).toBe('Anthropic');
    expect(claimantLine({ ...base, disagreements: 1 })).toBe('Anthropic · 1\u00a0disagreement');
    expect(claimantLine({ ...base, disagreements: 4 })).toBe('Anthropic · 4\u00a0disagreements');
  });
});
