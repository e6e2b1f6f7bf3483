import { describe, expect, it } from 'vitest';
import { citesInBody } from '../../../src/content/mdx-body.ts';

describe('citesInBody(body, ownSource)', () => {
  it('citesInBody lists each <Cite> in order, its source defaulting to the summary’s own', () => {
    const body = [
      'One claim.<Cite quote="the first words of it" />',
      '',
      "Another.<Cite source='kafela-bazar' quote='words “in” another text' /> Plain prose.",
    ].join('\n');
    expect(citesInBody(body, 'daily-scout')).toEqual([
      { source: 'daily-scout', quote: 'the first words of it' },
      { source: 'kafela-bazar', quote: 'words “in” another text' },
    ]);
  });

  it('citesInBody ignores prose without markers', () => {
    expect(citesInBody('Nothing cited here.', 'daily-scout')).toEqual([]);
  });
});
