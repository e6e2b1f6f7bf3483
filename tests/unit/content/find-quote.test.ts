import { describe, expect, it } from 'vitest';
import { findQuote } from '../../../src/content/find-quote.ts';
import { foldWhitespace } from '../../../src/content/fold-whitespace.ts';

const archive = [
  'Anthropic has released a new paper on AI competition between the US and China.',
  'If the US strengthens its restrictions on the CCP’s ability to access US compute, one study',
  'estimates that America will have access to roughly 11 times more compute than China’s AI sector.',
  'The race for global AI leadership is in large part a race for compute.',
].join('\n');

describe('findQuote(quote, archive)', () => {
  it('findQuote(quote, archive) finds a verbatim quote and says where it starts in the folded text', () => {
    const quote = 'The race for global AI leadership';
    const match = findQuote(quote, archive);
    expect(match.found).toBe(true);
    if (match.found) expect(foldWhitespace(archive).slice(match.index)).toMatch(/^The race for global AI leadership/);
  });

  it('findQuote(quote, archive) matches across line breaks', () => {
    const match = findQuote('one study estimates that America will have access', archive);
    expect(match.found).toBe(true);
  });

  it('findQuote(quote, archive) matches a quote written over several lines with extra spaces', () => {
    expect(findQuote('  roughly 11 times\n   more compute  ', archive).found).toBe(true);
  });

  it('findQuote(quote, archive) refuses a straight apostrophe where the archive has a curly one', () => {
    expect(findQuote("the CCP's ability", archive).found).toBe(false);
  });

  it('findQuote(quote, archive) is case-sensitive', () => {
    expect(findQuote('the race for global ai leadership', archive).found).toBe(false);
  });

  it('findQuote(quote, archive) refuses a quote that drops a word', () => {
    expect(findQuote('roughly 11 times compute than China’s AI sector', archive).found).toBe(false);
  });

  it('findQuote(quote, archive) on a miss returns the closest passage of the archive', () => {
    const match = findQuote('roughly 12 times more compute than China’s AI sector', archive);
    expect(match.found).toBe(false);
    if (!match.found) {
      expect(match.closest).toContain('more compute than China’s AI sector');
      expect(foldWhitespace(archive)).toContain(match.closest);
    }
  });
});
