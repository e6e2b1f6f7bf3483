import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../../src/schemas.ts';
import { paper, bazar } from '../../fixtures/sources.ts';
import { bibtexEntry, bibtexFile, bibtexForChart, escapeBibtex, protectedTitle } from '../../../src/share/bibtex.ts';

const siteUrl = 'https://example.org';

const herald: Source = {
  id: 'gossip-herald',
  title: 'How the US & its partners can achieve a 1-2 year AI lead, at 25% odds',
  name: 'Gossip Herald (a reworded copy of a news report; the original outlet is not confirmed)',
  outlet: 'Gossip Herald (a reworded copy of a news report; the original outlet is not confirmed)',
  kind: 'news',
  published: '2026-05-14',
  publishedInferred: true,
  dateNote: 'About 2026-05-14/15 (inferred: the article prints no date).',
  url: 'https://www.gossipherald.com/news/55926-how-the-us-can-achieve?a=1&b=%20',
  description: 'A short reworded news report on the paper.',
  claims: [],
};

function parseOne(bib: string) {
  const library = parse(bib);
  expect(library.errors).toEqual([]);
  expect(library.entries).toHaveLength(1);
  return library.entries[0]!;
}

describe('bibtexEntry', () => {
  it('bibtexEntry(source) prints a @misc entry with a protected title, corporate author, dates and URL', () => {
    expect(bibtexEntry(paper, siteUrl)).toBe(
      [
        '% 2028 Scenarios Explainer: https://example.org/sources/anthropic-2028-paper/',
        '@misc{anthropic_2028_paper,',
        '  title = {2028: {Two} scenarios for global {AI} leadership},',
        '  author = {{Anthropic}},',
        '  year = {2026},',
        '  date = {2026-05-14},',
        '  howpublished = {Web publication},',
        '  url = {https://www.anthropic.com/research/2028-ai-leadership}',
        '}',
      ].join('\n'),
    );
  });

  it('bibtexEntry(source) parses with a key of underscores and the outlet as one unsplit author', () => {
    const entry = parseOne(bibtexEntry(herald, siteUrl));
    expect(entry.type).toBe('misc');
    expect(entry.key).toBe('gossip_herald');
    expect(entry.fields.author).toEqual([{ name: herald.outlet }]);
    expect(entry.fields['howpublished']).toBe('News article');
  });

  it('bibtexEntry(source) escapes & and % in the title, which parses back to the printed title', () => {
    const bib = bibtexEntry(herald, siteUrl);
    expect(bib).toContain('title = {{How} the {US} \\& its partners can achieve a 1-2 year {AI} lead, at 25\\% odds}');
    expect(parseOne(bib).fields['title']).toBe(herald.title);
  });

  it('bibtexEntry(source) keeps curly apostrophes and capitals in the title, as Zotero would import it', () => {
    expect(parseOne(bibtexEntry(bazar, siteUrl)).fields['title']).toBe(
      'During Trump’s China visit, Anthropic just ‘reminded’ America why',
    );
  });

  it('bibtexEntry(source) notes an inferred date with how it was inferred', () => {
    const fields = parseOne(bibtexEntry(herald, siteUrl)).fields;
    expect(fields['year']).toBe('2026');
    expect(fields['date']).toBe('2026-05-14');
    expect(fields['note']).toBe('Date inferred: About 2026-05-14/15 (inferred: the article prints no date).');
  });

  it('bibtexEntry(source) keeps the URL verbatim, & and % included', () => {
    expect(parseOne(bibtexEntry(herald, siteUrl)).fields['url']).toBe(herald.url);
  });

  it('bibtexEntry(source) leaves out url, year, date and note when the source has none', () => {
    const bib = bibtexEntry(bazar, siteUrl);
    const fields = parseOne(bib).fields;
    expect(Object.keys(fields).sort()).toEqual(['author', 'howpublished', 'title']);
    expect(bib).not.toMatch(/url|urldate|year|date =|note/);
  });

  it('bibtexEntry(source) gives a named author as a person and the outlet as organization', () => {
    const fields = parseOne(bibtexEntry({ ...paper, author: 'Jane Q. Public' }, siteUrl)).fields;
    expect(fields.author).toEqual([{ firstName: 'Jane Q.', lastName: 'Public' }]);
    expect(fields.organization).toEqual(['Anthropic']);
  });
});

describe('protectedTitle', () => {
  it('protectedTitle(title) braces each word with a capital, escapes stay outside the braces', () => {
    expect(protectedTitle('#MeToo at AT&T: it’s 1-2 Years')).toBe('\\#{MeToo} at {AT}\\&{T}: it’s 1-2 {Years}');
  });

  it('protectedTitle(title) keeps a title-case title in title case through the parser', () => {
    const title = 'OpenAI and Anthropic Are Actively Lobbying Washington to Escalate the AI War';
    expect(parseOne(`@misc{k, title = {${protectedTitle(title)}}}`).fields['title']).toBe(title);
  });
});

describe('escapeBibtex', () => {
  it('escapeBibtex(value) escapes every TeX special character once, and folds whitespace', () => {
    expect(escapeBibtex('& % $ # _ { } ~ ^ \\\n x')).toBe(
      '\\& \\% \\$ \\# \\_ {\\textbraceleft} {\\textbraceright} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} x',
    );
  });

  it('escapeBibtex(value) parses back to the original text', () => {
    const value = 'A & B: 100% of $5 #1 a_b {c} ~ ^ \\';
    const entry = parseOne(`@misc{k, note = {${escapeBibtex(value)}}}`);
    expect(entry.fields['note']).toBe(value);
  });
});

describe('bibtexFile', () => {
  it('bibtexFile(sources) holds one entry per source, in order, without parse errors', () => {
    const bib = bibtexFile([paper, herald, bazar], siteUrl);
    const library = parse(bib);
    expect(library.errors).toEqual([]);
    expect(library.entries.map((e) => e.key)).toEqual(['anthropic_2028_paper', 'gossip_herald', 'kafela_bazar']);
    expect(bib.endsWith('}\n')).toBe(true);
  });
});

describe('bibtexForChart', () => {
  it('bibtexForChart(chart) cites the chart permalink with the site as publisher', () => {
    const bib = bibtexForChart({ id: 'compute-gap', title: 'US & allied compute: 11× China’s' }, siteUrl, '2026');
    expect(bib).toBe(
      [
        '@misc{chart_compute_gap,',
        '  title = {{US} \\& allied compute: 11× {China’s}},',
        '  publisher = {{2028 Scenarios Explainer}},',
        '  howpublished = {Chart, 2028 Scenarios Explainer},',
        '  year = {2026},',
        '  url = {https://example.org/charts/compute-gap/}',
        '}',
      ].join('\n'),
    );
    const fields = parseOne(bib).fields;
    expect(fields['title']).toBe('US & allied compute: 11× China’s');
    expect(fields.publisher).toEqual(['2028 Scenarios Explainer']);
    expect(fields['url']).toBe('https://example.org/charts/compute-gap/');
  });
});
