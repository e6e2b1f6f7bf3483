import { describe, expect, it } from 'vitest';
import { countWord, countWordCapitalised, summaryOf } from '../../src/site.ts';

describe('summaryOf(text, max)', () => {
  it('summaryOf(text) keeps a text that fits', () => {
    expect(summaryOf('Short. Whole.', 300)).toBe('Short. Whole.');
  });
  it('summaryOf(text, max) ends at the last whole sentence when that fills half of max', () => {
    expect(summaryOf('One sentence here. Two sentences here. Three sentences that run past the end.', 50)).toBe(
      'One sentence here. Two sentences here.',
    );
  });
  it('summaryOf(text, max) otherwise ends at a whole word with an ellipsis, never mid-word', () => {
    const cut = summaryOf('A single long sentence about compute, measured in total processing performance', 40);
    expect(cut).toBe('A single long sentence about compute…');
    expect(cut.length).toBeLessThanOrEqual(40);
  });
});

describe('countWord(n)', () => {
  it('countWord(n) writes up to ten in words and more in figures; countWordCapitalised starts a sentence', () => {
    expect([0, 1, 5, 10, 11].map(countWord)).toEqual(['no', 'one', 'five', 'ten', '11']);
    expect(countWordCapitalised(3)).toBe('Three');
  });
});
