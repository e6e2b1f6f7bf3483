import { describe, expect, it } from 'vitest';
import { quoteAnchor } from '../../../src/model/quote-anchor.ts';
import { publishedQuoteAnchors } from '../../fixtures/published-quote-anchors.ts';

/** An id that is valid in HTML and usable in a URL fragment and a CSS selector without escaping. */
const safeId = /^[a-z][a-z0-9-]*$/;

describe('quoteAnchor(quote)', () => {
  it.each(publishedQuoteAnchors)('quoteAnchor(quote) keeps the published anchor $anchor', ({ quote, anchor }) => {
    expect(quoteAnchor(quote)).toBe(anchor);
  });

  it('quoteAnchor(quote) begins with the first words of the quote, so the URL reads', () => {
    expect(quoteAnchor('The race for global AI leadership is in large part a race for compute.')).toMatch(
      /^q-the-race-for-global-ai-[0-9a-z]{7}$/,
    );
  });

  it('quoteAnchor(quote) ignores how the quote is broken over lines', () => {
    expect(quoteAnchor('a 12-24\n   month lead in frontier capabilities')).toBe(
      quoteAnchor('a 12-24 month lead in frontier capabilities'),
    );
  });

  it('quoteAnchor(quote) gives distinct anchors to quotes that start alike', () => {
    const a = quoteAnchor('In the first scenario, America has successfully defended its compute advantage.');
    const b = quoteAnchor(
      'In the first scenario, America has successfully defended its compute advantage. Policymakers have acted.',
    );
    const c = quoteAnchor('In the first scenario, America has chosen not to act.');
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('quoteAnchor(quote) tells apart quotes that differ only in an apostrophe', () => {
    expect(quoteAnchor('the CCP’s ability to access US compute')).not.toBe(
      quoteAnchor("the CCP's ability to access US compute"),
    );
  });

  it.each([
    '“Unlawfully” using Claude',
    'Café — naïve façade, 12–24 months',
    '—',
    '',
    '“11x” figure circulating on social media',
    '   ',
    '日本語のテキスト',
  ])('quoteAnchor(%j) is a valid HTML id made of letters, digits and hyphens', (quote) => {
    expect(quoteAnchor(quote)).toMatch(safeId);
  });

  it('quoteAnchor(quote) drops accents rather than the letters that carry them', () => {
    expect(quoteAnchor('Café naïve')).toMatch(/^q-cafe-naive-/);
  });
});
