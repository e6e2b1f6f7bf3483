import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAndCheckContent } from '../../../src/content/check-content.ts';
import type { ContentError } from '../../../src/content/content-error.ts';
import { articleSha256, contentWith, dedent, removeContentDirs, validContentDir } from '../../fixtures/content-dir.ts';

afterAll(removeContentDirs);

/** The errors of a content folder, after checking the test's own file is the only one at fault. */
function errorsOf(dir: string, badFile: string): ContentError[] {
  const { errors } = loadAndCheckContent(dir);
  expect(errors.length, 'the bad fixture is refused').toBeGreaterThan(0);
  for (const error of errors) expect(error.file, `every fault is in ${badFile}`).toMatch(new RegExp(`${badFile}$`));
  return errors;
}

/** The one error on `field`, with its message. */
function errorOn(errors: ContentError[], field: string): ContentError {
  const found = errors.filter((e) => e.field === field);
  expect(
    found.map((e) => e.field),
    `an error on ${field} among ${JSON.stringify(errors, null, 1)}`,
  ).toEqual([field]);
  return found[0]!;
}

/** Its claimant names the fixture's article, which most of these figures quote (the claimant-not-traced rule). */
const figure = (id: string, extra: string) =>
  `id: ${id}\nlabel: A figure of the test\nclaimant: The lab, as reported by Daily News\n${extra}\n`;

const chart = (id: string, extra: string) =>
  `id: ${id}\ntitle: A chart of the test\nsubtitle: What it measures\nform: bars\norder: 9\n` +
  `description: A chart used by a refusal test only.\n${extra}\n`;

describe('loadAndCheckContent(dir) on the valid fixture', () => {
  it('loadAndCheckContent(valid fixture) finds no fault, so every refusal below is caused by its one bad file', () => {
    const { content, errors } = loadAndCheckContent(validContentDir);
    expect(errors).toEqual([]);
    expect(content.sources).toHaveLength(2);
    expect(content.figures).toHaveLength(3);
    expect(content.charts).toHaveLength(1);
    expect(content.scenarios).toHaveLength(1);
  });
});

