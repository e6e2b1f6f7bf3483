import { describe, expect, it } from 'vitest';
import { chartCitationMeta, sourceCitationMeta } from '../../../src/share/citation-meta.ts';
import { chartDatasetJsonLd, jsonLdText } from '../../../src/share/dataset-json-ld.ts';
import { atomFeed, firstSentence } from '../../../src/share/atom.ts';
import { loadModel } from '../../fixtures/real-model.ts';

const real = loadModel();
const site = 'https://example.org';

describe('sourceCitationMeta(source)', () => {
  it('gives a printed date and leaves out an inferred one, which a tag cannot mark as inferred', () => {
    const paper = new Map(sourceCitationMeta(real.source('anthropic-2028-paper')));
    expect(paper.get('citation_title')).toBe('2028: Two scenarios for global AI leadership');
    expect(paper.get('citation_publication_date')).toBe('2026/05/14');
    expect(paper.get('citation_public_url')).toBe('https://www.anthropic.com/research/2028-ai-leadership');
    const scout = new Map(sourceCitationMeta(real.source('daily-scout')));
    expect(real.source('daily-scout').publishedInferred).toBe(true);
    expect(scout.has('citation_publication_date')).toBe(false);
  });
});

describe('chart metadata', () => {
  it('chartCitationMeta and chartDatasetJsonLd point at the chart page and its CSV', () => {
    const chart = real.chart('compute-gap');
    expect(new Map(chartCitationMeta(chart, 'Site', site)).get('citation_public_url')).toBe(
      'https://example.org/charts/compute-gap/',
    );
    const ld = chartDatasetJsonLd(chart, chart.sources.map(real.source), 'Site', site) as Record<string, unknown>;
    expect(ld['@type']).toBe('Dataset');
    expect(JSON.stringify(ld['distribution'])).toContain('https://example.org/data/compute-gap.csv');
    expect(jsonLdText({ a: '</script>' })).not.toContain('</script>');
  });
});

describe('atomFeed(input)', () => {
  it('writes one entry per correction, newest first, with escaped text', () => {
    const withOne = atomFeed({
      title: 'Site: corrections',
      site,
      feedPath: '/corrections.xml',
      pagePath: '/corrections/',
      entries: [
        {
          id: 'a-b',
          date: '2026-11-23',
          what: 'Changed <x> & y in the text.',
          why: 'Because.',
          sources: [],
          charts: [],
          discrepancies: [],
          pages: [],
        },
      ],
    });
    expect(withOne).toContain('<id>https://example.org/corrections/#a-b</id>');
    expect(withOne).toContain('<updated>2026-11-23T00:00:00Z</updated>');
    expect(withOne).toContain('Changed &lt;x&gt; &amp; y');
    // The entry's title says what changed, not the file's name.
    expect(withOne).toContain('<title>Correction of 2026-11-23: Changed &lt;x&gt; &amp; y in the text.</title>');
  });

  it('firstSentence(text) is the first sentence, cut at a word near 120 characters', () => {
    expect(firstSentence('The chart said one thing. It now says another.')).toBe('The chart said one thing.');
    expect(firstSentence('It says "may be possible." Then more.')).toBe('It says "may be possible."');
    const long = `The descriptions of the ${'very '.repeat(30)}long chart said so. Then.`;
    const title = firstSentence(long);
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title).toMatch(/very…$/);
  });
});
