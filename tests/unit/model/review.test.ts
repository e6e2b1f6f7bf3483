import { describe, expect, it } from 'vitest';
import {
  groupOverlappingQuotes,
  singleSourceOf,
  singleSourceText,
  type SourceQuote,
} from '../../../src/model/build-model.ts';
import { provenanceOf } from '../../../src/model/provenance.ts';
import { loadModel } from '../../fixtures/real-model.ts';

const real = loadModel();

const quote = (text: string, position: number, end: number): SourceQuote => ({
  source: 's',
  quote: text,
  anchor: `q-${text}`,
  notes: [],
  uses: [],
  position,
  end,
});

describe('groupOverlappingQuotes(quotes)', () => {
  it('folds fragments of one sentence under the sentence and leaves separate passages apart', () => {
    const sentence = quote('sentence', 0, 100);
    const fragment = quote('fragment', 20, 40);
    const tail = quote('tail', 90, 120);
    const next = quote('next', 130, 160);
    const groups = groupOverlappingQuotes([next, fragment, tail, sentence]);
    expect(groups.map((g) => [g.quote.quote, g.within.map((q) => q.quote)])).toEqual([
      ['sentence', ['fragment', 'tail']],
      ['next', []],
    ]);
  });

  it('keeps every passage of every real source, each once', () => {
    for (const [id, quotes] of real.quotesBySource) {
      const groups = groupOverlappingQuotes(quotes);
      const shown = groups.flatMap((g) => [g.quote, ...g.within]).map((q) => q.anchor);
      expect(shown.sort(), id).toEqual(quotes.map((q) => q.anchor).sort());
    }
  });
});

describe('provenanceOf(source, via)', () => {
  it('says the paper’s quotes were checked against Kafela Bazar’s reproduction, not anthropic.com, with no invented date', () => {
    const paper = real.source('anthropic-2028-paper');
    const p = provenanceOf(paper, real.source('kafela-bazar'));
    expect(p.checked).toContain("Kafela Bazar's reproduction");
    expect(p.checked).toContain('archive 002');
    expect(p.checked).toContain('collection date not recorded');
    expect(p.liveLabel).toBe('look for it on anthropic.com (not checked against that page)');
    expect(p.credit).toBe('Anthropic, the 2028 paper, as reproduced by Kafela Bazar');
    expect(p.tag).toBe("checked against Kafela Bazar's copy (archive 002)");
  });

  it('tags an archived article’s quotes with our copy’s archive number', () => {
    expect(provenanceOf(real.source('gossip-herald')).tag).toBe('checked against our copy (archive 001)');
  });

  it('credits a reworded copy with the article it rewords', () => {
    expect(provenanceOf(real.source('yourai-pro')).credit).toBe('AI News (yourai.pro), rewording sherwood.news');
  });

  it('says a source we hold no text of was not checked', () => {
    expect(provenanceOf(real.source('anthropic-distillation-post')).checked).toMatch(/^Not checked/);
  });
});

describe('single-source claims', () => {
  it('flags a figure only one article carries, whatever publication it traces the claim to, and never one that publication carries', () => {
    const h200 = singleSourceOf(real.figure('event-h200-partial-reversal'), real.source);
    expect(h200?.source.id).toBe('gossip-herald');
    expect(h200 && singleSourceText(h200)).toBe('only Gossip Herald says this, citing no source.');
    expect(singleSourceOf(real.figure('compute-gap-11x'), real.source)).toBeUndefined();
    // Anthropic's submission is known here only from The Daily Scout's report of it.
    const tenfold = singleSourceOf(real.figure('training-cost-10x-by-2027'), real.source);
    expect(tenfold && singleSourceText(tenfold)).toBe('only The Daily Scout reports this.');
    for (const f of real.figures) {
      const sources = new Set(f.mentions.map((m) => m.source));
      expect(real.singleSource.has(f.id), f.id).toBe(sources.size === 1 && !sources.has(f.primary ?? ''));
    }
  });

  it('a claim one article reports of someone it names is flagged without saying it cites no source', () => {
    const zhang = real.singleSource.get('event-zhang-chi-podcast-april');
    expect(zhang?.ownVoice).toBe(false);
  });
});

describe('discrepanciesByWeight', () => {
  it('lists substantive disagreements before minor ones and slips last', () => {
    const weights = real.discrepanciesByWeight.map((d) => d.weight);
    const rank = { substantive: 0, minor: 1, slip: 2 } as const;
    expect(weights.map((w) => rank[w])).toEqual([...weights.map((w) => rank[w])].sort((a, b) => a - b));
    expect(weights.at(-1)).toBe('slip');
    expect(real.discrepanciesByWeight.findIndex((d) => d.id === 'lead-12-24-as-current-gap')).toBeLessThan(
      real.discrepanciesByWeight.findIndex((d) => d.id === 'amodei-misspelt'),
    );
  });
});
