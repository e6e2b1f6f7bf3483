import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/schemas.ts';
import { bazar as bazarFixture } from '../../fixtures/sources.ts';
import {
  citationNote,
  citeChartText,
  citeSourceText,
  listClaimants,
  publisherName,
} from '../../../src/share/cite-text.ts';

const herald: Source = {
  id: 'gossip-herald',
  title: 'How the US can achieve a 1-2 year AI lead over China, Anthropic outlines',
  name: 'Gossip Herald',
  outlet: 'Gossip Herald',
  kind: 'news',
  published: '2026-05-14',
  publishedInferred: true,
  dateNote: 'About 2026-05-14/15.',
  url: 'https://www.gossipherald.com/news/55926',
  description: 'A short reworded news report on the paper.',
  claims: [],
};

// The headline as printed, cut off with an ellipsis.
const bazar: Source = {
  ...bazarFixture,
  title: 'During Trump’s China visit, Anthropic just ‘reminded’ America why: Since most …',
};

describe('citeSourceText', () => {
  it('citeSourceText(source) prints outlet, quoted title, day-first date marked inferred, and URL', () => {
    expect(citeSourceText(herald)).toBe(
      'Gossip Herald. “How the US can achieve a 1-2 year AI lead over China, Anthropic outlines.” 14 May 2026 (date inferred). https://www.gossipherald.com/news/55926',
    );
  });

  it('citeSourceText(source) prints a date that is not inferred without the mark', () => {
    expect(citeSourceText({ ...herald, publishedInferred: false })).toBe(
      'Gossip Herald. “How the US can achieve a 1-2 year AI lead over China, Anthropic outlines.” 14 May 2026. https://www.gossipherald.com/news/55926',
    );
  });

  it('citeSourceText(source) leaves out a missing date and URL, and adds no stop after a title ending in …', () => {
    expect(citeSourceText(bazar)).toBe(
      'Kafela Bazar. “During Trump’s China visit, Anthropic just ‘reminded’ America why: Since most …”',
    );
  });

  it('citeSourceText(source) puts a named author first and adds no second stop after an outlet ending in one', () => {
    expect(citeSourceText({ ...bazar, author: 'J. Doe', name: 'Bazar Inc.', outlet: 'Bazar Inc.' })).toBe(
      'J. Doe. Bazar Inc. “During Trump’s China visit, Anthropic just ‘reminded’ America why: Since most …”',
    );
  });
});

describe('publisherName(source) and citationNote(source)', () => {
  const copy: Source = {
    ...herald,
    outlet: 'Gossip Herald (a reworded copy of a news report; the original outlet is not confirmed)',
  };
  it('publisherName(source) is the outlet name alone, which a reference manager prints as a name', () => {
    expect(publisherName(copy)).toBe('Gossip Herald');
    expect(citeSourceText(copy)).toMatch(/^Gossip Herald\. “How the US/);
  });
  it('citationNote(source) carries our words on the copy, after how the date was inferred', () => {
    expect(citationNote(copy)).toBe(
      'Date inferred: About 2026-05-14/15. Outlet: Gossip Herald (a reworded copy of a news report; the original outlet is not confirmed).',
    );
    expect(citationNote(herald)).toBe('Date inferred: About 2026-05-14/15.');
  });
});

describe('citeChartText', () => {
  const chart = { id: 'compute-gap', title: 'America would have about 11 times China’s compute' };

  it('citeChartText(chart) names the site, the claimants and the permalink', () => {
    expect(
      citeChartText(chart, 'https://example.org', ['Anthropic', 'Kafela Bazar', 'Anthropic', 'The Daily Scout']),
    ).toBe(
      '“America would have about 11 times China’s compute.” 2028 Scenarios Explainer. Chart of figures claimed by Anthropic, Kafela Bazar and The Daily Scout. https://example.org/charts/compute-gap/',
    );
  });

  it('citeChartText(chart) with one claimant and a trailing slash on the site URL', () => {
    expect(citeChartText(chart, 'https://example.org/', ['Anthropic'])).toBe(
      '“America would have about 11 times China’s compute.” 2028 Scenarios Explainer. Chart of figures claimed by Anthropic. https://example.org/charts/compute-gap/',
    );
  });

  it('citeChartText(chart) with no claimants leaves the sentence out', () => {
    expect(citeChartText(chart, 'https://example.org', [])).toBe(
      '“America would have about 11 times China’s compute.” 2028 Scenarios Explainer. https://example.org/charts/compute-gap/',
    );
  });
});

describe('listClaimants', () => {
  it('listClaimants(claimants) separates claimants that contain commas with semicolons', () => {
    expect(listClaimants(['Anthropic, citing an analysis of roadmaps', 'US Commerce Department'])).toBe(
      'Anthropic, citing an analysis of roadmaps; US Commerce Department',
    );
  });
});
