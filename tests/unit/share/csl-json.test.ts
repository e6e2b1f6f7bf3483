import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/schemas.ts';
import { paper } from '../../fixtures/sources.ts';
import { cslItem, cslJson } from '../../../src/share/csl-json.ts';

const siteUrl = 'https://example.org';

const dailyScout: Source = {
  id: 'daily-scout',
  title: 'Anthropic paper says democracies need compute lead',
  name: 'The Daily Scout',
  outlet: 'The Daily Scout',
  kind: 'news',
  published: '2026-05-17',
  publishedInferred: true,
  dateNote: "inferred from 'posted May 17'",
  url: 'https://thedailyscout.com/s/UwUoXvvDF6E',
  description: 'A news summary of the paper, dated only by its posting day.',
  claims: [],
};

const riffon: Source = {
  id: 'riffon',
  title: 'OpenAI and Anthropic Are Actively Lobbying Washington to Escalate the AI War',
  name: 'RiffOn, a digest of podcast insights',
  outlet: 'RiffOn, a digest of podcast insights',
  kind: 'digest',
  publishedInferred: false,
  description: 'A digest of podcast insights, with no date and, here, no known address.',
  claims: [],
};

describe('cslItem', () => {
  it('cslItem(primary source) is a webpage with date-parts, URL and the outlet as author and container', () => {
    expect(cslItem(paper, siteUrl)).toEqual({
      id: 'anthropic-2028-paper',
      type: 'webpage',
      title: '2028: Two scenarios for global AI leadership',
      'container-title': 'Anthropic',
      author: [{ literal: 'Anthropic' }],
      issued: { 'date-parts': [[2026, 5, 14]] },
      URL: 'https://www.anthropic.com/research/2028-ai-leadership',
      source: '2028 Scenarios Explainer, https://example.org/sources/anthropic-2028-paper/',
    });
  });

  it('cslItem(news source) is an article-newspaper and marks an inferred date circa, with a note', () => {
    const item = cslItem(dailyScout, siteUrl);
    expect(item.type).toBe('article-newspaper');
    expect(item.issued).toEqual({ 'date-parts': [[2026, 5, 17]], circa: true });
    expect(item.note).toBe("Date inferred: inferred from 'posted May 17'.");
  });

  it('cslItem(source) has no issued, note or URL key when they are unknown', () => {
    const item = cslItem(riffon, siteUrl);
    expect(item.type).toBe('webpage');
    expect(Object.keys(item).sort()).toEqual(['author', 'container-title', 'id', 'source', 'title', 'type']);
    expect(JSON.stringify(item)).not.toContain('URL');
  });

  it('cslItem(source) names a named author, keeping the outlet as container', () => {
    const item = cslItem({ ...dailyScout, author: 'Jane Q. Public' }, siteUrl);
    expect(item.author).toEqual([{ literal: 'Jane Q. Public' }]);
    expect(item['container-title']).toBe('The Daily Scout');
  });
});

describe('cslJson', () => {
  const items = cslJson([paper, dailyScout, riffon], siteUrl);

  it('cslJson(sources) gives one item per source, each with id, type and title', () => {
    expect(items.map((i) => i.id)).toEqual(['anthropic-2028-paper', 'daily-scout', 'riffon']);
    for (const item of items) {
      expect(item.id).toMatch(/^[a-z0-9-]+$/);
      expect(['article-newspaper', 'webpage']).toContain(item.type);
      expect(item.title.length).toBeGreaterThan(0);
    }
  });

  it('cslJson(sources) date-parts are numbers, not strings', () => {
    const parts = items.flatMap((i) => i.issued?.['date-parts'][0] ?? []);
    expect(parts).toEqual([2026, 5, 14, 2026, 5, 17]);
    for (const p of parts) expect(typeof p).toBe('number');
  });

  it('cslJson(sources) survives a JSON round-trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(items))).toEqual(items);
  });
});
