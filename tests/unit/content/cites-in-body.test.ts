import { describe, expect, it } from 'vitest';
import { citesInBody, mdxBodyFaults } from '../../../src/content/mdx-body.ts';
import { quotedInProse } from '../../../src/content/check-content.ts';

describe('citesInBody(body)', () => {
  it('citesInBody lists each <Cite> in order, with its source', () => {
    const body = [
      'One claim.<Cite source="daily-scout" quote="the first words of it" />',
      '',
      "Another.<Cite source='kafela-bazar' quote='words “in” another text' /> Plain prose.",
    ].join('\n');
    expect(citesInBody(body)).toEqual([
      { source: 'daily-scout', quote: 'the first words of it' },
      { source: 'kafela-bazar', quote: 'words “in” another text' },
    ]);
  });

  it('citesInBody ignores prose without markers', () => {
    expect(citesInBody('Nothing cited here.')).toEqual([]);
  });
});

describe('mdxBodyFaults(body)', () => {
  const reasons = (body: string) => mdxBodyFaults(body).map((f) => `${f.line}: ${f.reason}`);
  it('mdxBodyFaults(body) passes prose, lists and a whole <Cite>', () => {
    expect(reasons('A claim.<Cite source="daily-scout" quote="the first words of it" />\n\n- one\n- two')).toEqual([]);
  });
  it('mdxBodyFaults(body) refuses a <Cite> without its source or quote, with an empty one, or with a misspelt attribute', () => {
    expect(reasons('A.<Cite quote="the first words of it" />')).toEqual([
      '1: gives <Cite> no source: write <Cite source="…" quote="…" />, the source\'s id and its exact words',
    ]);
    expect(reasons('A.<Cite source="daily-scout" quote="" />')[0]).toContain('an empty quote');
    expect(reasons('A.\n\nB.<Cite source="daily-scout" qoute="x y z" />')).toEqual([
      '3: gives <Cite> an attribute qoute="…" it does not take (did you mean quote?): <Cite> takes source="…" and quote="…"',
    ]);
  });
  it('mdxBodyFaults(body) refuses Markdown that would pass for quotes, headings, images or links', () => {
    expect(reasons('> Export controls have failed.')[0]).toMatch(/^1: holds a Markdown block quotation/);
    expect(reasons('Text.\n\n# Summary')[0]).toMatch(/^3: holds a heading/);
    expect(reasons('![The post](https://x.com/p.png)')[0]).toMatch(/^1: holds an image/);
    expect(reasons('See [the chart](/charts/compute-gaps/).')[0]).toBe(
      '1: holds a link to /charts/compute-gaps/: a summary links only through <Cite>, whose passages the gate checks',
    );
  });
  it('mdxBodyFaults(body) refuses a body with no words', () => {
    expect(reasons(' \n\n')).toEqual(['1: is empty: a source page shows our summary, in our own words']);
  });
});

describe('quotedInProse(text)', () => {
  it('quotedInProse finds double and curly single quotations, and an apostrophe never ends one', () => {
    expect(quotedInProse('It says "a lead" and ‘Trump’s visit’, but the lab’s staff don’t.')).toEqual([
      'a lead',
      'Trump’s visit',
    ]);
  });
});
