import { afterAll, describe, expect, it } from 'vitest';
import { loadAndCheckContent } from '../../../src/content/check-content.ts';
import { citesInMdx, withoutCites } from '../../../src/content/mdx-cites.ts';
import { contentWith, dedent, removeContentDirs } from '../../fixtures/content-dir.ts';

afterAll(removeContentDirs);

const summary = (body: string) => dedent`
  ---
  id: daily-news
  title: "Lab warns the window is closing"
  name: "Daily News"
  outlet: "Daily News"
  kind: news
  archive: article.txt
  description: "A short news report on the lab's paper, used as a test fixture."
  ---

  ${body}
`;

describe('citesInMdx(body)', () => {
  it('citesInMdx(body) reads each <Cite> marker’s source and quote, in order, in either kind of quotation mark', () => {
    const body = `One.<Cite source="a" quote="the first words" /> Two.<Cite quote='it said "so"' source='b'/>`;
    expect(citesInMdx(body)).toEqual([
      { source: 'a', quote: 'the first words' },
      { source: 'b', quote: 'it said "so"' },
    ]);
    expect(withoutCites(body)).toBe('One. Two.');
  });
});

describe('the gate checks summary citations', () => {
  it('loadAndCheckContent(dir) accepts a <Cite> whose quote is in its source’s archive', () => {
    const dir = contentWith({
      'sources/daily-news.mdx': summary(
        'The article hedges the lead.<Cite source="daily-news" quote="it may be possible to lock in a 12-24 month lead" />',
      ),
    });
    expect(loadAndCheckContent(dir).errors).toEqual([]);
  });

  it('loadAndCheckContent(dir) refuses a <Cite> whose quote its source does not contain, naming the marker', () => {
    const dir = contentWith({
      'sources/daily-news.mdx': summary(
        'The article is sure of the lead.<Cite source="daily-news" quote="it is certain to lock in a 12-24 month lead" />',
      ),
    });
    const { errors } = loadAndCheckContent(dir);
    expect(errors.map((e) => [e.file.replace(/^.*\//, ''), e.field])).toEqual([
      ['daily-news.mdx', 'body <Cite>[0].quote'],
    ]);
  });
});
