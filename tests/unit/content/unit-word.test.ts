import { describe, expect, it } from 'vitest';
import { printsWithUnit } from '../../../src/content/unit-word.ts';

describe('printsWithUnit(quote, values, unit)', () => {
  it('printsWithUnit(quote, values, unit) finds a number printed with its unit: percent, times, a dollar sign', () => {
    expect(printsWithUnit('DeepSeek complied with 94 percent of requests', [94], '%')).toBe(true);
    expect(printsWithUnit('a 25% tax on its sales', [25], '%')).toBe(true);
    expect(printsWithUnit('roughly 11 times more compute', [11], 'x')).toBe(true);
    expect(printsWithUnit('the 11x compute edge', [11], 'x')).toBe(true);
    expect(printsWithUnit('costs roughly ten times higher by 2027', [10], 'x')).toBe(true);
    expect(printsWithUnit('over $2.5 billion worth of servers', [2.5e9], 'USD')).toBe(true);
  });

  it('printsWithUnit(quote, values, unit) refuses the number printed as something else', () => {
    expect(printsWithUnit('roughly 11 times more compute, one study estimates', [1], 'x')).toBe(false);
    expect(printsWithUnit('just 4 percent of the compute', [4], 'x')).toBe(false);
    expect(printsWithUnit('about 11 times', [11], '%')).toBe(false);
  });

  it('printsWithUnit(quote, values, unit) leaves units it does not know to other checks', () => {
    expect(printsWithUnit('13 top Chinese AI labs', [13], 'labs')).toBe(true);
  });
});
