import { describe, expect, it } from 'vitest';
import { foldWhitespace } from '../../../src/content/fold-whitespace.ts';
import { loadContent } from '../../../src/content/load-content.ts';
import { quoteHref } from '../../../src/model/build-model.ts';
import { quoteAnchor } from '../../../src/model/quote-anchor.ts';
import { validContentDir } from '../../fixtures/content-dir.ts';
import { loadModel, modelFromContent } from '../../fixtures/real-model.ts';

const fixture = loadModel(validContentDir);
const real = loadModel();

/** The archived text a source's quotes come from, following archiveVia as the site does. */
function archiveOf(id: string): string {
  const source = real.source(id);
  if (source.archive) return real.archive.get(source.archive)!;
  return archiveOf(source.archiveVia!);
}

describe('buildModel(input)', () => {
  it('buildModel(input).quotesBySource lists a source’s quotes in the order the source prints them', () => {
    for (const [sourceId, quotes] of real.quotesBySource) {
      const text = foldWhitespace(archiveOf(sourceId));
      const offsets = quotes.map((q) => text.indexOf(foldWhitespace(q.quote)));
      expect(
        offsets.every((o) => o >= 0),
        `${sourceId}: every quote is in its archive`,
      ).toBe(true);
      expect(offsets, sourceId).toEqual([...offsets].sort((a, b) => a - b));
    }
  });

  it('buildModel(input) places the paper’s quotes by their position in the text Kafela Bazar reproduces (archiveVia)', () => {
    const quotes = real.quotesBySource.get('anthropic-2028-paper') ?? [];
    expect(quotes.length).toBeGreaterThan(5);
    for (const q of quotes) expect(Number.isFinite(q.position), q.quote).toBe(true);
  });

  it('buildModel(input) lists a passage quoted in several places once, with every use', () => {
    // The fixture quotes "Critics say the lead is smaller…" as Daily News's claim, in a discrepancy and in a
    // commentary note.
    const quotes = fixture.quotesBySource.get('daily-news')!;
    const critics = quotes.filter((q) => q.quote.startsWith('Critics say'));
    expect(critics).toHaveLength(1);
    expect(critics[0]!.uses.map((u) => u.kind).sort()).toEqual(['claim', 'commentary', 'discrepancy']);
  });

  it('buildModel(input) gives every distinct passage of a source its own anchor', () => {
    for (const [sourceId, quotes] of real.quotesBySource) {
      const anchors = quotes.map((q) => q.anchor);
      expect(new Set(anchors).size, sourceId).toBe(anchors.length);
      const passages = new Set(quotes.map((q) => foldWhitespace(q.quote)));
      expect(passages.size, `${sourceId}: no passage listed twice`).toBe(quotes.length);
    }
  });

  it('buildModel(input) keeps each note of ours on a passage once', () => {
    for (const quotes of real.quotesBySource.values()) {
      for (const q of quotes) expect(new Set(q.notes).size).toBe(q.notes.length);
    }
  });

  it('buildModel(input).figuresBySource counts a figure for its primary source and for each source quoting it', () => {
    // compute-share-2026: primary lab-paper, and quoted from lab-paper (counted once); paper-published: no
    // primary, quoted from daily-news.
    const share = fixture.figure('compute-share-2026');
    const published = fixture.figure('paper-published');
    expect(fixture.figuresBySource.get('lab-paper')!.filter((f) => f === share)).toHaveLength(1);
    expect(fixture.figuresBySource.get('daily-news')).toContain(published);
    expect(fixture.figuresBySource.get('daily-news')).not.toContain(share);
    expect(fixture.figuresBySource.get('lab-paper')).not.toContain(published);
  });

  it('buildModel(input) flags a chart with every discrepancy about one of its figures', () => {
    for (const chart of real.charts) {
      const expected = real.discrepancies.filter((d) => d.figures.some((f) => chart.figures.includes(f)));
      expect(new Set(real.discrepanciesByChart.get(chart.id) ?? []), chart.id).toEqual(new Set(expected));
    }
  });

  it('buildModel(input).chartsByFigure lists, for each figure, the charts that plot it', () => {
    for (const chart of real.charts)
      for (const id of chart.figures) expect(real.chartsByFigure.get(id)).toContain(chart);
  });

  it('buildModel(input) sorts charts and scenarios by their order', () => {
    const orders = real.charts.map((c) => c.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(real.scenarios.map((s) => s.order)).toEqual([1, 2]);
  });

  it('buildModel(input).figure(id) throws on an unknown id, naming it', () => {
    expect(() => real.figure('no-such-figure')).toThrowError(/no figure "no-such-figure"/);
    expect(() => real.source('no-such-source')).toThrowError(/no source "no-such-source"/);
    expect(() => real.chart('no-such-chart')).toThrowError(/no chart "no-such-chart"/);
    expect(() => real.discrepancy('no-such-point')).toThrowError(/no discrepancy "no-such-point"/);
  });

  it('buildModel(input) does not reorder or change the input it is given', () => {
    const { content } = loadContent(validContentDir);
    const before = JSON.stringify(content.charts.map((c) => c.data));
    modelFromContent(content);
    expect(JSON.stringify(content.charts.map((c) => c.data))).toBe(before);
  });

  it('buildModel(input).paper is the paper the scenarios cite, and .articles every source that is not primary', () => {
    expect(real.paper.id).toBe('anthropic-2028-paper');
    expect(fixture.paper.id).toBe('lab-paper');
    expect(real.articles.map((s) => s.id)).toEqual([
      'daily-scout',
      'gossip-herald',
      'kafela-bazar',
      'riffon',
      'yourai-pro',
    ]);
    expect(real.articlesReporting(real.paper.id).map((s) => s.id)).not.toContain('riffon');
  });

  it('buildModel(input) lists sources, figures and the uses of a quote in the same order whatever order the files load in', () => {
    // Astro's content store hands entries over as their files finish loading, so the order differs between builds.
    const { content } = loadContent('content');
    const reversed = Object.fromEntries(
      Object.entries(content).map(([key, value]) => [key, Array.isArray(value) ? [...value].reverse() : value]),
    ) as typeof content;
    const [a, b] = [modelFromContent(content), modelFromContent(reversed)];
    const orderOf = (m: typeof a) => ({
      sources: m.sources.map((s) => s.id),
      figures: m.figures.map((f) => f.id),
      discrepancies: m.discrepancies.map((d) => d.id),
      commentary: m.commentary.map((c) => c.id),
      uses: [...m.quotesBySource.values()].flatMap((quotes) => quotes.flatMap((q) => q.uses.map((u) => u.id))),
    });
    expect(orderOf(b)).toEqual(orderOf(a));
    expect(a.sources.map((s) => s.id)).toEqual(a.sources.map((s) => s.id).sort());
  });
});

describe('quoteHref(citation)', () => {
  it('quoteHref(citation) links to the quote’s anchor on its source’s page', () => {
    const citation = { source: 'daily-news', quote: 'Critics say the lead is smaller than the lab claims.' };
    expect(quoteHref(citation)).toBe(`/sources/daily-news/#${quoteAnchor(citation.quote)}`);
  });

  it('quoteHref(citation) points at an anchor that the source page lists', () => {
    for (const figure of real.figures) {
      for (const mention of figure.mentions) {
        const anchor = quoteHref(mention).split('#')[1];
        expect(
          real.quotesBySource.get(mention.source)!.map((q) => q.anchor),
          figure.id,
        ).toContain(anchor);
      }
    }
  });
});
