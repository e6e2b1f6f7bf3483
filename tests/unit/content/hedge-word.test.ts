import { describe, expect, it } from 'vitest';
import {
  hedgeOnNumber,
  keepsHedge,
  printsNumber,
  modalRestated,
  printsQualified,
  sentencesOf,
} from '../../../src/content/hedge-word.ts';

describe('hedgeOnNumber(quote, values)', () => {
  it('finds the hedge in the sentence that prints the number, before or after it', () => {
    expect(hedgeOnNumber('If the allies act now, it may be possible to lock in a 12-24 month lead.', [12, 24])).toBe(
      'may',
    );
    expect(hedgeOnNumber('America could have roughly 11 times more compute', [11])).toBe('could');
    expect(hedgeOnNumber('The 12-24 month lead, one study estimates.', [12, 24])).toBe('estimates');
  });

  it('reads "will", the month May, a hedge in another sentence and a quote without the number as no hedge', () => {
    expect(hedgeOnNumber('the rival will produce just 4 percent', [4])).toBeUndefined();
    expect(hedgeOnNumber('On May 14 the lab put the share at 4 percent.', [4])).toBeUndefined();
    expect(hedgeOnNumber('It may rain. The share is 4 percent.', [4])).toBeUndefined();
    expect(hedgeOnNumber('it may be possible to lock in a lead', [4])).toBeUndefined();
  });
});

describe('keepsHedge(sentence)', () => {
  it('keepsHedge(sentence) is true for a hedge or a condition of its own, false for a bare statement', () => {
    expect(keepsHedge('A lead of 12 to 24 months may be possible.')).toBe(true);
    expect(keepsHedge('A lead of 12 to 24 months, if the allies act now.')).toBe(true);
    expect(keepsHedge("One study's estimate: roughly 11 times.")).toBe(true);
    expect(keepsHedge('A lead of 12 to 24 months, announced in May.')).toBe(false);
  });
});

describe('printsNumber(text, values) and printsQualified(text, values, qualifier)', () => {
  it('reads digits and number words, and a qualifier only right before the number', () => {
    expect(printsNumber('roughly ten times higher', [10])).toBe(true);
    expect(printsNumber('in 2027', [2])).toBe(false);
    expect(printsQualified('roughly 11 times', [11], 'roughly')).toBe(true);
    expect(printsQualified('roughly the same as the 11 times', [11], 'roughly')).toBe(false);
    expect(printsQualified('11 times, roughly', [11], 'roughly')).toBe(false);
  });

  it('printsQualified asks for a qualifier that says the same of the number: about it, at most it, at least it', () => {
    expect(printsQualified('about 11 times', [11], 'roughly')).toBe(true);
    expect(printsQualified('more than 11 times', [11], 'roughly')).toBe(false);
    expect(printsQualified('at least 11 times', [11], 'roughly')).toBe(false);
    expect(printsQualified('over 16 million', [16000000], 'more than')).toBe(true);
    expect(printsQualified('nearly 20 times', [20], 'almost')).toBe(true);
  });
});

describe('sentencesOf(text)', () => {
  it('splits after a full stop, question or exclamation mark and a space', () => {
    expect(sentencesOf('One bar. Two bars? Three!  ')).toEqual(['One bar.', 'Two bars?', 'Three!']);
    expect(sentencesOf('A 2.5 billion sum.')).toEqual(['A 2.5 billion sum.']);
  });
});

describe('modalRestated(ours, passageSentence)', () => {
  it('finds the modal whose clause our sentence restates', () => {
    expect(
      modalRestated(
        'The CCP has had first access to a system that can autonomously discover and chain software vulnerabilities.',
        'If a PRC AI lab had developed such a model first, the CCP would have had first access to a system that can autonomously discover and chain software vulnerabilities.',
      ),
    ).toBe('would');
  });

  it('reads a restated condition, a passage with no modal, and a clause of under three words as no restated modal', () => {
    expect(modalRestated('The allies act now.', 'If the allies act now, it may be possible')).toBeUndefined();
    expect(modalRestated('The rival produces 4 percent.', 'The rival will produce just 4 percent.')).toBeUndefined();
    expect(modalRestated('It is possible.', 'It may be possible.')).toBeUndefined();
  });
});
