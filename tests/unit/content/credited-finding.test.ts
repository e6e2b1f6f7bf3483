import { describe, expect, it } from 'vitest';
import { creditedWorkOf } from '../../../src/content/credited-finding.ts';

describe('creditedWorkOf(quote, values)', () => {
  it('names the work the sentence printing the number credits it to', () => {
    expect(creditedWorkOf('one study estimates that America will have roughly 11 times more compute', [11])).toBe(
      'study',
    );
    expect(creditedWorkOf('An analysis of the roadmaps found that the rival will produce just 4 percent', [4])).toBe(
      'analysis',
    );
  });

  it('reads a work named in another sentence, "the paper" and a quote without the number as no credit', () => {
    expect(creditedWorkOf('One study looked at chips. The lab puts the gap at 11 times.', [11])).toBeUndefined();
    expect(creditedWorkOf('The paper estimated an 11x compute edge', [11])).toBeUndefined();
    expect(creditedWorkOf('one study estimates a wide gap', [11])).toBeUndefined();
  });
});
