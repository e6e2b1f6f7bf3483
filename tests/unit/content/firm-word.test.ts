import { describe, expect, it } from 'vitest';
import { firmWords } from '../../../src/content/firm-word.ts';

describe('firmWords(text)', () => {
  it('firmWords(text) finds the words that state an outcome as certain, in order, lower case', () => {
    expect(firmWords('The US will lock in a lead; China won’t catch up, certainly not by 2028.')).toEqual([
      'will',
      "won't",
      'certainly',
    ]);
    expect(firmWords('Definitely a lead, Anthropic guarantees')).toEqual(['definitely', 'guarantees']);
  });

  it('firmWords(text) reads parts of words and hedges as nothing', () => {
    expect(firmWords('it may be possible to lock in a lead, willingly or not, with goodwill')).toEqual([]);
    expect(firmWords('Will’s lead could be uncertain')).toEqual([]);
  });
});