describe('loadAndCheckContent(dir) refuses quotes that are not verbatim', () => {
  it('loadAndCheckContent(dir) refuses a misquote, naming file, field and the closest passage', () => {
    const dir = contentWith({
      'figures/misquoted.yaml': figure(
        'misquoted',
        dedent`
        value: 4
        status: stated
        mentions:
          - source: daily-news
            quote: the rival will make just 4 percent of the leader’s aggregate compute
      `,
      ),
    });
    const error = errorOn(errorsOf(dir, 'figures/misquoted.yaml'), 'mentions[0].quote');
    expect(error.message).toContain('not found verbatim');
    expect(error.message).toContain('daily-news');
    // The closest passage is what the article really says, so the author sees "produce" at once.
    expect(error.message).toMatch(/Closest passage: "[^"]*rival will produce just 4 percent of the leader’s/);
  });

  it('loadAndCheckContent(dir) refuses words a summary puts in quotation marks that no archive contains', () => {
    const summary = (words: string) => dedent`
      ---
      id: daily-news
      title: "Lab warns the window is closing"
      name: "Daily News"
      outlet: "Daily News"
      kind: news
      published: '2026-05-15'
      archive: article.txt
      archiveSha256: ${articleSha256}
      description: "A short news report on the lab's paper, used as a test fixture."
      ---

      The article says the rival will make ${words} of the leader's compute.
    `;
    const bad = contentWith({ 'sources/daily-news.mdx': summary('“only 4 percent”') });
    const error = errorOn(errorsOf(bad, 'sources/daily-news.mdx'), 'body');
    expect(error.message).toContain('"only 4 percent"');
    expect(error.message).toContain("neither the text of daily-news nor a primary source's holds it");
    // The same words in the archive's own wording pass, curly or straight quotation marks alike.
    expect(loadAndCheckContent(contentWith({ 'sources/daily-news.mdx': summary('"just 4 percent"') })).errors).toEqual(
      [],
    );
  });

  it('loadAndCheckContent(dir) refuses a misquote in our own notes, and accepts an ellipsis for words left out', () => {
    const withNote = (notes: string) =>
      contentWith({
        'figures/noted.yaml': figure(
          'noted',
          dedent`
          value: 4
          status: estimate
          mentions:
            - source: lab-paper
              quote: the rival will produce just 4 percent of the leader’s
          notes: ${notes}
        `,
        ),
      });
    const error = errorOn(
      errorsOf(withNote(`'The article says "the rival makes 4 percent".'`), 'figures/noted.yaml'),
      'notes',
    );
    expect(error.message).toContain('"the rival makes 4 percent"');
    expect(loadAndCheckContent(withNote(`'The article says "the rival will produce … in 2026".'`)).errors).toEqual([]);
  });

  it('loadAndCheckContent(dir) refuses a year of our own in a period, and accepts it said to be inferred', () => {
    const withPeriod = (period: string, quote = 'the rival will produce just 4 percent of the leader’s') =>
      contentWith({
        'figures/last-year.yaml': figure(
          'last-year',
          dedent`
          value: 4
          status: estimate
          period: ${period}
          mentions:
            - source: lab-paper
              quote: ${quote}
        `,
        ),
      });
    const error = errorOn(errorsOf(withPeriod('as of last year (2025)'), 'figures/last-year.yaml'), 'period');
    expect(error.rule).toBe('period-not-in-quote');
    expect(error.message).toContain('gives 2025, which none of its quotes prints');
    expect(loadAndCheckContent(withPeriod('as of last year (2025, inferred)')).errors).toEqual([]);
    // A year the quote prints needs no word.
    expect(
      loadAndCheckContent(withPeriod("'2026'", 'just 4 percent of the leader’s aggregate compute in 2026')).errors,
    ).toEqual([]);
  });

  it('loadAndCheckContent(dir) refuses a straight apostrophe where the archive prints a curly one', () => {
    const dir = contentWith({
      'figures/straight-apostrophe.yaml': figure(
        'straight-apostrophe',
        dedent`
        value: 4
        status: stated
        mentions:
          - source: daily-news
            quote: just 4 percent of the leader's aggregate compute
      `,
      ),
    });
    const error = errorOn(errorsOf(dir, 'figures/straight-apostrophe.yaml'), 'mentions[0].quote');
    expect(error.message).toContain('not found verbatim');
    expect(error.message).toContain('leader’s');
  });

  it('loadAndCheckContent(dir) accepts a quote that matches only with whitespace folded across a line break', () => {
    const archive = readFileSync(join(validContentDir, 'archive/article.txt'), 'utf8');
    expect(archive, 'the archive breaks the line inside the quoted passage').toContain('leader’s\naggregate compute');
    const dir = contentWith({
      'figures/across-lines.yaml': figure(
        'across-lines',
        dedent`
        value: 4
        status: stated
        mentions:
          - source: lab-paper
            quote: "just 4 percent of the leader’s   aggregate compute in 2026"
      `,
      ),
    });
    expect(loadAndCheckContent(dir).errors).toEqual([]);
  });

  it('loadAndCheckContent(dir) refuses a quote of a source that has no archived text', () => {
    const dir = contentWith({
      'sources/lab-blog.mdx': dedent`
        ---
        id: lab-blog
        title: "The lab's blog post"
        name: 'The Lab, its blog'
        outlet: 'The Lab'
        kind: primary
        published: '2026-05-14'
        description: 'A primary source of which we hold no text.'
        ---

        We hold no text of this post.
      `,
      'figures/quotes-the-paper.yaml': figure(
        'quotes-the-paper',
        dedent`
        value: 4
        status: stated
        mentions:
          - source: lab-blog
            quote: the rival will produce just 4 percent
      `,
      ),
    });
    const error = errorOn(errorsOf(dir, 'figures/quotes-the-paper.yaml'), 'mentions[0].source');
    expect(error.message).toContain('lab-blog');
    expect(error.message).toContain('no archived text');
  });

  it('loadAndCheckContent(dir) refuses a source whose archive file is missing', () => {
    const dir = contentWith({ 'archive/article.txt': null });
    const { errors } = loadAndCheckContent(dir);
    const archiveError = errors.find((e) => e.field === 'archive');
    expect(archiveError?.file).toMatch(/sources\/daily-news\.mdx$/);
    expect(archiveError?.message).toContain('article.txt');
  });
});

