import { describe, expect, it } from 'vitest';
import { allegationWord } from '../../../src/content/allegation-word.ts';

describe('allegationWord(quote)', () => {
  it('allegationWord(quote) finds the word that makes a sentence an accusation', () => {
    expect(allegationWord('The US accuses China of "distillation"—querying American AI models millions of times')).toBe(
      'accuses',
    );
    expect(allegationWord('disclosures about alleged distillation campaigns by DeepSeek, Moonshot and MiniMax.')).toBe(
      'alleged',
    );
    expect(allegationWord('over 16 million exchanges with Claude, allegations the company presented as evidence')).toBe(
      'allegations',
    );
    expect(allegationWord('federal prosecutors charged a Supermicro co-founder and two others')).toBe('charged');
  });

  it('allegationWord(quote) reads parts of words, and findings, as nothing', () => {
    expect(
      allegationWord('An analysis of the roadmaps found that the rival will produce just 4 percent'),
    ).toBeUndefined();
    expect(allegationWord('The allegiance of the accusative case is rechargeable')).toBeUndefined();
  });
});
