/**
 * Reviewing citations, in the built pages: /citations/ lists every figure with every one of its quotes
 * and every discrepancy with both sides; every discrepancy is on the page of each source involved;
 * /sources/ lists every source. The filters (which need a browser) are in tests/e2e/citations.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load-content.ts';
import { builtPage, sourceIds } from '../support/site.ts';
import { conditionText } from '../../src/charts/chart-from-content.ts';
import { publishedQuoteAnchors } from '../fixtures/published-quote-anchors.ts';

const { content } = loadContent('content');
const fold = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const citations = builtPage('/citations/');

describe.each(content.figures.map((f) => f.data))('/citations/#$id', (figure) => {
  it('shows the label, status, condition and every mention verbatim', () => {
    const entry = citations(`article[id="${figure.id}"]`);
    expect(entry.length).toBe(1);
    const text = fold(entry.text());
    expect(text).toContain(fold(figure.label));
    expect(text).toContain(figure.status);
    // in the same words as the charts and the chart pages, from one function
    if (figure.condition) expect(text).toContain(fold(conditionText(figure.condition)));
    for (const mention of figure.mentions) expect(text, mention.source).toContain(fold(mention.quote));
  });
});

describe.each(content.discrepancies.map((d) => d.data))('discrepancy $id', (discrepancy) => {
  it('is on /citations/ with both sides quoted', () => {
    const text = fold(citations(`[id="d-${discrepancy.id}"]`).text());
    for (const side of discrepancy.sides) expect(text).toContain(fold(side.quote));
  });

  it('is on the page of each source involved', () => {
    for (const source of new Set(discrepancy.sides.map((s) => s.source))) {
      expect(builtPage(`/sources/${source}/`)(`[id="discrepancy-${discrepancy.id}"]`).length, source).toBe(1);
    }
  });
});

it('/sources/ links a page for every source in content, and the sitemap carries the same pages', () => {
  const $ = builtPage('/sources/');
  const listed = new Set(
    $('main a[href^="/sources/"]')
      .toArray()
      .map((a) => ($(a).attr('href') ?? '').split('#')[0]!)
      .filter((h) => /^\/sources\/[^/]+\/$/.test(h)),
  );
  const expected = content.sources.map((s) => `/sources/${s.data.id}/`).sort();
  expect([...listed].sort()).toEqual(expected);
  expect(sourceIds.map((id) => `/sources/${id}/`).sort()).toEqual(expected);
});

it.each(publishedQuoteAnchors)('/sources/$source/#$anchor, a published quote link, still lands on its quote', (pin) => {
  const quote = builtPage(`/sources/${pin.source}/`)(`[id="${pin.anchor}"]`);
  expect(quote.length).toBe(1);
  expect(fold(quote.text())).toContain(fold(pin.quote));
});
