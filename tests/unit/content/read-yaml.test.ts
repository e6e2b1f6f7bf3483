// The gate reads content as Astro does. Compared here with Astro's own front-matter reader
// (@astrojs/markdown-remark, which the MDX integration uses) on every real source file.
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closestKey } from '../../../src/content/closest-key.ts';
import { containsInOrder } from '../../../src/content/check-content.ts';
import { atWordBoundaries, wordCount, wordMatches } from '../../../src/content/find-quote.ts';
import { foldWhitespace } from '../../../src/content/fold-whitespace.ts';
import { qualifierBeforeNumber } from '../../../src/content/qualifier.ts';
import { numbersInText } from '../../../src/content/numbers-in-text.ts';
import { forbiddenYamlConstruct, impossibleDates, readYaml, splitFrontMatter } from '../../../src/content/read-yaml.ts';

const sources = new URL('../../../content/sources/', import.meta.url);

describe('readYaml and splitFrontMatter read as Astro reads', () => {
  it.each(readdirSync(sources).filter((f) => f.endsWith('.mdx')))(
    'content/sources/%s: the same front matter and body as Astro’s parseFrontmatter',
    (name) => {
      const text = readFileSync(new URL(name, sources), 'utf8');
      const astro = parseFrontmatter(text);
      const ours = splitFrontMatter(text)!;
      const reading = readYaml(ours.frontMatter);
      expect(reading.ok && reading.data).toEqual(astro.frontmatter);
      expect(ours.body).toBe(astro.content);
    },
  );

  it('readYaml reads an unquoted date as js-yaml does (a Date), so the schema sees what Astro sees', () => {
    const reading = readYaml('date: 2026-05-14\n');
    expect(reading.ok && (reading.data as { date: Date }).date).toEqual(new Date(Date.UTC(2026, 4, 14)));
  });

  it.each([
    ['a: &x 1\nb: *x\n', 'anchor'],
    ['a: [1, *x]\n', 'alias'],
    ['<<: {a: 1}\n', 'merge key'],
    ['a: !!set {x}\n', 'tag'],
  ])('forbiddenYamlConstruct(%j) names the %s', (text, what) => {
    expect(forbiddenYamlConstruct(text)?.message).toContain(what);
  });

  it('forbiddenYamlConstruct leaves & and * inside text alone', () => {
    expect(forbiddenYamlConstruct('a: \'R&D *and* more\'\nb: AT&T\nc: "<<"\n')).toBeUndefined();
  });

  it('impossibleDates finds an unquoted 2026-02-30 with its key and line, and leaves real and quoted dates', () => {
    expect(impossibleDates("a: 1\ndate: 2026-02-30\nok: 2026-02-28\nq: '2026-02-31'\n")).toEqual([
      { line: 2, key: 'date', value: '2026-02-30' },
    ]);
  });
});

describe('quote matching', () => {
  const text = foldWhitespace('It is impossible, restricting chips. The lead\u00A0may\nclose.');

  it('wordMatches finds a quote only at word boundaries', () => {
    expect(wordMatches('possible, restricting', text)).toEqual([]);
    expect(wordMatches('impossible, restricting', text)).toEqual([6]);
    expect(atWordBoundaries(text, 6, 10)).toBe(true);
  });

  it('only ASCII whitespace and NBSP fold; a zero-width space does not', () => {
    expect(wordMatches('The lead may close.', text)).toHaveLength(1);
    expect(foldWhitespace('a\u200Bb')).toBe('a\u200Bb');
    expect(foldWhitespace('a\u2003b')).toBe('a\u2003b');
  });

  it('wordCount counts words after folding', () => {
    expect(wordCount('  two\n words ')).toBe(2);
  });

  it('containsInOrder needs the parts of "A … B" in order and within 300 characters', () => {
    const long = `alpha beta ${'x '.repeat(200)} gamma delta`;
    expect(containsInOrder('one two three four', 'one … three')).toBe(true);
    expect(containsInOrder('one two three four', 'three … one')).toBe(false);
    expect(containsInOrder(long, 'alpha beta … gamma delta')).toBe(false);
    expect(containsInOrder('alpha beta x gamma delta', 'alpha beta ... gamma delta')).toBe(true);
  });
});

describe('closestKey', () => {
  it.each([
    ['qualifer', 'qualifier'],
    ['dateInfered', 'dateInferred'],
    ['Label', 'label'],
  ])('closestKey(%j) suggests %j', (key, near) => {
    expect(closestKey(key, ['label', 'qualifier', 'dateInferred', 'date'])).toBe(near);
  });

  it('closestKey suggests nothing for a key close to none', () => {
    expect(closestKey('zzzzzzzz', ['label', 'qualifier'])).toBeUndefined();
  });
});

describe('qualifierBeforeNumber', () => {
  it.each([
    ['roughly 11 times more compute', [11], 'roughly'],
    ['the more than 2000-word paper', [2000], 'more than'],
    ['worth at least $2.5 billion', [2.5], 'at least'],
    ['up to 24 months', [12, 24], 'up to'],
    ['just 4 percent', [4], undefined],
    ['roughly the same, and 11 times more', [11], undefined],
    ['about 10 people, 3 of them', [3], undefined],
  ])('qualifierBeforeNumber(%j, %j) is %j', (quote, values, word) => {
    expect(qualifierBeforeNumber(quote, values)).toBe(word);
  });
});

describe('qualifierBeforeNumber with numbers in words and scales', () => {
  it.each([
    ['to generate over 16 million exchanges with Claude', [16000000], 'over'],
    ['could face AI training costs roughly ten times higher', [10], 'roughly'],
    ['over $2.5 billion worth of servers', [2500000000], 'over'],
    ['three major Chinese AI firms', [3], undefined],
  ])('qualifierBeforeNumber(%j, %j) is %j', (quote, values, word) => {
    expect(qualifierBeforeNumber(quote, values)).toBe(word);
  });
});

describe('numbersInText(text)', () => {
  const values = (text: string) => numbersInText(text).map((n) => n.value);
  it('numbersInText reads digits with commas and decimals, and both ends of a range', () => {
    expect(values('more than 24,000 accounts, $2.5 each, a 12-24 month lead')).toEqual([24000, 2.5, 12, 24]);
  });
  it('numbersInText reads a scale as the number and as its product', () => {
    expect(values('over 16 million exchanges')).toEqual([16, 16000000]);
  });
  it('numbersInText reads number words, "none" as 0, and never a word inside another', () => {
    expect(values('roughly ten times; none disclosed; someone often')).toEqual([10, 0]);
  });
  it('numbersInText skips digits glued to a letter (a model name), but reads the part after a hyphen', () => {
    expect(values('R1-0528 model')).toEqual([528]);
  });
});
