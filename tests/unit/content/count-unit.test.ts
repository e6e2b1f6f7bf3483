import { describe, expect, it } from 'vitest';
import { unitOfAnotherNumber } from '../../../src/content/count-unit.ts';

const quote = 'the labs used more than 24,000 fraudulent accounts to generate over 16 million exchanges';

describe('unitOfAnotherNumber(quote, values, unit)', () => {
  it('names the other number, as written, that the unit follows', () => {
    expect(unitOfAnotherNumber(quote, [24000], 'exchanges')).toBe('16 million');
    expect(unitOfAnotherNumber(quote, [16000000], 'accounts')).toBe('24,000');
  });

  it('is undefined when the unit follows the figure’s own number, or no number', () => {
    expect(unitOfAnotherNumber(quote, [24000], 'accounts')).toBeUndefined();
    expect(unitOfAnotherNumber(quote, [16000000], 'exchanges')).toBeUndefined();
    expect(unitOfAnotherNumber('only 3 out of 13 top Chinese AI labs published', [3], 'labs')).toBeUndefined();
    expect(unitOfAnotherNumber('In the more than 2000-word paper', [2000], 'words')).toBeUndefined();
  });
});