describe('loadAndCheckContent(dir) refuses references that do not resolve', () => {
  it('loadAndCheckContent(dir) refuses a chart plotting a figure that does not exist', () => {
    const dir = contentWith({
      'charts/ghost-figure.yaml': chart(
        'ghost-figure',
        dedent`
        figures: [compute-share-2026, no-such-figure]
        sources: [daily-news]
      `,
      ),
    });
    const error = errorOn(errorsOf(dir, 'charts/ghost-figure.yaml'), 'figures[1]');
    expect(error.message).toContain('no figure "no-such-figure" exists');
  });

  it('loadAndCheckContent(dir) refuses a discrepancy about a figure that does not exist', () => {
    const dir = contentWith({
      'discrepancies/ghost-figure.yaml': dedent`
        id: ghost-figure
        topic: A disagreement about a missing figure
        kind: number
        weight: minor
        figures: [no-such-figure]
        sides:
          - source: daily-news
            quote: it may be possible to lock in a 12-24 month lead
          - source: daily-news
            quote: Critics say the lead is smaller than the lab claims.
        reading: The figure it names does not exist.
      `,
    });
    const error = errorOn(errorsOf(dir, 'discrepancies/ghost-figure.yaml'), 'figures[0]');
    expect(error.message).toContain('no figure "no-such-figure" exists');
  });

  it('loadAndCheckContent(dir) refuses a mention of a source that does not exist', () => {
    const dir = contentWith({
      'figures/ghost-source.yaml': figure(
        'ghost-source',
        dedent`
        value: 4
        status: stated
        mentions:
          - source: no-such-source
            quote: the rival will produce just 4 percent
      `,
      ),
    });
    const error = errorOn(errorsOf(dir, 'figures/ghost-source.yaml'), 'mentions[0].source');
    expect(error.message).toContain('no source "no-such-source" exists');
    expect(error.message).toContain('daily-news, lab-paper');
  });

  it('loadAndCheckContent(dir) refuses a chart naming a source that does not exist', () => {
    const dir = contentWith({
      'charts/ghost-source.yaml': chart(
        'ghost-source',
        dedent`
        figures: [compute-share-2026]
        sources: [daily-news, no-such-source]
      `,
      ),
    });
    const error = errorOn(errorsOf(dir, 'charts/ghost-source.yaml'), 'sources[1]');
    expect(error.message).toContain('no source "no-such-source" exists');
  });

  it('loadAndCheckContent(dir) refuses a scenario cell showing a chart that does not exist', () => {
    const scenario = readFileSync(join(validContentDir, 'scenarios/allies-lead.yaml'), 'utf8');
    const dir = contentWith({
      'scenarios/allies-lead.yaml': scenario.replace(
        /(domesticAdoption:\n(?: {4}.*\n)+)/,
        '$1    charts: [compute-share, no-such-chart]\n',
      ),
    });
    const error = errorOn(errorsOf(dir, 'scenarios/allies-lead.yaml'), 'fronts.domesticAdoption.charts[1]');
    expect(error.message).toContain('no chart "no-such-chart" exists');
  });
});

