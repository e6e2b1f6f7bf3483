import { describe, expect, it } from 'vitest';
import { hedgeCutOff, wordsNotInQuotes } from '../../../src/content/qualitative-words.ts';

describe('wordsNotInQuotes(qualitative, quotes)', () => {
  it('allows the quote’s words reworded for grammar, and grammar words', () => {
    const quote = 'Firefox was able to fix more security bugs last month than it had in all of 2025';
    expect(wordsNotInQuotes('more security bugs fixed last month than in all of 2025', [quote])).toEqual([]);
    expect(
      wordsNotInQuotes('a high likelihood that 2026 will be looked back on as the breakaway opportunity', [
        'There is a high likelihood that we will look back on 2026 as the breakaway opportunity',
      ]),
    ).toEqual([]);
  });

  it('names the words no quote gives', () => {
    expect(wordsNotInQuotes('a year or more', ['at least several months ahead'])).toEqual(['year', 'more']);
    expect(wordsNotInQuotes('twice as many', ['a few more', 'many'])).toEqual(['twice']);
  });
});

describe('hedgeCutOff(qualitative, quotes)', () => {
  it('finds the hedge a quote puts right before the words', () => {
    expect(hedgeCutOff('several months', ['estimated to be at least several months ahead'])).toBe('at least');
    expect(hedgeCutOff('a decade', ['for more than a decade'])).toBe('more than');
  });

  it('is undefined when the words keep the hedge, or no hedge stands before them', () => {
    expect(hedgeCutOff('at least several months', ['estimated to be at least several months ahead'])).toBeUndefined();
    expect(hedgeCutOff('several months', ['for several months now'])).toBeUndefined();
  });
});