describe('loadAndCheckContent(dir) refuses figures that break the schema', () => {
  it('loadAndCheckContent(dir) refuses a figure nobody mentions (mentions: [])', () => {
    const dir = contentWith({
      'figures/unmentioned.yaml': figure('unmentioned', 'value: 4\nstatus: stated\nmentions: []'),
    });
    const error = errorOn(errorsOf(dir, 'figures/unmentioned.yaml'), 'mentions');
    expect(error.message).toContain('nobody mentions this figure');
  });

  it('loadAndCheckContent(dir) refuses a range whose low is above its high', () => {
    const dir = contentWith({
      'figures/upside-down.yaml': figure(
        'upside-down',
        dedent`
        value: { low: 24, high: 12 }
        status: stated
        mentions:
          - source: daily-news
            quote: it may be possible to lock in a 12-24 month lead.
      `,
      ),
    });
    const error = errorOn(errorsOf(dir, 'figures/upside-down.yaml'), 'value.low');
    expect(error.message).toContain('range low (24) is above high (12)');
  });

  it('loadAndCheckContent(dir) refuses a conditional figure without its condition', () => {
    const dir = contentWith({
      'figures/no-condition.yaml': figure(
        'no-condition',
        dedent`
        value: 4
        status: conditional
        mentions:
          - source: daily-news
            quote: the rival will produce just 4 percent
      `,
      ),
    });
    const error = errorOn(errorsOf(dir, 'figures/no-condition.yaml'), 'condition');
    expect(error.message).toContain('must state its condition');
  });

  it('loadAndCheckContent(dir) refuses an inferred date without a note saying how', () => {
    const dir = contentWith({
      'figures/inferred-silently.yaml': figure(
        'inferred-silently',
        dedent`
        date: "2026-05-14"
        dateInferred: true
        status: stated
        mentions:
          - source: daily-news
            quote: The lab published its paper on May 14.
      `,
      ),
    });
    const error = errorOn(errorsOf(dir, 'figures/inferred-silently.yaml'), 'dateNote');
    expect(error.message).toContain('inferred');
  });

  it.each([
    ['"2026-02-30"', '2026-02-30'],
    ['2026-02-30', '2026-02-30'],
    ['"May 14"', 'May 14'],
    ['"2026-5-14"', '2026-5-14'],
  ])('loadAndCheckContent(dir) refuses the date %s', (written, shown) => {
    const dir = contentWith({
      'figures/bad-date.yaml': figure(
        'bad-date',
        dedent`
        date: ${written}
        status: stated
        mentions:
          - source: daily-news
            quote: The lab published its paper on May 14.
      `,
      ),
    });
    const error = errorOn(errorsOf(dir, 'figures/bad-date.yaml'), 'date');
    expect(error.message).toContain(`"${shown}" is not a date`);
  });

  it('loadAndCheckContent(dir) refuses a source published on a day that does not exist', () => {
    const source = readFileSync(join(validContentDir, 'sources/lab-paper.mdx'), 'utf8');
    const dir = contentWith({
      'sources/lab-paper.mdx': source.replace(/published: ['"]2026-05-14['"]/, 'published: "2026-02-30"'),
    });
    // The refused source is left out, so figures naming it are refused too: only look at the source's own fault.
    const { errors } = loadAndCheckContent(dir);
    const error = errorOn(
      errors.filter((e) => /sources\/lab-paper\.mdx$/.test(e.file)),
      'published',
    );
    expect(error.message).toContain('"2026-02-30" is not a date');
  });
});

describe('loadAndCheckContent(dir) refuses charts that name no source or the wrong one', () => {
  it('loadAndCheckContent(dir) refuses a chart with no source (sources: [])', () => {
    const dir = contentWith({
      'charts/unsourced.yaml': chart('unsourced', 'figures: [compute-share-2026]\nsources: []'),
    });
    const error = errorOn(errorsOf(dir, 'charts/unsourced.yaml'), 'sources');
    expect(error.message).toContain('at least one source');
  });

  it('loadAndCheckContent(dir) refuses a chart naming a source that carries none of its figures', () => {
    // paper-published is mentioned by daily-news only and names no primary source.
    const dir = contentWith({
      'charts/wrong-source.yaml': chart('wrong-source', 'figures: [paper-published]\nsources: [daily-news, lab-paper]'),
    });
    const error = errorOn(errorsOf(dir, 'charts/wrong-source.yaml'), 'sources[1]');
    expect(error.message).toContain('"lab-paper" carries none of this chart\'s figures');
  });
});

describe('loadAndCheckContent(dir) refuses ids that are not the file name or not unique', () => {
  it('loadAndCheckContent(dir) refuses an id that differs from its file name', () => {
    const dir = contentWith({
      'charts/renamed.yaml': chart('compute-share-v2', 'figures: [compute-share-2026]\nsources: [daily-news]'),
    });
    const error = errorOn(errorsOf(dir, 'charts/renamed.yaml'), 'id');
    expect(error.message).toContain('"compute-share-v2" differs from the file name "renamed"');
  });

  it('loadAndCheckContent(dir) refuses a duplicate id, naming the file that has it first', () => {
    const dir = contentWith({
      'figures/published-again.yaml': figure(
        'paper-published',
        dedent`
        date: "2026-05-14"
        status: stated
        mentions:
          - source: daily-news
            quote: The lab published its paper on May 14.
      `,
      ),
    });
    const errors = errorsOf(dir, 'figures/published-again.yaml');
    expect(errors.map((e) => e.field)).toEqual(['id', 'id']);
    const duplicate = errors.find((e) => e.message.includes('duplicate'));
    expect(duplicate?.message).toMatch(/duplicate id "paper-published": .*figures\/paper-published\.yaml has it too/);
  });

  it('loadAndCheckContent(dir) refuses an id that is not a URL segment', () => {
    const dir = contentWith({
      'charts/Compute_Share.yaml': chart('Compute_Share', 'figures: [compute-share-2026]\nsources: [daily-news]'),
    });
    const error = errorOn(errorsOf(dir, 'charts/Compute_Share.yaml'), 'id');
    expect(error.message).toContain('lower-case');
  });
});

describe('loadAndCheckContent(dir) refuses files that do not parse', () => {
  it('loadAndCheckContent(dir) refuses invalid YAML, naming the file', () => {
    const dir = contentWith({ 'figures/broken.yaml': 'id: broken\nlabel: [an unclosed list\nstatus: stated\n' });
    const error = errorOn(errorsOf(dir, 'figures/broken.yaml'), '');
    expect(error.message).toContain('is not valid YAML');
  });

  it('loadAndCheckContent(dir) refuses invalid YAML in an MDX front matter', () => {
    const dir = contentWith({ 'sources/lab-paper.mdx': '---\nid: lab-paper\ntitle: "unclosed\n---\n\nBody.\n' });
    const { errors } = loadAndCheckContent(dir);
    const error = errors.find((e) => /sources\/lab-paper\.mdx$/.test(e.file) && e.field === '');
    expect(error?.message).toContain('is not valid YAML');
  });

  it('loadAndCheckContent(dir) refuses an MDX source without front matter', () => {
    const dir = contentWith({ 'sources/lab-paper.mdx': 'Just a body, no front matter.\n' });
    const { errors } = loadAndCheckContent(dir);
    const error = errors.find((e) => /sources\/lab-paper\.mdx$/.test(e.file));
    expect(error?.message).toContain('no front matter');
  });
});

/** The faults of the site's own content with one file changed, as "folder/file field rule" lines. */
function faultsOfRealContentWith(path: string, change: (text: string) => string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'content-real-'));
  try {
    cpSync('content', dir, { recursive: true });
    const file = join(dir, path);
    writeFileSync(file, change(readFileSync(file, 'utf8')));
    return loadAndCheckContent(dir).errors.map((e) => `${e.file.split('/').slice(-2).join('/')} ${e.field} ${e.rule}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('loadAndCheckContent(content): the real content', () => {
  it('loadAndCheckContent("content") finds no fault in the site\'s own content', () => {
    const { content, errors } = loadAndCheckContent('content');
    expect(errors).toEqual([]);
    expect(content.sources.length).toBeGreaterThanOrEqual(8);
    expect(content.figures.length).toBeGreaterThanOrEqual(40);
    expect(content.charts.length).toBeGreaterThanOrEqual(9);
    expect(content.archive.size).toBeGreaterThanOrEqual(5);
  });

  it('loadAndCheckContent(dir) blames an archive edited after it was pinned, and not the summaries whose numbers it held', () => {
    // The Daily Scout's 24,000 accounts, which several summaries give, changed in its archive.
    const faults = faultsOfRealContentWith('archive/003_c22383a34989853f.txt', (t) => t.replaceAll('24,000', '42,000'));
    expect(faults.filter((f) => f.endsWith('summary-number'))).toEqual([]);
    expect(faults).toContain('sources/daily-scout.mdx archiveSha256 archive-changed');
  });

  it('loadAndCheckContent(dir) blames a qualifier the quote puts on no number on the figure, and does not tell the chart title to copy it', () => {
    expect(
      faultsOfRealContentWith('figures/compute-gap-11x.yaml', (t) =>
        t.replace('qualifier: roughly', 'qualifier: about'),
      ),
    ).toEqual(['figures/compute-gap-11x.yaml qualifier qualifier-not-on-number']);
  });

  it('loadAndCheckContent(dir) blames an article whose URL is not https, and not the summaries whose numbers its text holds', () => {
    expect(
      faultsOfRealContentWith('sources/daily-scout.mdx', (t) =>
        t.replace("url: 'https://thedailyscout", "url: 'http://thedailyscout"),
      ),
    ).toEqual(['sources/daily-scout.mdx url schema']);
  });

  it('loadAndCheckContent(dir) blames a paper whose date does not parse, and not the figures resting on it', () => {
    // The real content, where the paper's date, title and text hold up five figures' checks.
    expect(
      faultsOfRealContentWith('sources/anthropic-2028-paper.mdx', (t) =>
        t.replace("published: '2026-05-14'", "published: '05/14/2026'"),
      ),
    ).toEqual(['sources/anthropic-2028-paper.mdx published schema']);
  });
});
