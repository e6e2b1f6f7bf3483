// The refusal suite: one bad input per row, each a copy of the valid fixture with one file changed.
// Each row asserts the file, the field, the rule and the words of the fault, and that no other file is
// blamed (a fault in one file does not cascade into "does not exist" elsewhere).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAndCheckContent } from '../../../src/content/check-content.ts';
import type { ContentError } from '../../../src/content/content-error.ts';
import type { RuleName } from '../../../src/content/rules.ts';
import { contentWith, removeContentDirs, validContentDir } from '../../fixtures/content-dir.ts';

afterAll(removeContentDirs);

const read = (path: string) => readFileSync(join(validContentDir, path), 'utf8');
const news = read('sources/daily-news.mdx');
const paper = read('sources/lab-paper.mdx');
const share = read('figures/compute-share-2026.yaml');
const lead = read('figures/lead-by-2028.yaml');
const published = read('figures/paper-published.yaml');
const chart = read('charts/compute-share.yaml');
const scenario = read('scenarios/allies-lead.yaml');
const discrepancy = read('discrepancies/lead-size.yaml');
const commentary = read('commentary/critics-smaller-lead.yaml');
const today = read('today/premise.yaml');
/** The scenario's premise cell with a line added after its one citation. */
const premiseWith = (line: string) =>
  edit(
    scenario,
    '      quote: If the allies act now, it may be possible\n',
    `      quote: If the allies act now, it may be possible\n${line}\n`,
  );
const article = read('archive/article.txt');
const correction = read('corrections/chart-title-hedged.yaml');

/** A date we worked out, not one the figure's quote prints (the date-not-in-quote rule asks for the note); to the
 * month, as no quote of these tests prints a day (the inferred-day rule). */
const inferredNote = 'dateInferred: true\ndateNote: Worked out for this test from the article.';

/** `text` with `from` replaced by `to`; fails loudly if `from` is not there (a row that tests nothing). */
function edit(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`fixture edit found nothing to replace: ${from}`);
  return out;
}

/** A news source with its own archived text, pinned. */
function newsWith(id: string, archiveText: string, extra = ''): Record<string, string> {
  const sha = createHash('sha256').update(archiveText).digest('hex');
  return {
    [`archive/${id}.txt`]: archiveText,
    [`sources/${id}.mdx`]: `---\nid: ${id}\ntitle: 'A second article'\nname: 'Second News'\noutlet: 'Second News'\nkind: news\narchive: ${id}.txt\narchiveSha256: ${sha}\ndescription: 'A second news report, used by one refusal test.'\n${extra}---\n\nOur summary.\n`,
  };
}

/** A primary source with its own archived text (which prints its date), pinned. */
function primaryWith(id: string, archiveText: string): Record<string, string> {
  const sha = createHash('sha256').update(archiveText).digest('hex');
  return {
    [`archive/${id}.txt`]: archiveText,
    [`sources/${id}.mdx`]: `---\nid: ${id}\ntitle: 'A study'\nname: 'The Lab, a study'\noutlet: 'The Lab'\nkind: primary\npublished: '2026-05-14'\narchive: ${id}.txt\narchiveSha256: ${sha}\ndescription: 'A second primary source, used by one refusal test.'\n---\n\nOur summary.\n`,
  };
}

/** A bars chart of the figure compute-ratio (a multiple of the rival's compute), credited to second-news. */
const ratioChart = (text: { title: string; subtitle: string; description: string }) =>
  `id: compute-ratio\ntitle: "${text.title}"\nsubtitle: "${text.subtitle}"\nform: bars\nfigures: [compute-ratio]\nsources: [second-news]\norder: 2\nreference: { label: The rival, value: 1 }\ndescription: "${text.description}"\n`;

/** An estimate of today's lead given in words (`qualitative`), quoting "at least several months" from a second article. */
const leadTodayIn = (qualitative: string) => ({
  ...newsWith('second-news', 'Officials say the allies are at least several months ahead today.\n'),
  'figures/lead-today.yaml': figureQuoting(
    'lead-today',
    `qualitative: ${qualitative}\nunit: months`,
    'second-news',
    'the allies are at least several months ahead today',
  ).replace('status: stated', 'status: estimate'),
});

/**
 * The premise's note of what stands today, citing a second primary source's "roughly 11 times" and printing the
 * number as `printed` ("11 times", "more than 11 times").
 */
const todayCitingStudy = (printed: string) => ({
  ...primaryWith(
    'lab-study',
    'Published May 14, 2026.\nThe allies now have roughly 11 times more compute than the rival.\n',
  ),
  'today/premise.yaml': `${today}\n`
    .replace(
      /^text: .*$/m,
      `text: An analysis finds the rival will produce just 4 percent of the leader's compute in 2026, and a study finds the allies have ${printed} its compute.`,
    )
    .replace(
      'cite:\n',
      'cite:\n  - source: lab-study\n    quote: The allies now have roughly 11 times more compute than the rival.\n',
    ),
});

/** A second article's "one study estimates … roughly 11 times", and an estimate of 11× quoting `quote` of it. */
const studyRatioQuoting = (quote: string) => ({
  ...newsWith(
    'second-news',
    'One study estimates that the allies could have roughly 11 times more compute than the rival.\n',
  ),
  'figures/compute-ratio.yaml': figureQuoting(
    'compute-ratio',
    'value: 11\nunit: x\nqualifier: roughly',
    'second-news',
    quote,
  ).replace('status: stated', 'status: estimate'),
});

/** The fixture's chart plotting the conditional lead instead, its title keeping the lead's "may" and "if". */
const leadChart = edit(
  edit(chart, 'figures: [compute-share-2026]', 'figures: [lead-by-2028]'),
  /title: .*/,
  'title: The allies may lock in a 12-24 month lead if they act now',
);

/** A figure quoting `quote` from `source`. */
/** A claimant that names each source the fixtures' figures may quote (the claimant-not-traced rule). */
const claimantReportedBy = 'The lab, as reported by Daily News and Second News';
const figureQuoting = (id: string, extra: string, source: string, quote: string) =>
  `id: ${id}\nlabel: A figure of the test\nclaimant: ${claimantReportedBy}\nstatus: stated\n${extra}\nmentions:\n  - source: ${source}\n    quote: '${quote}'\n`;

/** The paper, held through Daily News, with its reproduced part running from `start` to `end`. */
const paperVia = (start: string, end: string) =>
  edit(paper, /quotableSpan:\n  start: .*\n  end: .*\n/, `quotableSpan:\n  start: '${start}'\n  end: '${end}'\n`);

const body = (text: string) => edit(news, 'Our summary of the article.', text);
/** The 1-based line of a file where `needle` first appears. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

interface Case {
  /** What is wrong, in words. */
  name: string;
  files: Record<string, string | null>;
  file: string;
  field: string;
  rule: RuleName;
  words: (string | RegExp)[];
  /** Other files that may also be blamed (e.g. an archive changed under its pin). */
  alsoBlamed?: string[];
}

const cases: Case[] = [
  // YAML: one reading, no constructs that make a text say two things.
  {
    name: 'an anchor and an alias',
    files: { 'figures/lead-by-2028.yaml': edit(lead, 'unit: months', 'unit: &u months\nperiod: *u') },
    file: 'figures/lead-by-2028.yaml',
    field: '',
    rule: 'yaml-construct',
    words: ['line 4', 'anchor "&u"'],
  },
  {
    name: 'an alias alone (to an anchor defined in a list)',
    files: {
      'figures/lead-by-2028.yaml': edit(lead, 'claimant: The lab', 'claimant: The lab\nnotes: *nowhere'),
    },
    file: 'figures/lead-by-2028.yaml',
    field: '',
    rule: 'yaml-construct',
    words: ['alias "*nowhere"'],
  },
  {
    name: 'a merge key in front matter',
    files: { 'sources/daily-news.mdx': edit(news, 'kind: news\n', "kind: news\n<<: { author: 'Made Up' }\n") },
    file: 'sources/daily-news.mdx',
    field: '',
    rule: 'yaml-construct',
    words: ['merge key "<<"'],
  },
  {
    name: 'a YAML tag (!!binary)',
    files: { 'figures/lead-by-2028.yaml': edit(lead, 'unit: months', 'unit: !!binary bW9udGhz') },
    file: 'figures/lead-by-2028.yaml',
    field: '',
    rule: 'yaml-construct',
    words: ['tag "!!binary"'],
  },
  {
    name: 'a YAML tag (!!str)',
    files: { 'charts/compute-share.yaml': edit(chart, 'order: 1', 'order: !!str 1') },
    file: 'charts/compute-share.yaml',
    field: '',
    rule: 'yaml-construct',
    words: ['tag "!!str"'],
  },
  {
    name: 'YAML that does not parse (an unclosed quotation mark)',
    files: { 'figures/lead-by-2028.yaml': edit(lead, 'unit: months', "unit: 'months") },
    file: 'figures/lead-by-2028.yaml',
    field: '',
    rule: 'yaml-syntax',
    words: ['is not valid YAML'],
  },
  {
    name: 'a key written twice',
    files: { 'figures/lead-by-2028.yaml': edit(lead, 'unit: months', 'unit: months\nunit: years') },
    file: 'figures/lead-by-2028.yaml',
    field: '',
    rule: 'yaml-syntax',
    words: ['is not valid YAML', 'duplicated mapping key'],
  },
  {
    name: 'a source without front matter',
    files: { 'sources/daily-news.mdx': 'Just a summary, no front matter.\n' },
    file: 'sources/daily-news.mdx',
    field: '',
    rule: 'yaml-syntax',
    words: ['no front matter'],
  },
  {
    name: 'TOML front matter (+++), which Astro would read another way',
    files: { 'sources/daily-news.mdx': news.replace(/^---/, '+++').replace('\n---\n', '\n+++\n') },
    file: 'sources/daily-news.mdx',
    field: '',
    rule: 'yaml-syntax',
    words: ['no front matter'],
  },
  {
    name: 'front matter after a blank line',
    files: { 'sources/daily-news.mdx': `\n${news}` },
    file: 'sources/daily-news.mdx',
    field: '',
    rule: 'yaml-syntax',
    words: ['no front matter'],
  },
  {
    name: 'an unquoted date that does not exist (js-yaml would roll it over to 2 March)',
    files: { 'figures/paper-published.yaml': edit(published, "date: '2026-05-14'", 'date: 2026-02-30') },
    file: 'figures/paper-published.yaml',
    field: 'date',
    rule: 'schema',
    words: ['"2026-02-30" is not a date'],
  },
  // Strict keys.
  {
    name: 'a misspelt qualifier (qualifer)',
    files: { 'figures/compute-share-2026.yaml': edit(share, 'qualifier: just', 'qualifer: just') },
    file: 'figures/compute-share-2026.yaml',
    field: 'qualifer',
    rule: 'schema',
    words: ['unknown key "qualifer"; did you mean "qualifier"?'],
  },
  {
    name: 'a misspelt dateInferred',
    files: {
      'figures/paper-published.yaml': edit(published, 'status: stated', 'status: stated\ndateInfered: true'),
    },
    file: 'figures/paper-published.yaml',
    field: 'dateInfered',
    rule: 'schema',
    words: ['did you mean "dateInferred"?'],
  },
  {
    name: 'a misspelt key inside a mention (nte for note)',
    files: {
      'figures/paper-published.yaml': edit(
        published,
        'quote: The lab published',
        'nte: x\n    quote: The lab published',
      ),
    },
    file: 'figures/paper-published.yaml',
    field: 'mentions[0].nte',
    rule: 'schema',
    words: ['did you mean "note"?'],
  },
  {
    name: 'a misspelt key in front matter (auther)',
    files: { 'sources/daily-news.mdx': edit(news, 'kind: news', "kind: news\nauther: 'A. Writer'") },
    file: 'sources/daily-news.mdx',
    field: 'auther',
    rule: 'schema',
    words: ['did you mean "author"?'],
  },
  {
    name: 'a misspelt key in a chart (referense)',
    files: {
      'charts/compute-share.yaml': edit(chart, 'order: 1', "order: 1\nreferense: { label: 'Base', value: 1 }"),
    },
    file: 'charts/compute-share.yaml',
    field: 'referense',
    rule: 'schema',
    words: ['did you mean "reference"?'],
  },
  {
    name: 'a misspelt key in a scenario cell (chart for charts)',
    files: { 'scenarios/allies-lead.yaml': premiseWith('  chart: [compute-share]') },
    file: 'scenarios/allies-lead.yaml',
    field: 'premise.chart',
    rule: 'schema',
    words: ['did you mean "charts"?'],
  },
  {
    name: 'an unknown key close to none',
    files: { 'discrepancies/lead-size.yaml': `${discrepancy}zzzzzzzzzz: 1\n` },
    file: 'discrepancies/lead-size.yaml',
    field: 'zzzzzzzzzz',
    rule: 'schema',
    words: ['unknown key "zzzzzzzzzz" (known keys: id, topic'],
  },
  // Trimmed, capped, finite, in range.
  {
    name: 'a label of only spaces',
    files: { 'figures/lead-by-2028.yaml': edit(lead, /label: .*/, "label: '   '") },
    file: 'figures/lead-by-2028.yaml',
    field: 'label',
    rule: 'schema',
    words: ['is empty'],
  },
  {
    name: 'a quote of only spaces',
    files: {
      'figures/paper-published.yaml': edit(
        published,
        'quote: The lab published its paper on May 14.',
        "quote: '          '",
      ),
    },
    file: 'figures/paper-published.yaml',
    field: 'mentions[0].quote',
    rule: 'schema',
    words: ['must be at least 8 characters'],
  },
  {
    name: 'a chart title of 201 characters',
    files: { 'charts/compute-share.yaml': edit(chart, /title: .*/, `title: ${'Long '.repeat(40)}x`) },
    file: 'charts/compute-share.yaml',
    field: 'title',
    rule: 'schema',
    words: ['is longer than 200 characters'],
  },
  {
    name: 'a quote of 601 characters',
    files: {
      'figures/paper-published.yaml': edit(
        published,
        'quote: The lab published its paper on May 14.',
        `quote: ${'word '.repeat(120)}x`,
      ),
    },
    file: 'figures/paper-published.yaml',
    field: 'mentions[0].quote',
    rule: 'schema',
    words: ['is longer than 600 characters'],
  },
  {
    name: 'an infinite value (.inf)',
    files: { 'figures/compute-share-2026.yaml': edit(share, 'value: 4', 'value: .inf') },
    file: 'figures/compute-share-2026.yaml',
    field: 'value',
    rule: 'schema',
    words: ['must be a finite number'],
  },
  {
    name: 'a value that is not a number (.nan)',
    files: { 'figures/compute-share-2026.yaml': edit(share, 'value: 4', 'value: .nan') },
    file: 'figures/compute-share-2026.yaml',
    field: 'value',
    rule: 'schema',
    words: ['must be a finite number'],
  },
  {
    name: 'a range with an infinite low',
    files: { 'figures/lead-by-2028.yaml': edit(lead, 'low: 12', 'low: -.inf') },
    file: 'figures/lead-by-2028.yaml',
    field: 'value.low',
    rule: 'schema',
    words: ['must be a finite number'],
  },
  {
    name: 'a number written as text',
    files: { 'figures/compute-share-2026.yaml': edit(share, 'value: 4', "value: 'four'") },
    file: 'figures/compute-share-2026.yaml',
    field: 'value',
    rule: 'schema',
    words: ['must be a finite number, or { low, high }'],
  },
  {
    name: 'a percentage of 140',
    files: { 'figures/compute-share-2026.yaml': edit(share, 'value: 4', 'value: 140') },
    file: 'figures/compute-share-2026.yaml',
    field: 'value',
    rule: 'schema',
    words: ['within 0–100'],
  },
  {
    name: 'a negative percentage',
    files: { 'figures/compute-share-2026.yaml': edit(share, 'value: 4', 'value: -4') },
    file: 'figures/compute-share-2026.yaml',
    field: 'value',
    rule: 'schema',
    words: ['within 0–100'],
  },
  {
    name: 'a range low above high',
    files: { 'figures/lead-by-2028.yaml': edit(lead, '{ low: 12, high: 24 }', '{ low: 24, high: 12 }') },
    file: 'figures/lead-by-2028.yaml',
    field: 'value.low',
    rule: 'schema',
    words: ['range low (24) is above high (12)'],
  },
  {
    name: 'a month-precision date that is not the first of the month',
    files: {
      'figures/paper-published.yaml': edit(published, 'status: stated', 'status: stated\ndatePrecision: month'),
    },
    file: 'figures/paper-published.yaml',
    field: 'date',
    rule: 'schema',
    words: ['written as the first day of its month (YYYY-MM-01)'],
  },
  {
    name: 'a year-precision date that is not 1 January',
    files: {
      'figures/paper-published.yaml': edit(published, "date: '2026-05-14'", "date: '2026-05-01'\ndatePrecision: year"),
    },
    file: 'figures/paper-published.yaml',
    field: 'date',
    rule: 'schema',
    words: ['(YYYY-01-01)'],
  },
  {
    name: 'a conditional figure without its condition',
    files: { 'figures/lead-by-2028.yaml': edit(lead, /condition: .*\n/, '') },
    file: 'figures/lead-by-2028.yaml',
    field: 'condition',
    rule: 'schema',
    words: ['must state its condition'],
  },
  {
    name: 'an inferred date without its note',
    files: { 'figures/paper-published.yaml': edit(published, 'status: stated', 'status: stated\ndateInferred: true') },
    file: 'figures/paper-published.yaml',
    field: 'dateNote',
    rule: 'schema',
    words: ['must say how it was inferred'],
  },
  {
    name: 'a figure with no value, date or wording',
    files: { 'figures/paper-published.yaml': edit(published, "date: '2026-05-14'\n", '') },
    file: 'figures/paper-published.yaml',
    field: 'value',
    rule: 'schema',
    words: ['needs a value, a date or a qualitative wording'],
  },
  {
    name: 'a status that does not exist',
    files: { 'figures/paper-published.yaml': edit(published, 'status: stated', 'status: rumour') },
    file: 'figures/paper-published.yaml',
    field: 'status',
    rule: 'schema',
    words: ["Invalid enum value. Expected 'stated'"],
  },
  {
    name: 'a source URL over http',
    files: { 'sources/daily-news.mdx': edit(news, 'kind: news', "kind: news\nurl: 'http://example.org/a'") },
    file: 'sources/daily-news.mdx',
    field: 'url',
    rule: 'schema',
    words: ['must start with https://'],
  },
  {
    name: 'a javascript: URL',
    files: { 'sources/daily-news.mdx': edit(news, 'kind: news', "kind: news\nurl: 'javascript:alert(1)'") },
    file: 'sources/daily-news.mdx',
    field: 'url',
    rule: 'schema',
    words: ['must start with https://'],
  },
  {
    name: 'a data: URL as the original',
    files: {
      'sources/daily-news.mdx': edit(
        news,
        'kind: news',
        "kind: news\noriginalUrl: 'data:text/html,<script>alert(1)</script>'",
      ),
    },
    file: 'sources/daily-news.mdx',
    field: 'originalUrl',
    rule: 'schema',
    words: ['must start with https://'],
  },
  {
    name: 'an archive path that leaves content/archive/',
    files: { 'sources/daily-news.mdx': edit(news, 'archive: article.txt', 'archive: ../../secret.txt') },
    file: 'sources/daily-news.mdx',
    field: 'archive',
    rule: 'schema',
    words: ['a plain file name, no folders'],
  },
  {
    name: 'an archive without its SHA-256 pin',
    files: { 'sources/daily-news.mdx': edit(news, /archiveSha256: .*\n/, '') },
    file: 'sources/daily-news.mdx',
    field: 'archiveSha256',
    rule: 'schema',
    words: ['an archive must be pinned'],
  },
  {
    name: 'a malformed pin',
    files: { 'sources/daily-news.mdx': edit(news, /archiveSha256: .*/, 'archiveSha256: abc') },
    file: 'sources/daily-news.mdx',
    field: 'archiveSha256',
    rule: 'schema',
    words: ['64 lower-case hex digits'],
  },
  {
    name: 'an archive edited after it was pinned (a sentence added, then quoted)',
    files: {
      'archive/article.txt': `${article}The lab admits the lead is gone.\n`,
      'figures/paper-published.yaml': edit(
        edit(published, 'The lab published its paper on May 14.', 'The lab admits the lead is gone.'),
        "date: '2026-05-14'",
        `date: '2026-05-01'\ndatePrecision: month\n${inferredNote}`,
      ),
    },
    file: 'sources/daily-news.mdx',
    field: 'archiveSha256',
    rule: 'archive-changed',
    words: ['content/archive/article.txt has changed', 'Archives are never edited'],
  },
  {
    name: 'an archive file that does not exist',
    files: { 'archive/article.txt': null },
    file: 'sources/daily-news.mdx',
    field: 'archive',
    rule: 'archive-missing',
    words: ['no archived text "article.txt"'],
  },
  {
    name: 'a source held through another without its quotable span',
    files: {
      'sources/lab-paper.mdx': edit(paper, /quotableSpan:\n  start: .*\n  end: .*\n/, ''),
    },
    file: 'sources/lab-paper.mdx',
    field: 'quotableSpan',
    rule: 'schema',
    words: ['must say where it is reproduced'],
  },
  {
    name: 'an id that is not lower-case words and hyphens',
    files: { 'figures/lead-by-2028.yaml': edit(lead, 'id: lead-by-2028', 'id: Lead_By_2028') },
    file: 'figures/lead-by-2028.yaml',
    field: 'id',
    rule: 'schema',
    words: ['must be lower-case letters, digits and single hyphens'],
  },
  {
    name: 'an id that differs from the file name',
    files: { 'figures/lead-by-2028.yaml': edit(lead, 'id: lead-by-2028', 'id: lead-in-2028') },
    file: 'figures/lead-by-2028.yaml',
    field: 'id',
    rule: 'id-mismatch',
    words: ['id "lead-in-2028" differs from the file name "lead-by-2028"'],
  },
  {
    name: 'a duplicate id',
    files: { 'figures/lead-copy.yaml': lead },
    file: 'figures/lead-copy.yaml',
    field: 'id',
    rule: 'duplicate-id',
    words: ['duplicate id "lead-by-2028"'],
  },
  {
    name: 'a gallery order that is not a whole number',
    files: { 'charts/compute-share.yaml': edit(chart, 'order: 1', 'order: 1.5') },
    file: 'charts/compute-share.yaml',
    field: 'order',
    rule: 'schema',
    words: ['must be a whole number'],
  },
  {
    name: 'a reference baseline of zero',
    files: { 'charts/compute-share.yaml': edit(chart, 'order: 1', "order: 1\nreference: { label: 'Base', value: 0 }") },
    file: 'charts/compute-share.yaml',
    field: 'reference.value',
    rule: 'schema',
    words: ['must be above zero'],
  },
  {
    name: 'a chart form that does not exist',
    files: { 'charts/compute-share.yaml': edit(chart, 'form: bars', 'form: pie') },
    file: 'charts/compute-share.yaml',
    field: 'form',
    rule: 'schema',
    words: ["Expected 'bars' | 'lead-window' | 'timeline'"],
  },
  // Invisible characters, anywhere, shown escaped.
  {
    name: 'a zero-width space inside a quote',
    files: { 'figures/paper-published.yaml': edit(published, 'its paper', 'its\u200Bpaper') },
    file: 'figures/paper-published.yaml',
    field: '',
    rule: 'invisible-character',
    words: ['line 2', 'its\\u{200B}paper'],
  },
  {
    name: 'a byte-order mark passed off as a space',
    files: { 'figures/paper-published.yaml': edit(published, 'its paper', 'its\uFEFFpaper') },
    file: 'figures/paper-published.yaml',
    field: '',
    rule: 'invisible-character',
    words: ['\\u{FEFF}'],
  },
  {
    name: 'a right-to-left override in a chart title',
    files: { 'charts/compute-share.yaml': edit(chart, 'The rival makes', '\u202EThe rival makes') },
    file: 'charts/compute-share.yaml',
    field: '',
    rule: 'invisible-character',
    words: ['\\u{202E}The rival makes'],
  },
  {
    name: 'a bidi isolate in a summary',
    files: { 'sources/daily-news.mdx': body('Our \u2066summary\u2069 of the article.') },
    file: 'sources/daily-news.mdx',
    field: '',
    rule: 'invisible-character',
    words: ['\\u{2066}summary\\u{2069}'],
  },
  {
    name: 'a zero-width joiner in an archived text',
    files: { 'archive/article.txt': article.replace('Critics say', 'Critics\u200Dsay') },
    file: 'archive/article.txt',
    field: '',
    rule: 'invisible-character',
    words: ['Critics\\u{200D}say'],
    alsoBlamed: ['sources/daily-news.mdx'],
  },
  // Quotes that mean what they say.
  {
    name: 'a misquote',
    files: { 'figures/paper-published.yaml': edit(published, 'on May 14.', 'on May 15.') },
    file: 'figures/paper-published.yaml',
    field: 'mentions[0].quote',
    rule: 'quote-not-verbatim',
    words: [
      'not found verbatim in the archive of "daily-news"',
      'Closest passage: "The lab published its paper on May',
    ],
  },
  {
    name: 'a quote that starts mid-word',
    files: {
      'figures/paper-published.yaml': edit(
        published,
        'The lab published its paper on May 14.',
        'ossible to lock in a 12-24 month lead.',
      ),
    },
    file: 'figures/paper-published.yaml',
    field: 'mentions[0].quote',
    rule: 'quote-not-verbatim',
    words: ['"ossible to lock in a 12-24 month lead."'],
  },
  {
    name: 'a quote that ends mid-word',
    files: {
      'figures/paper-published.yaml': edit(
        published,
        'The lab published its paper on May 14.',
        'it may be possible to lock in a 12-24 mon',
      ),
    },
    file: 'figures/paper-published.yaml',
    field: 'mentions[0].quote',
    rule: 'quote-not-verbatim',
    words: ['"it may be possible to lock in a 12-24 mon"', 'Why: the words are there, but begin or end inside a word'],
  },
  {
    name: 'a quote with a look-alike letter (a Cyrillic М), which the closest passage alone would not show',
    files: {
      'figures/paper-published.yaml': edit(
        published,
        'The lab published its paper on May 14.',
        'The lab published its paper on \u041Cay 14.',
      ),
    },
    file: 'figures/paper-published.yaml',
    field: 'mentions[0].quote',
    rule: 'quote-not-verbatim',
    words: ['the quote has “М” (U+041C), the text “M” (U+004D)'],
  },
  {
    name: 'a quote of two words',
    files: {
      'figures/paper-published.yaml': edit(published, 'The lab published its paper on May 14.', 'smaller than'),
    },
    file: 'figures/paper-published.yaml',
    field: 'mentions[0].quote',
    rule: 'quote-too-short',
    words: ['fewer than three words'],
  },
  {
    name: 'a straight apostrophe where the archive has a curly one',
    files: {
      'figures/paper-published.yaml': edit(
        published,
        'quote: The lab published its paper on May 14.',
        `quote: "the leader's aggregate compute"`,
      ),
    },
    file: 'figures/paper-published.yaml',
    field: 'mentions[0].quote',
    rule: 'quote-not-verbatim',
    words: ['Closest passage: "the leader’s aggregate compute'],
  },
  {
    name: 'a quote of a source with no archived text',
    files: {
      'sources/lab-blog.mdx': edit(
        edit(paper, /archiveVia: .*\nquotableSpan:\n  start: .*\n  end: .*\n/, ''),
        'id: lab-paper',
        'id: lab-blog',
      ),
      'figures/paper-published.yaml': edit(published, 'source: daily-news', 'source: lab-blog'),
    },
    file: 'figures/paper-published.yaml',
    field: 'mentions[0].source',
    rule: 'no-archive',
    words: ['source "lab-blog" has no archived text'],
  },
  {
    name: 'a quote credited to the held paper but outside the reproduced part',
    files: { 'figures/paper-published.yaml': edit(published, 'source: daily-news', 'source: lab-paper') },
    file: 'figures/paper-published.yaml',
    field: 'mentions[0].quote',
    rule: 'quote-outside-span',
    words: ['is in the archive of "daily-news", but not inside the part that reproduces "lab-paper"'],
  },
  {
    name: "a reproduced source's words credited to the page that reproduces them",
    files: { 'figures/lead-by-2028.yaml': edit(lead, 'source: lab-paper', 'source: daily-news') },
    file: 'figures/lead-by-2028.yaml',
    field: 'mentions[0].quote',
    rule: 'quote-inside-reproduction',
    words: ['only inside the part that reproduces "lab-paper"', 'credit them to "lab-paper"'],
  },
  {
    name: 'a quotable span whose start is not in the archive',
    files: { 'sources/lab-paper.mdx': paperVia('If the allies do nothing', 'lock in a 12-24 month lead.') },
    file: 'sources/lab-paper.mdx',
    field: 'quotableSpan.start',
    rule: 'span-not-found',
    words: ['the start passage "If the allies do nothing" is not in the archive'],
  },
  {
    name: 'a quotable span that ends before it starts',
    files: { 'sources/lab-paper.mdx': paperVia('Critics say the lead', 'If the allies act now,') },
    file: 'sources/lab-paper.mdx',
    field: 'quotableSpan.end',
    rule: 'span-not-found',
    words: ['comes before the start'],
  },
  {
    name: 'a summary that puts words in quotation marks no archive holds',
    files: { 'sources/daily-news.mdx': body('The article says the rival will make “only 4 percent” of it.') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'prose-quotation',
    words: ['puts "only 4 percent" in quotation marks'],
  },
  {
    name: 'a quotation in prose that wraps a line',
    files: {
      'figures/lead-by-2028.yaml': `${lead}notes: >-\n  The article says "the rival will produce\n  just 5 percent" of it.\n`,
    },
    file: 'figures/lead-by-2028.yaml',
    field: 'notes',
    rule: 'prose-quotation',
    words: ['"the rival will produce just 5 percent"'],
  },
  {
    name: 'a claimant that is only a yes-or-no word ("Claimed by no.")',
    files: {
      'figures/compute-share-2026.yaml': edit(
        share,
        'claimant: The lab, citing an analysis of roadmaps',
        'claimant: no',
      ),
    },
    file: 'figures/compute-share-2026.yaml',
    field: 'claimant',
    rule: 'schema',
    words: ['is only a yes-or-no word'],
  },
  {
    name: "a scenario cell that quotes an article's words, where the scenarios are the paper's",
    files: {
      'scenarios/allies-lead.yaml': edit(
        scenario,
        'text: The allies act now.',
        'text: The allies act now, though "the lead is smaller".',
      ),
    },
    file: 'scenarios/allies-lead.yaml',
    field: 'premise.text',
    rule: 'prose-quotation',
    words: ["no primary source's text holds it as whole words: the scenarios and what stands today are the paper's"],
  },
  {
    name: "a source's summary that quotes another article's words as its own",
    files: (() => {
      const files = newsWith('second-news', 'Officials describe the gap as closing fast.\n');
      files['sources/second-news.mdx'] = files['sources/second-news.mdx']!.replace(
        'Our summary.',
        'It says "Critics say the lead is smaller than the lab claims."',
      );
      return files;
    })(),
    file: 'sources/second-news.mdx',
    field: 'body',
    rule: 'prose-quotation',
    words: ["neither the text of second-news nor a primary source's holds it"],
  },
  {
    name: 'words in curly single quotation marks that no source says',
    files: {
      'figures/lead-by-2028.yaml': `${lead}notes: 'The lab calls the lead ‘guaranteed’ and the lab’s critics agree.'\n`,
    },
    file: 'figures/lead-by-2028.yaml',
    field: 'notes',
    rule: 'prose-quotation',
    words: ['puts "guaranteed" in quotation marks'],
  },
  {
    name: 'a quotation in prose that is only part of a word of the archive ("maller" of "smaller")',
    files: { 'figures/lead-by-2028.yaml': `${lead}notes: 'Critics call the lead "maller than the lab claims".'\n` },
    file: 'figures/lead-by-2028.yaml',
    field: 'notes',
    rule: 'prose-quotation',
    words: ['"maller than the lab claims"', 'as whole words'],
  },
  {
    name: 'an "A … B" quotation with its parts out of order',
    files: {
      'figures/lead-by-2028.yaml': `${lead}notes: 'It says "lock in a 12-24 month lead … If the allies act now".'\n`,
    },
    file: 'figures/lead-by-2028.yaml',
    field: 'notes',
    rule: 'prose-quotation',
    words: ['"lock in a 12-24 month lead … If the allies act now"'],
  },
  // References.
  {
    name: 'a chart plotting a figure that does not exist',
    files: {
      'charts/compute-share.yaml': edit(
        chart,
        'figures: [compute-share-2026]',
        'figures: [compute-share-2026, no-such-figure]',
      ),
    },
    file: 'charts/compute-share.yaml',
    field: 'figures[1]',
    rule: 'missing-reference',
    words: ['no figure "no-such-figure" exists (known: compute-share-2026, lead-by-2028, paper-published)'],
  },
  {
    name: 'a discrepancy weighed a slip that is a change of wording',
    files: { 'discrepancies/lead-size.yaml': edit(discrepancy, /weight: \w+/, 'weight: slip') },
    file: 'discrepancies/lead-size.yaml',
    field: 'weight',
    rule: 'schema',
    words: ['a slip is a misspelling or garbled text, not "wording"'],
  },
  {
    name: 'a discrepancy about a figure that does not exist',
    files: { 'discrepancies/lead-size.yaml': edit(discrepancy, 'figures: [lead-by-2028]', 'figures: [lead-by-2030]') },
    file: 'discrepancies/lead-size.yaml',
    field: 'figures[0]',
    rule: 'missing-reference',
    words: ['no figure "lead-by-2030" exists'],
  },
  {
    name: 'a chart naming a source that does not exist',
    files: {
      'charts/compute-share.yaml': edit(chart, 'sources: [lab-paper]', 'sources: [lab-paper, daily-newz]'),
    },
    file: 'charts/compute-share.yaml',
    field: 'sources[1]',
    rule: 'missing-reference',
    words: ['no source "daily-newz" exists'],
  },
  // A correction is shown on the pages it concerns: one that names nothing real would be shown nowhere.
  {
    name: 'a correction concerning a chart that does not exist',
    files: {
      'corrections/chart-title-hedged.yaml': edit(correction, 'charts: [compute-share]', 'charts: [compute-shares]'),
    },
    file: 'corrections/chart-title-hedged.yaml',
    field: 'charts[0]',
    rule: 'missing-reference',
    words: ['no chart "compute-shares" exists (known: compute-share)'],
  },
  {
    name: 'a correction concerning a source that does not exist',
    files: {
      'corrections/chart-title-hedged.yaml': edit(correction, 'charts: [compute-share]', 'sources: [daily-newz]'),
    },
    file: 'corrections/chart-title-hedged.yaml',
    field: 'sources[0]',
    rule: 'missing-reference',
    words: ['no source "daily-newz" exists (known: daily-news, lab-paper)'],
  },
  {
    name: 'a correction concerning a discrepancy that does not exist',
    files: {
      'corrections/chart-title-hedged.yaml': edit(correction, 'charts: [compute-share]', 'discrepancies: [lead-sise]'),
    },
    file: 'corrections/chart-title-hedged.yaml',
    field: 'discrepancies[0]',
    rule: 'missing-reference',
    words: ['no discrepancy "lead-sise" exists (known: lead-size)'],
  },
  {
    name: 'a correction concerning a page the site does not have (/scenario/ for /scenarios/)',
    files: {
      'corrections/chart-title-hedged.yaml': edit(correction, 'charts: [compute-share]', 'pages: [/scenario/]'),
    },
    file: 'corrections/chart-title-hedged.yaml',
    field: 'pages[0]',
    rule: 'missing-reference',
    words: ['no page "/scenario/" exists', '/scenarios/'],
  },
  {
    name: 'a scenario cell showing a chart that does not exist',
    files: {
      'scenarios/allies-lead.yaml': premiseWith('  charts: [no-such-chart]'),
    },
    file: 'scenarios/allies-lead.yaml',
    field: 'premise.charts[0]',
    rule: 'missing-reference',
    words: ['no chart "no-such-chart" exists'],
  },
  {
    name: 'a note of what stands today showing a chart that does not exist',
    files: { 'today/premise.yaml': edit(today, 'charts: [compute-share]', 'charts: [compute-share, no-such-chart]') },
    file: 'today/premise.yaml',
    field: 'charts[1]',
    rule: 'missing-reference',
    words: ['no chart "no-such-chart" exists'],
  },
  {
    name: 'a note of what stands today for a row the scenarios table does not have',
    files: { 'today/premise.yaml': edit(today, 'id: premise', 'id: outlook') },
    file: 'today/premise.yaml',
    field: 'id',
    rule: 'schema',
    words: ['premise'],
  },
  // What stands today is not filed under a 2028 scenario.
  {
    name: 'a scenario cell showing a chart that plots no figure of 2028 (today’s chart under a scenario)',
    files: { 'scenarios/allies-lead.yaml': premiseWith('  charts: [compute-share]') },
    file: 'scenarios/allies-lead.yaml',
    field: 'premise.charts[0]',
    rule: 'today-in-scenario',
    words: ['chart "compute-share"', 'plots no figure of 2028', 'content/today/'],
  },
  {
    name: 'a scenario cell quoting the passage of a dated figure (today’s fact under a scenario)',
    files: {
      'scenarios/allies-lead.yaml': premiseWith(
        '    - source: daily-news\n      quote: The lab published its paper on May 14.',
      ),
    },
    file: 'scenarios/allies-lead.yaml',
    field: 'premise.cite[1]',
    rule: 'today-in-scenario',
    words: ['figure "paper-published"', 'describes today, not 2028'],
  },
  {
    name: "a scenario cell citing the paper's passage about the other scenario (cells swapped)",
    files: (() => {
      const archived = edit(
        article,
        'If the allies act now',
        'In the second scenario, the allies do not act.\nIf the allies act now',
      );
      const sha = createHash('sha256').update(archived).digest('hex');
      return {
        'archive/article.txt': archived,
        'sources/daily-news.mdx': edit(news, /archiveSha256: \w+/, `archiveSha256: ${sha}`),
        'scenarios/allies-lead.yaml': premiseWith(
          '    - source: lab-paper\n      quote: In the second scenario, the allies do not act.',
        ),
      };
    })(),
    file: 'scenarios/allies-lead.yaml',
    field: 'premise.cite[1]',
    rule: 'scenario-swap',
    words: ['cites a passage about scenario 2, under scenario 1', 'move the cell to scenario 2'],
  },
  {
    name: 'a commentary quoting a source that does not exist',
    files: { 'commentary/critics-smaller-lead.yaml': edit(commentary, 'source: daily-news', 'source: weekly-news') },
    file: 'commentary/critics-smaller-lead.yaml',
    field: 'cite[0].source',
    rule: 'missing-reference',
    words: ['no source "weekly-news" exists'],
  },
  {
    name: 'a primary source that does not exist',
    files: { 'figures/compute-share-2026.yaml': edit(share, 'primary: lab-paper', 'primary: lab-memo') },
    file: 'figures/compute-share-2026.yaml',
    field: 'primary',
    rule: 'missing-reference',
    words: ['no source "lab-memo" exists'],
  },
  {
    name: 'a primary source that is a news article',
    files: { 'figures/compute-share-2026.yaml': edit(share, 'primary: lab-paper', 'primary: daily-news') },
    file: 'figures/compute-share-2026.yaml',
    field: 'primary',
    rule: 'not-primary',
    words: ['"daily-news" is a news source, not a primary one'],
  },
  {
    name: "a figure traced to a primary source whose claimant is someone else (a primary on an article's own claim)",
    files: {
      'figures/compute-share-2026.yaml': edit(
        share,
        'claimant: The lab, citing an analysis of roadmaps',
        'claimant: Daily News, citing an analysis of roadmaps',
      ),
    },
    file: 'figures/compute-share-2026.yaml',
    field: 'claimant',
    rule: 'primary-claimant',
    words: ['does not name The Lab, the publisher of primary source "lab-paper"', 'remove primary'],
  },
  {
    name: "a primary source's publisher named only inside another word in the claimant",
    files: {
      'figures/compute-share-2026.yaml': edit(
        share,
        'claimant: The lab, citing an analysis of roadmaps',
        'claimant: The laboratory, citing an analysis of roadmaps',
      ),
    },
    file: 'figures/compute-share-2026.yaml',
    field: 'claimant',
    rule: 'primary-claimant',
    words: ['claimant "The laboratory, citing an analysis of roadmaps" does not name The Lab'],
  },
  {
    name: 'a claim the article reports, credited to the lab without saying who reports it (no primary, and the claimant names no source that mentions it)',
    files: { 'figures/paper-published.yaml': edit(published, /claimant: .*/, 'claimant: The lab') },
    file: 'figures/paper-published.yaml',
    field: 'claimant',
    rule: 'claimant-not-traced',
    words: [
      'claimant "The lab" names none of the sources that report it (Daily News)',
      '"…, as reported by Daily News"',
    ],
  },
  {
    name: "a figure traced to the lab's paper, whose text we hold, with no quote from it (it would lift the single-source flag off the article's report)",
    files: {
      'figures/critics-smaller.yaml': figureQuoting(
        'critics-smaller',
        'qualitative: the lead is smaller than the lab claims\nprimary: lab-paper',
        'daily-news',
        'Critics say the lead is smaller than the lab claims.',
      ).replace(/claimant: .*/, 'claimant: The lab'),
    },
    file: 'figures/critics-smaller.yaml',
    field: 'primary',
    rule: 'primary-not-quoted',
    words: ['names "lab-paper" as its primary source, whose text we hold, but no mention quotes it'],
  },
  {
    name: 'a period giving a year none of its quotes prints, not said to be inferred',
    files: { 'figures/compute-share-2026.yaml': edit(share, "unit: '%'", "unit: '%'\nperiod: as of last year (2025)") },
    file: 'figures/compute-share-2026.yaml',
    field: 'period',
    rule: 'period-not-in-quote',
    words: ['period "as of last year (2025)" gives 2025', '(2025, inferred)'],
  },
  {
    name: 'a source held through a source that does not exist',
    files: {
      'sources/lab-paper.mdx': paperVia('If the allies act now', 'lock in a 12-24 month lead.').replace(
        'archiveVia: daily-news',
        'archiveVia: daily-newz',
      ),
    },
    file: 'sources/lab-paper.mdx',
    field: 'archiveVia',
    rule: 'missing-reference',
    words: ['no source "daily-newz" exists'],
  },
  {
    name: 'a chart naming a source that carries none of its figures',
    files: {
      'charts/compute-share.yaml': edit(chart, 'figures: [compute-share-2026]', 'figures: [paper-published]').replace(
        'form: bars',
        'form: timeline',
      ),
    },
    file: 'charts/compute-share.yaml',
    field: 'sources[0]',
    rule: 'chart-source',
    words: ['source "lab-paper" carries none of this chart\'s figures'],
  },
  {
    name: 'a publication date that does not parse, blamed on the source alone, not on the figures that quote it',
    files: { 'sources/lab-paper.mdx': edit(paper, "published: '2026-05-14'", "published: '05/14/2026'") },
    file: 'sources/lab-paper.mdx',
    field: 'published',
    rule: 'schema',
    words: ['"05/14/2026" is not a date'],
  },
  {
    name: 'a schema fault in a figure does not cascade into "does not exist" in the chart that plots it',
    files: { 'figures/compute-share-2026.yaml': edit(share, 'status: estimate', 'status: guess') },
    file: 'figures/compute-share-2026.yaml',
    field: 'status',
    rule: 'schema',
    words: ['Invalid enum value'],
  },
  // Charts the form cannot draw: refused in the gate, naming figures[i].
  {
    name: 'a date figure in a bars chart',
    files: {
      'charts/compute-share.yaml': edit(
        chart,
        'figures: [compute-share-2026]',
        'figures: [compute-share-2026, paper-published]',
      ),
    },
    file: 'charts/compute-share.yaml',
    field: 'figures[1]',
    rule: 'chart-figure',
    words: ['figure "paper-published" has no single number to draw as a bar'],
  },
  {
    name: 'a negative bar',
    files: {
      'figures/compute-share-2026.yaml': edit(edit(share, 'value: 4', 'value: -4'), "unit: '%'", 'unit: points'),
    },
    file: 'charts/compute-share.yaml',
    field: 'figures[0]',
    rule: 'chart-figure',
    words: ['is -4: a bar starts at zero and needs a value of at least 0'],
  },
  {
    name: 'a timeline with a figure that has no date',
    files: { 'charts/compute-share.yaml': edit(chart, 'form: bars', 'form: timeline') },
    file: 'charts/compute-share.yaml',
    field: 'figures[0]',
    rule: 'chart-figure',
    words: ['figure "compute-share-2026" has no date to place on the timeline'],
  },
  {
    name: 'a key chart whose figures the home page cannot read as one headline (an estimate beside a stated figure)',
    files: {
      'figures/compute-share-2027.yaml': edit(
        edit(edit(share, 'id: compute-share-2026', 'id: compute-share-2027'), 'value: 4', 'value: 2'),
        'status: estimate',
        'status: stated',
      )
        .replace(
          "label: The rival's compute as a share of the leader's, 2026",
          "label: The rival's compute as a share of the leader's, 2027",
        )
        .replace('quote: the rival will produce just 4 percent', 'quote: and 2 percent in 2027')
        .replace('qualifier: just\n', ''),
      'charts/huawei-share.yaml': edit(
        edit(chart, 'id: compute-share', 'id: huawei-share'),
        'figures: [compute-share-2026]',
        'figures: [compute-share-2026, compute-share-2027]',
      ).replace('at 4 percent', 'at 4 percent, then one at 2 percent'),
    },
    file: 'charts/huawei-share.yaml',
    field: 'figures',
    rule: 'chart-scene',
    words: ['a headline joins figures of one status and one claimant only'],
  },
  {
    name: "a lead window whose two qualitative figures are both of today (it could not tell the other scenario's)",
    files: {
      'figures/lead-today.yaml': figureQuoting(
        'lead-today',
        'qualitative: smaller than the lab claims\nperiod: today',
        'daily-news',
        'Critics say the lead is smaller than the lab claims.',
      ),
      'figures/lead-other.yaml': figureQuoting(
        'lead-other',
        'qualitative: smaller than the lab claims\nperiod: today',
        'daily-news',
        'Critics say the lead is smaller than the lab claims.',
      ),
      'charts/compute-share.yaml': edit(
        edit(chart, /title: .*/, 'title: A 12-24 month lead may be possible'),
        'figures: [compute-share-2026]',
        'figures: [lead-by-2028, lead-today, lead-other]',
      )
        .replace('form: bars', 'form: lead-window')
        .replace('sources: [lab-paper, daily-news]', 'sources: [daily-news]'),
    },
    file: 'charts/compute-share.yaml',
    field: 'figures',
    rule: 'chart-figure',
    words: ['exactly one qualitative figure has a period naming 2028', 'and 0 do'],
  },
  {
    name: 'a chart title that prints a number its figure does not give (5% over a 4% bar)',
    files: { 'charts/compute-share.yaml': edit(chart, 'just 4%', 'just 5%') },
    file: 'charts/compute-share.yaml',
    field: 'title',
    rule: 'chart-title',
    words: ["prints 5, which none of the chart's figures gives"],
  },
  {
    name: 'a chart title that drops the condition of a conditional figure',
    files: {
      'charts/compute-share.yaml': edit(
        edit(chart, /title: .*/, 'title: The allies will lock in a 12-24 month lead'),
        'figures: [compute-share-2026]',
        'figures: [lead-by-2028]',
      ).replace('sources: [lab-paper, daily-news]', 'sources: [daily-news]'),
    },
    file: 'charts/compute-share.yaml',
    field: 'title',
    rule: 'chart-title',
    words: ['plots the conditional figure "lead-by-2028" but says neither "if" nor the source\'s hedge'],
  },
  {
    name: "a chart description that gives a conditional figure's number without its condition (a link preview shows it alone)",
    files: {
      'figures/compute-share-2026.yaml': edit(
        share,
        'status: estimate',
        'status: conditional\ncondition: if the allies act now',
      ),
      'charts/compute-share.yaml': edit(
        chart,
        /title: .*/,
        "title: The rival may make just 4% of the leader's compute if the allies act now",
      ),
    },
    file: 'charts/compute-share.yaml',
    field: 'description',
    rule: 'description-condition',
    words: ['gives the number of the conditional figure "compute-share-2026" but no "if" or "unless"'],
  },
  {
    name: "a figure's note that misspells the id of the figure it names",
    files: { 'figures/lead-by-2028.yaml': `${lead}notes: 'See the share (compute-share-2025) for the gap.'\n` },
    file: 'figures/lead-by-2028.yaml',
    field: 'notes',
    rule: 'note-reference',
    words: ["names (compute-share-2025), which is no figure's or disagreement's id: did you mean compute-share-2026?"],
  },
  {
    name: "a figure's note that misspells the id of the disagreement it points to",
    files: {
      'figures/lead-by-2028.yaml': `${lead}notes: 'Critics read it otherwise (see the disagreement lead-sise).'\n`,
    },
    file: 'figures/lead-by-2028.yaml',
    field: 'notes',
    rule: 'note-reference',
    words: ["names (lead-sise), which is no figure's or disagreement's id: did you mean lead-size?"],
  },
  {
    name: "a figure's note that names the figure itself",
    files: { 'figures/lead-by-2028.yaml': `${lead}notes: 'Compare (lead-by-2028) with the critics.'\n` },
    file: 'figures/lead-by-2028.yaml',
    field: 'notes',
    rule: 'note-reference',
    words: ['names (lead-by-2028), the figure itself'],
  },
  {
    name: 'words quoted from a stray archive file that no source names',
    files: {
      'archive/stray.txt': 'The lead is already lost for good.\n',
      'figures/lead-by-2028.yaml': `${lead}notes: 'Some say "the lead is already lost for good".'\n`,
    },
    file: 'figures/lead-by-2028.yaml',
    field: 'notes',
    rule: 'prose-quotation',
    words: ['"the lead is already lost for good"'],
  },
  {
    name: 'a control character written as a YAML escape in a text field',
    files: { 'charts/compute-share.yaml': edit(chart, /subtitle: .*/, 'subtitle: "The rival\\x01s compute (%)"') },
    file: 'charts/compute-share.yaml',
    field: 'subtitle',
    rule: 'schema',
    words: ['holds a control character (U+0001)'],
  },
  {
    name: 'a reference bar that is not the baseline (1000 where the whole is 100%)',
    files: { 'charts/compute-share.yaml': `${chart}reference:\n  label: The leader (the whole)\n  value: 1000\n` },
    file: 'charts/compute-share.yaml',
    field: 'reference.value',
    rule: 'chart-figure',
    words: ['a reference bar is 1000, but the baseline of figures in % is 100'],
  },
  {
    name: 'a reference bar on a chart form that draws none',
    files: {
      'charts/compute-share.yaml': `${edit(chart, 'form: bars', 'form: timeline')}reference:\n  label: The whole\n  value: 100\n`,
    },
    file: 'charts/compute-share.yaml',
    field: 'reference',
    rule: 'schema',
    words: ['a timeline chart draws no reference bar'],
  },
  {
    name: 'a correction that lists the same chart twice',
    files: {
      'corrections/chart-title-hedged.yaml': read('corrections/chart-title-hedged.yaml').replace(
        /charts: \[([^\]]+)\]/,
        'charts: [$1, $1]',
      ),
    },
    file: 'corrections/chart-title-hedged.yaml',
    field: 'charts[1]',
    rule: 'repeated-entry',
    words: ['repeats charts[0]'],
  },
  {
    name: 'a scenario numbered 2 where there is one (two scenarios would both print "Scenario 1")',
    files: { 'scenarios/allies-lead.yaml': edit(scenario, 'order: 1', 'order: 2') },
    file: 'scenarios/allies-lead.yaml',
    field: 'order',
    rule: 'scenario-order',
    words: ['is 2: scenarios are numbered 1 to 1'],
  },
  {
    name: "a scenario cell that cites an article, where the scenarios are the paper's",
    files: {
      'scenarios/allies-lead.yaml': edit(
        scenario,
        '    - source: lab-paper\n      quote: If the allies act now, it may be possible',
        '    - source: daily-news\n      quote: Critics say the lead is smaller than the lab claims.',
      ),
    },
    file: 'scenarios/allies-lead.yaml',
    field: 'premise.cite[0].source',
    rule: 'primary-cite',
    words: ['cites "daily-news", a news source', "put an article's view of this row in a commentary note"],
  },
  {
    name: 'a note of what stands today that cites an article',
    files: {
      'today/premise.yaml': edit(
        today,
        '  - source: lab-paper\n    quote: the rival will produce just 4 percent',
        '  - source: daily-news\n    quote: The lab published its paper on May 14.',
      ),
    },
    file: 'today/premise.yaml',
    field: 'cite[0].source',
    rule: 'primary-cite',
    words: ['cites "daily-news", a news source'],
  },
  {
    name: "a note of what stands today that quotes the paper's 2028 outcome as today's",
    files: {
      'figures/lead-by-2028.yaml': edit(lead, 'unit: months', 'unit: months\nperiod: by 2028 (inferred)'),
      'today/premise.yaml': edit(
        edit(
          today,
          'quote: the rival will produce just 4 percent of the leader’s aggregate compute in 2026',
          'quote: it may be possible to lock in a 12-24 month lead.',
        ),
        "text: An analysis finds the rival will produce just 4 percent of the leader's compute in 2026.",
        'text: The allies hold a lead of 12 to 24 months today.',
      ),
    },
    file: 'today/premise.yaml',
    field: 'cite[0]',
    rule: 'scenario-in-today',
    words: ['quotes the passage of figure "lead-by-2028", which the paper gives for 2028, not today'],
  },
  {
    name: 'a note of what stands today that gives a number its passage does not print',
    files: {
      'today/premise.yaml': edit(
        today,
        "text: An analysis finds the rival will produce just 4 percent of the leader's compute in 2026.",
        "text: An analysis finds the rival will produce just 4 percent of the leader's compute in 2026, and 9 percent in 2025.",
      ),
    },
    file: 'today/premise.yaml',
    field: 'text',
    rule: 'number-not-cited',
    words: ['gives 9, but none of the passages it cites prints that number (they print: 4, 2026)'],
  },
  {
    name: 'a commentary note that cites no article, only the paper',
    files: {
      'commentary/critics-smaller-lead.yaml': edit(
        edit(commentary, 'source: daily-news', 'source: lab-paper'),
        'quote: Critics say the lead is smaller than the lab claims.',
        'quote: If the allies act now, it may be possible',
      ),
    },
    file: 'commentary/critics-smaller-lead.yaml',
    field: 'cite',
    rule: 'commentary-source',
    words: ['cites no article'],
  },
  {
    name: 'a primary source with no publication date (the site dates the paper wherever it names it)',
    files: { 'sources/lab-paper.mdx': edit(paper, "published: '2026-05-14'\n", '') },
    file: 'sources/lab-paper.mdx',
    field: 'published',
    rule: 'schema',
    words: ['a primary source must give its publication date'],
  },
  {
    name: 'a source published in the future',
    files: { 'sources/lab-paper.mdx': edit(paper, "published: '2026-05-14'", "published: '2999-05-14'") },
    file: 'sources/lab-paper.mdx',
    field: 'published',
    rule: 'future-date',
    words: ['is 2999-05-14, after'],
  },
  {
    name: "a correction that lists a chart's page under pages",
    files: {
      'corrections/chart-title-hedged.yaml': `${read('corrections/chart-title-hedged.yaml')}pages: [/charts/compute-share/]\n`,
    },
    file: 'corrections/chart-title-hedged.yaml',
    field: 'pages[0]',
    rule: 'correction-page',
    words: ["names /charts/compute-share/, a chart's page: list it as charts: [compute-share]"],
  },
  {
    name: 'a correction dated years before the site existed (2019 for 2026)',
    files: {
      'corrections/chart-title-hedged.yaml': edit(correction, /date: '[\d-]+'/, "date: '2019-01-01'"),
    },
    file: 'corrections/chart-title-hedged.yaml',
    field: 'date',
    rule: 'correction-before-site',
    words: ['is dated 2019-01-01, before 2026-05-15, when the newest source the site covers was published'],
  },
  {
    name: 'a correction that names no page it changed ("Various fixes.")',
    files: {
      'corrections/chart-title-hedged.yaml': edit(correction, /charts: .*\n/, ''),
    },
    file: 'corrections/chart-title-hedged.yaml',
    field: 'pages',
    rule: 'correction-concerns-nothing',
    words: ['names no source, chart, disagreement or page'],
  },
  {
    name: "an article's date not marked inferred that its text does not print (the 16th where it prints May 15, 2026)",
    files: { 'sources/daily-news.mdx': edit(news, "published: '2026-05-15'", "published: '2026-05-16'") },
    file: 'sources/daily-news.mdx',
    field: 'published',
    rule: 'published-not-printed',
    words: ['2026-05-16 is not marked publishedInferred, but the archived text does not print that date with its year'],
  },
  {
    name: 'a correction dated ahead of the day it is made',
    files: {
      'corrections/chart-title-hedged.yaml': read('corrections/chart-title-hedged.yaml').replace(
        /date: '[\d-]+'/,
        "date: '2999-01-01'",
      ),
    },
    file: 'corrections/chart-title-hedged.yaml',
    field: 'date',
    rule: 'future-date',
    words: ['is 2999-01-01, after'],
  },
  {
    name: 'a chart that lists a figure twice (it would draw the bar twice)',
    files: {
      'charts/compute-share.yaml': edit(
        chart,
        'figures: [compute-share-2026]',
        'figures: [compute-share-2026, compute-share-2026]',
      ),
    },
    file: 'charts/compute-share.yaml',
    field: 'figures[1]',
    rule: 'repeated-entry',
    words: ['repeats figures[0]: list each once'],
  },
  {
    name: 'a disagreement whose two sides are one passage (its spacing aside)',
    files: {
      'discrepancies/lead-size.yaml': edit(
        discrepancy,
        'source: daily-news\n    quote: Critics say the lead is smaller than the lab claims.',
        'source: lab-paper\n    quote: it may be possible to lock in a  12-24 month lead',
      ),
    },
    file: 'discrepancies/lead-size.yaml',
    field: 'sides[1]',
    rule: 'repeated-entry',
    words: ['repeats sides[0]'],
  },
  {
    name: 'a figure that cites the same passage twice',
    files: {
      'figures/compute-share-2026.yaml': `${share}  - source: lab-paper\n    quote: the rival will produce just 4 percent\n`,
    },
    file: 'figures/compute-share-2026.yaml',
    field: 'mentions[1]',
    rule: 'repeated-entry',
    words: ['repeats mentions[0]'],
  },
  {
    name: 'a timeline that lists an event after a later one',
    files: {
      'figures/paper-drafted.yaml': edit(
        edit(read('figures/paper-published.yaml'), 'id: paper-published', 'id: paper-drafted'),
        "date: '2026-05-14'",
        `date: '2026-04-01'\ndatePrecision: month\n${inferredNote}`,
      ),
      'charts/compute-share.yaml': edit(
        chart,
        'figures: [compute-share-2026]',
        'figures: [paper-published, paper-drafted]',
      )
        .replace('form: bars', 'form: timeline')
        .replace('sources: [lab-paper, daily-news]', 'sources: [daily-news]'),
    },
    file: 'charts/compute-share.yaml',
    field: 'figures[1]',
    rule: 'chart-figure',
    words: [
      'figure "paper-drafted" (2026-04-01) is listed after "paper-published" (2026-05-14), which is later',
      'earliest first',
    ],
  },
  {
    name: 'a lead window with only one figure',
    files: {
      'charts/compute-share.yaml': edit(chart, 'figures: [compute-share-2026]', 'figures: [lead-by-2028]')
        .replace('form: bars', 'form: lead-window')
        .replace('sources: [lab-paper, daily-news]', 'sources: [daily-news]'),
    },
    file: 'charts/compute-share.yaml',
    field: 'figures',
    rule: 'chart-figure',
    words: ['a lead window needs one range figure and two qualitative figures'],
  },
  // A hedge that must travel with its number.
  {
    name: 'a quote that says "roughly" before the number of a figure without a qualifier',
    files: {
      ...newsWith('second-news', 'Officials say the allies now have roughly 11 times more compute than the rival.\n'),
      'figures/compute-ratio.yaml': figureQuoting(
        'compute-ratio',
        'value: 11\nunit: x',
        'second-news',
        'the allies now have roughly 11 times more compute',
      ),
    },
    file: 'figures/compute-ratio.yaml',
    field: 'qualifier',
    rule: 'missing-qualifier',
    words: ['its quote says "roughly" before the number', 'add qualifier: roughly'],
  },
  {
    name: 'a hedge before a number written with a scale ("over 16 million") on a figure without a qualifier',
    files: {
      ...newsWith('second-news', 'The labs used the accounts to generate over 16 million exchanges with the model.\n'),
      'figures/exchange-count.yaml': figureQuoting(
        'exchange-count',
        'value: 16000000\nunit: exchanges',
        'second-news',
        'to generate over 16 million exchanges with the model',
      ),
    },
    file: 'figures/exchange-count.yaml',
    field: 'qualifier',
    rule: 'missing-qualifier',
    words: ['its quote says "over" before the number'],
  },
  {
    name: 'a hedge before a number written in words ("roughly ten times") on a figure without a qualifier',
    files: {
      ...newsWith('second-news', 'Costs could be roughly ten times higher by 2027 for the rival.\n'),
      'figures/cost-ratio.yaml': figureQuoting(
        'cost-ratio',
        'value: 10\nunit: x',
        'second-news',
        'Costs could be roughly ten times higher by 2027',
      ),
    },
    file: 'figures/cost-ratio.yaml',
    field: 'qualifier',
    rule: 'missing-qualifier',
    words: ['its quote says "roughly" before the number'],
  },
  {
    name: "a figure's number that its quote does not print (5 where the quote says 4 percent)",
    files: { 'figures/compute-share-2026.yaml': edit(share, 'value: 4', 'value: 5') },
    file: 'figures/compute-share-2026.yaml',
    field: 'value',
    rule: 'value-not-in-quote',
    words: ['is 5, but none of its quotes prints that number (they print: 4)'],
  },
  {
    name: 'a figure added to a chart whose description never gives its number',
    files: {
      'figures/compute-share-2027.yaml': edit(
        edit(edit(share, 'id: compute-share-2026', 'id: compute-share-2027'), 'value: 4', 'value: 2'),
        'quote: the rival will produce just 4 percent',
        'quote: and 2 percent in 2027',
      )
        .replace("share of the leader's, 2026", "share of the leader's, 2027")
        .replace('qualifier: just\n', ''),
      'charts/compute-share.yaml': edit(
        chart,
        'figures: [compute-share-2026]',
        'figures: [compute-share-2026, compute-share-2027]',
      ),
    },
    file: 'charts/compute-share.yaml',
    field: 'description',
    rule: 'chart-description',
    words: ['plots figure "compute-share-2027" (2), but its description never gives 2', 'what a screen reader reads'],
  },
  {
    name: 'an estimate firmed to a stated fact (the quote says the rival "will produce" it)',
    files: { 'figures/compute-share-2026.yaml': edit(share, 'status: estimate', 'status: stated') },
    file: 'figures/compute-share-2026.yaml',
    field: 'status',
    rule: 'stated-forecast',
    words: [
      'is marked stated, but every quote that gives it gives it as a forecast or a possibility ("will" in "the rival will produce',
    ],
  },
  {
    name: 'an accusation firmed to a stated fact (the quote says the lab "accuses" the rival)',
    files: {
      ...newsWith('second-news', 'Second report\nThe lab accuses the rival of copying its model 3 times.\n'),
      'figures/copies.yaml': figureQuoting(
        'copies',
        'value: 3\nunit: times',
        'second-news',
        'The lab accuses the rival of copying its model 3 times.',
      ),
    },
    file: 'figures/copies.yaml',
    field: 'status',
    rule: 'stated-allegation',
    words: [
      'is marked stated, but every quote that gives it gives it as an accusation ("accuses" in "The lab accuses',
      'make it an allegation',
    ],
  },
  {
    name: 'a chart that plots a figure none of whose sources it names (the source line would leave it uncredited)',
    files: {
      ...newsWith('second-news', 'Second report\nThe rival makes 2 percent of the leader’s compute in 2027.\n'),
      'figures/rival-2027.yaml': figureQuoting(
        'rival-2027',
        "value: 2\nunit: '%'",
        'second-news',
        'The rival makes 2 percent',
      ),
      'charts/compute-share.yaml': edit(
        edit(chart, 'figures: [compute-share-2026]', 'figures: [compute-share-2026, rival-2027]'),
        'One bar from zero at 4 percent, an estimate from roadmaps.',
        'Two bars from zero, at 4 percent (an estimate from roadmaps) and at 2 percent.',
      ),
    },
    file: 'charts/compute-share.yaml',
    field: 'figures[1]',
    rule: 'chart-credit',
    words: ['plots figure "rival-2027", but names none of the sources that quote it (second-news) under sources'],
  },
  {
    name: 'a chart that credits a figure only to its primary source, whose words we do not hold (the article that quotes it left out)',
    files: {
      ...newsWith(
        'second-news',
        'Second report\nThe lab’s memo says the rival makes 2 percent of the leader’s compute in 2027.\n',
      ),
      'sources/lab-memo.mdx':
        "---\nid: lab-memo\ntitle: The lab's memo\nname: 'The Lab, its memo'\noutlet: 'The Lab'\nkind: primary\npublished: '2026-05-10'\n" +
        "description: A memo of the lab's, known only from Second News.\n---\n\nWe hold none of the memo's text.\n",
      'figures/rival-2027.yaml': figureQuoting(
        'rival-2027',
        "value: 2\nunit: '%'\nprimary: lab-memo",
        'second-news',
        'the rival makes 2 percent',
      ).replace(/claimant: .*/, 'claimant: The lab, in its memo'),
      'charts/compute-share.yaml': edit(
        edit(
          edit(chart, 'figures: [compute-share-2026]', 'figures: [compute-share-2026, rival-2027]'),
          'sources: [lab-paper]',
          'sources: [lab-paper, lab-memo]',
        ),
        'One bar from zero at 4 percent, an estimate from roadmaps.',
        'Two bars from zero, at 4 percent (an estimate from roadmaps) and at 2 percent.',
      ),
    },
    file: 'charts/compute-share.yaml',
    field: 'figures[1]',
    rule: 'chart-credit',
    words: ['plots figure "rival-2027", but names none of the sources that quote it (second-news) under sources'],
  },
  {
    name: "a number in a source's summary that no archived text prints (42,000 where the article gives none)",
    files: { 'sources/daily-news.mdx': body('The article says the lab found more than 42,000 flaws.') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'summary-number',
    words: ['prints 42,000 ("The article says the lab found more than 42,000 flaws.")', "neither this source's text"],
  },
  {
    name: "a number in a source's summary that only another, uncited source's text prints (a claim moved between articles)",
    files: {
      ...newsWith('second-news', 'The restrictions cut the rival’s sales by 94 percent.\n'),
      'sources/daily-news.mdx': body('The article says the restrictions cut sales by 94%.'),
    },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'summary-number',
    words: ['prints 94 (', 'cut sales by 94%', 'cite the source that gives it'],
  },
  {
    name: "a number in a source's description that no archived text prints",
    files: {
      'sources/daily-news.mdx': edit(
        news,
        "A short news report on the lab's paper, used as a test fixture.",
        "A short news report on the lab's 3 papers, used as a test fixture.",
      ),
    },
    file: 'sources/daily-news.mdx',
    field: 'description',
    rule: 'summary-number',
    words: ['prints 3 ('],
  },
  {
    name: 'an article dated before the paper it reports on',
    files: {
      'figures/paper-published.yaml': edit(published, 'status: stated', 'status: stated\nprimary: lab-paper'),
      'sources/daily-news.mdx': edit(news, "published: '2026-05-15'", "published: '2026-05-13'"),
    },
    file: 'sources/daily-news.mdx',
    field: 'published',
    rule: 'reported-before-published',
    words: ['is 2026-05-13, before lab-paper was published (2026-05-14), yet the article reports on it'],
  },
  {
    name: 'a quotation whose "…" leaves out a hedge, so it says what the source does not',
    files: { 'sources/daily-news.mdx': body('The article says "it … be possible to lock in" a lead.') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'prose-quotation',
    words: ['its "…" leaves out a word that negates or hedges'],
  },
  {
    name: 'words in quotation marks written as HTML entities (&ldquo;…&rdquo;) that no archive holds',
    files: { 'sources/daily-news.mdx': body('The article says the lab &ldquo;will secure&rdquo; a lead.') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'prose-quotation',
    words: ['puts "will secure" in quotation marks'],
  },
  {
    name: "a condition that is not the source's (the opposite of what the quote says)",
    files: {
      'figures/lead-by-2028.yaml': edit(lead, 'condition: if the allies act now', 'condition: if the allies wait'),
    },
    file: 'figures/lead-by-2028.yaml',
    field: 'condition',
    rule: 'condition-not-in-quote',
    words: ['says the figure holds "if the allies wait", but none of its quotes has those words'],
  },
  {
    name: 'a short condition that reads as a fact ("as the allies act")',
    files: {
      'figures/lead-by-2028.yaml': edit(
        lead,
        'condition: if the allies act now',
        'condition: if the allies act now\nshortCondition: as the allies act',
      ),
    },
    file: 'figures/lead-by-2028.yaml',
    field: 'shortCondition',
    rule: 'short-condition',
    words: ['"as the allies act" does not begin with "if" or "unless"'],
  },
  {
    name: 'a condition cut short ("if the allies" of "If the allies act now, …")',
    files: { 'figures/lead-by-2028.yaml': edit(lead, 'condition: if the allies act now', 'condition: if the allies') },
    file: 'figures/lead-by-2028.yaml',
    field: 'condition',
    rule: 'condition-cut-short',
    words: ['"if the allies" stops mid-clause: the source goes on "act now, it may be possible'],
  },
  {
    name: 'a short condition with words of our own ("if the rivals keep cheating")',
    files: {
      'figures/lead-by-2028.yaml': edit(
        lead,
        'condition: if the allies act now',
        'condition: if the allies act now\nshortCondition: if the rivals keep cheating',
      ),
    },
    file: 'figures/lead-by-2028.yaml',
    field: 'shortCondition',
    rule: 'short-condition-words',
    words: ['says "rivals", which neither the condition nor a quote of the figure gives'],
  },
  {
    name: 'a short condition that turns "if" into "unless"',
    files: {
      'figures/lead-by-2028.yaml': edit(
        lead,
        'condition: if the allies act now',
        'condition: if the allies act now\nshortCondition: unless the allies act',
      ),
    },
    file: 'figures/lead-by-2028.yaml',
    field: 'shortCondition',
    rule: 'short-condition-words',
    words: ['opens with "unless" where the condition opens with "if"'],
  },
  {
    name: 'a qualifier its quote prints on another number ("just" is on 2026\'s 4 percent, not on 2027\'s 2)',
    files: {
      'figures/compute-share-2027.yaml': edit(
        edit(edit(share, 'id: compute-share-2026', 'id: compute-share-2027'), 'value: 4', 'value: 2'),
        'quote: the rival will produce just 4 percent',
        'quote: the rival will produce just 4 percent of the leader’s aggregate compute in 2026, and 2 percent in 2027.',
      ).replace("share of the leader's, 2026", "share of the leader's, 2027"),
    },
    file: 'figures/compute-share-2027.yaml',
    field: 'qualifier',
    rule: 'qualifier-not-on-number',
    words: ['"just" is in a quote, but not before the figure\'s number in any'],
  },
  {
    name: 'a share turned into a multiple (unit x where the quote prints "4 percent")',
    files: { 'figures/compute-share-2026.yaml': edit(share, "unit: '%'", 'unit: x') },
    file: 'figures/compute-share-2026.yaml',
    field: 'value',
    rule: 'value-without-unit',
    words: ['no quote prints 4 as a multiple ("… times")'],
  },
  {
    name: 'a condition on a figure that is not conditional',
    files: { 'figures/lead-by-2028.yaml': edit(lead, 'status: conditional', 'status: estimate') },
    file: 'figures/lead-by-2028.yaml',
    field: 'status',
    rule: 'condition-status',
    words: ['has a condition but its status is estimate'],
  },
  {
    name: 'a figure label surer than its quote ("will lock in" where the quote says "may be possible")',
    files: {
      'figures/lead-by-2028.yaml': edit(
        lead,
        'label: Lead the allies could lock in',
        'label: Lead the allies will lock in',
      ),
    },
    file: 'figures/lead-by-2028.yaml',
    field: 'label',
    rule: 'firmer-than-quotes',
    words: ['says "will" ("Lead the allies will lock in"), but none of the quotes it rests on does'],
  },
  {
    name: 'a scenario cell surer than the passage it cites',
    files: {
      'scenarios/allies-lead.yaml': edit(
        scenario,
        '    text: A lead of 12 to 24 months may be possible.\n    cite:\n      - source: lab-paper\n        quote: it may be possible to lock in a 12-24 month lead.',
        '    text: A lead of 12 to 24 months will be locked in.\n    cite:\n      - source: lab-paper\n        quote: it may be possible to lock in a 12-24 month lead.',
      ),
    },
    file: 'scenarios/allies-lead.yaml',
    field: 'fronts.intelligence.text',
    rule: 'firmer-than-quotes',
    words: ['says "will"'],
  },
  {
    name: 'a scenario cell that prints a number its passage gives only under an "if", without the condition',
    files: {
      'scenarios/allies-lead.yaml': edit(
        scenario,
        '    text: A lead of 12 to 24 months may be possible.\n    cite:\n      - source: lab-paper\n        quote: it may be possible to lock in a 12-24 month lead.',
        '    text: A lead of 12 to 24 months is locked in.\n    cite:\n      - source: lab-paper\n        quote: If the allies act now, it may be possible to lock in a 12-24 month lead.',
      ),
    },
    file: 'scenarios/allies-lead.yaml',
    field: 'fronts.intelligence.text',
    rule: 'condition-left-out',
    words: ['"A lead of 12 to 24 months is locked in." gives a number its passage gives only under a condition'],
  },
  {
    name: 'a scenario cell that restates a passage\'s "may" as a fact, with no word of certainty to catch',
    files: {
      'scenarios/allies-lead.yaml': edit(
        scenario,
        '  intelligence:\n    text: A lead of 12 to 24 months may be possible.',
        '  intelligence:\n    text: The allies lock in a 12 to 24 month lead.',
      ),
    },
    file: 'scenarios/allies-lead.yaml',
    field: 'fronts.intelligence.text',
    rule: 'modal-dropped',
    words: ['"The allies lock in a 12 to 24 month lead." restates what its passage says "may" of, as a fact'],
  },
  {
    name: 'a scenario cell that keeps the "if" of a passage but states what it says "may" be possible',
    files: {
      'scenarios/allies-lead.yaml': edit(
        scenario,
        '  intelligence:\n    text: A lead of 12 to 24 months may be possible.',
        '  intelligence:\n    text: If they act now, the allies lock in a 12 to 24 month lead.',
      ),
    },
    file: 'scenarios/allies-lead.yaml',
    field: 'fronts.intelligence.text',
    rule: 'modal-dropped',
    words: ['restates what its passage says "may" of, as a fact'],
  },
  {
    name: 'a chart description that keeps the "if" of a conditional number but drops the "may" its quote puts on it',
    files: {
      'charts/compute-share.yaml': edit(
        leadChart,
        /description: .*/,
        'description: One range, 12 to 24 months, the lead the allies lock in if they act now.',
      ),
    },
    file: 'charts/compute-share.yaml',
    field: 'description',
    rule: 'hedge-left-out',
    words: ['prints the number of "lead-by-2028", which its quotes hedge ("may"), with no hedge of its own'],
  },
  {
    name: "a chart subtitle that prints a conditional figure's number without its condition (embeds and previews show it under the title)",
    files: {
      'charts/compute-share.yaml': edit(
        leadChart,
        /subtitle: .*/,
        "subtitle: The allies' lead, 12-24 months, which may yet grow",
      ),
    },
    file: 'charts/compute-share.yaml',
    field: 'subtitle',
    rule: 'conditional-as-fact',
    words: ['prints the number of the conditional figure "lead-by-2028" as a fact'],
  },
  {
    name: "a chart note that prints a conditional figure's number as a fact",
    files: {
      'charts/compute-share.yaml': `${leadChart}note: By 2028 the allies hold a 12-24 month lead.\n`,
    },
    file: 'charts/compute-share.yaml',
    field: 'note',
    rule: 'conditional-as-fact',
    words: ['prints the number of the conditional figure "lead-by-2028" as a fact'],
  },
  {
    name: "a chart subtitle surer than its figures' quotes",
    files: {
      'charts/compute-share.yaml': edit(chart, /subtitle: .*/, 'subtitle: The rival will certainly fall behind'),
    },
    file: 'charts/compute-share.yaml',
    field: 'subtitle',
    rule: 'firmer-than-quotes',
    words: ['says "certainly"'],
  },
  {
    name: 'a conditional figure made stated, its condition deleted (the home page would print the number as a fact)',
    files: {
      'figures/lead-by-2028.yaml': edit(edit(lead, 'status: conditional', 'status: stated'), /condition: .*\n/, ''),
    },
    file: 'figures/lead-by-2028.yaml',
    field: 'status',
    rule: 'condition-dropped',
    words: [
      'is marked stated, but a quote gives its number only under a condition ("If the allies act now, it may be possible to lock in a")',
    ],
  },
  {
    name: 'a conditional figure made an estimate, its condition deleted',
    files: {
      'figures/lead-by-2028.yaml': edit(edit(lead, 'status: conditional', 'status: estimate'), /condition: .*\n/, ''),
    },
    file: 'figures/lead-by-2028.yaml',
    field: 'status',
    rule: 'condition-dropped',
    words: ['is marked estimate', 'make it conditional'],
  },
  {
    name: 'a range end changed (1–24 months where the quote says 12-24), blamed on the figure, not on the chart describing it',
    files: { 'figures/lead-by-2028.yaml': edit(lead, 'value: { low: 12, high: 24 }', 'value: { low: 1, high: 24 }') },
    file: 'figures/lead-by-2028.yaml',
    field: 'unit',
    rule: 'unit-not-in-quote',
    words: ['no quote prints its number (each end of a range) followed by "month"'],
  },
  {
    name: 'a lead of 12–24 months turned into years',
    files: { 'figures/lead-by-2028.yaml': edit(lead, 'unit: months', 'unit: years') },
    file: 'figures/lead-by-2028.yaml',
    field: 'unit',
    rule: 'unit-not-in-quote',
    words: ['is counted in years, but no quote prints its number (each end of a range) followed by "year"'],
  },
  {
    name: 'a date no quote prints, not marked inferred (15 May where the quote says May 14)',
    files: { 'figures/paper-published.yaml': edit(published, "date: '2026-05-14'", "date: '2026-05-15'") },
    file: 'figures/paper-published.yaml',
    field: 'date',
    rule: 'date-not-in-quote',
    words: ['is dated 2026-05-15 (to the day), but its quotes do not print that day and month and that year'],
  },
  {
    name: 'a day and month whose year no quote prints, from an article whose own date is inferred',
    files: {
      'sources/daily-news.mdx': edit(
        news,
        "published: '2026-05-15'",
        "published: '2026-05-15'\npublishedInferred: true\ndateNote: Worked out for this test.",
      ),
    },
    file: 'figures/paper-published.yaml',
    field: 'date',
    rule: 'date-not-in-quote',
    words: ['is dated 2026-05-14 (to the day), but its quotes do not print that day and month and that year'],
  },
  {
    name: 'a chart subtitle with a number none of its figures gives',
    files: {
      'charts/compute-share.yaml': edit(
        chart,
        "subtitle: The rival's compute as a share of the leader's (%)",
        "subtitle: The rival's compute as a share of the leader's (%), down from 9% in 2025",
      ),
    },
    file: 'charts/compute-share.yaml',
    field: 'subtitle',
    rule: 'chart-title',
    words: ["prints 9, which none of the chart's figures gives"],
  },
  {
    name: "a figure's label with a number its sources do not give",
    files: {
      'figures/lead-by-2028.yaml': edit(
        lead,
        'label: Lead the allies could lock in',
        'label: Lead the allies could lock in within 6 weeks',
      ),
    },
    file: 'figures/lead-by-2028.yaml',
    field: 'label',
    rule: 'label-number',
    words: ["gives 6, which the figure's value, period, date and quotes do not"],
  },
  {
    name: 'a chart title firmer than its quotes, blamed on the figure whose number it prints',
    files: {
      'figures/compute-share-2026.yaml': `${share}  - source: lab-paper\n    quote: it may be possible to lock in a 12-24 month lead.\n`,
      'charts/compute-share.yaml': edit(
        edit(chart, 'figures: [compute-share-2026]', 'figures: [compute-share-2026, lead-by-2028]'),
        /title: .*/,
        'title: The allies lock in a 12-24 month lead if they act now',
      ),
    },
    file: 'charts/compute-share.yaml',
    field: 'title',
    rule: 'chart-title',
    words: ['drops the hedge the quotes put on figure "lead-by-2028"'],
  },
  {
    name: 'a chart title firmer than its quotes (they say "may"; the title does not)',
    files: {
      'figures/compute-share-2026.yaml': `${share}  - source: lab-paper\n    quote: it may be possible to lock in a 12-24 month lead.\n`,
    },
    file: 'charts/compute-share.yaml',
    field: 'title',
    rule: 'chart-title',
    words: ['drops the hedge the quotes put on figure "compute-share-2026"'],
  },
  {
    name: 'a chart title that drops the qualifier of its number ("4%" where the figure is "just 4%")',
    files: {
      'charts/compute-share.yaml': edit(
        chart,
        "title: The rival makes just 4% of the leader's compute",
        "title: The rival makes 4% of the leader's compute",
      ),
    },
    file: 'charts/compute-share.yaml',
    field: 'title',
    rule: 'chart-title',
    words: ['prints the number without its qualifier: keep "just" before the number of "compute-share-2026"'],
  },
  {
    name: 'a chart description that prints a qualified number without its qualifier ("11 times" for "roughly 11 times")',
    files: {
      ...newsWith('second-news', 'Officials say the allies now have roughly 11 times more compute than the rival.\n'),
      'figures/compute-ratio.yaml': figureQuoting(
        'compute-ratio',
        'value: 11\nunit: x\nqualifier: roughly',
        'second-news',
        'the allies now have roughly 11 times more compute',
      ),
      'charts/compute-ratio.yaml': ratioChart({
        title: "Officials say the allies have roughly 11 times the rival's compute",
        subtitle: "The allies' compute as a multiple of the rival's",
        description: "One bar at 11 times the rival's compute, as officials say.",
      }),
    },
    file: 'charts/compute-ratio.yaml',
    field: 'description',
    rule: 'qualifier-left-out',
    words: ['prints 11 without the "roughly" its source puts on it'],
  },
  {
    name: 'a chart subtitle that prints an estimated number as a fact ("have" for "one study estimates … could have")',
    files: {
      ...studyRatioQuoting('the allies could have roughly 11 times more compute'),
      'charts/compute-ratio.yaml': ratioChart({
        title: "One study estimates the allies could have roughly 11 times the rival's compute",
        subtitle: "The allies have roughly 11 times the rival's compute",
        description: "One bar at roughly 11 times the rival's compute, one study's estimate.",
      }),
    },
    file: 'charts/compute-ratio.yaml',
    field: 'subtitle',
    rule: 'hedge-left-out',
    words: ['prints the number of "compute-ratio", which its quotes hedge ("could"), with no hedge of its own'],
  },
  {
    name: 'a note of what stands today that turns the qualifier its passage puts on a number into another ("more than" for "roughly")',
    files: todayCitingStudy('more than 11 times'),
    file: 'today/premise.yaml',
    field: 'text',
    rule: 'qualifier-left-out',
    words: ['prints 11 without the "roughly" its source puts on it'],
  },
  {
    name: 'a note of what stands today that drops the qualifier its passage puts on a number',
    files: todayCitingStudy('11 times'),
    file: 'today/premise.yaml',
    field: 'text',
    rule: 'qualifier-left-out',
    words: ['prints 11 without the "roughly" its source puts on it'],
  },
  {
    name: 'a claimant that leaves out the study its quote credits the number to ("Anthropic" for "Anthropic, citing one study")',
    files: {
      ...studyRatioQuoting('One study estimates that the allies could have roughly 11 times more compute'),
    },
    file: 'figures/compute-ratio.yaml',
    field: 'claimant',
    rule: 'claimant-narrowed',
    words: ['does not credit the study its quote credits the number to', '"…, citing a study"'],
  },
  {
    name: 'a claimant that makes the study its quote credits the number to its own ("in its own study")',
    files: Object.fromEntries(
      Object.entries(
        studyRatioQuoting('One study estimates that the allies could have roughly 11 times more compute'),
      ).map(([path, text]) => [
        path,
        text.replace(claimantReportedBy, 'The lab, in its own study, as reported by Second News'),
      ]),
    ),
    file: 'figures/compute-ratio.yaml',
    field: 'claimant',
    rule: 'claimant-narrowed',
    words: ['does not credit the study its quote credits the number to'],
  },
  {
    name: 'a figure in words with words no quote gives ("a year or more" for "at least several months")',
    files: leadTodayIn('a year or more'),
    file: 'figures/lead-today.yaml',
    field: 'qualitative',
    rule: 'qualitative-words',
    words: ['has words none of its quotes gives (year, more)'],
  },
  {
    name: 'a figure in words cut from its quote right after a hedge ("several months" of "at least several months")',
    files: leadTodayIn('several months'),
    file: 'figures/lead-today.yaml',
    field: 'qualitative',
    rule: 'qualitative-words',
    words: ['leaves out the "at least" its quote puts before these words'],
  },
  {
    name: 'a count given the unit its quote puts after another number ("24,000 exchanges")',
    files: {
      ...newsWith('second-news', 'The labs used 24,000 fraudulent accounts to generate 16 million exchanges.\n'),
      'figures/accounts.yaml': figureQuoting(
        'accounts',
        'value: 24000\nunit: exchanges',
        'second-news',
        'The labs used 24,000 fraudulent accounts to generate 16 million exchanges',
      ),
    },
    file: 'figures/accounts.yaml',
    field: 'unit',
    rule: 'unit-of-another-number',
    words: ['its quote puts "exchanges" after "16 million", another of its numbers'],
  },
  {
    name: "a second source quoted saying something else (it would lift the figure's single-source flag)",
    files: {
      'figures/compute-share-2026.yaml': `${share}  - source: daily-news\n    quote: Critics say the lead is smaller than the lab claims.\n`,
    },
    file: 'figures/compute-share-2026.yaml',
    field: 'mentions[1]',
    rule: 'mention-without-number',
    words: ['quotes daily-news, but none of its quotes prints 4'],
  },
  {
    name: 'an inferred date made precise to a day no quote gives ("in May" read as 15 May)',
    files: {
      ...newsWith('second-news', 'In May the lab published its paper.\n'),
      'figures/paper-month.yaml': figureQuoting(
        'paper-month',
        `date: '2026-05-15'\n${inferredNote}`,
        'second-news',
        'In May the lab published its paper.',
      ),
    },
    file: 'figures/paper-month.yaml',
    field: 'date',
    rule: 'inferred-day',
    words: ['gives 2026-05-15 to the day, but no quote prints that day'],
  },
  {
    name: 'an inferred day read from "today" where another quote prints a different day ("May 17")',
    files: {
      ...newsWith('second-news', 'The post went up on May 17. The lab said today it stands by the paper.\n'),
      'figures/post-day.yaml': `${figureQuoting(
        'post-day',
        `date: '2026-05-14'\n${inferredNote}`,
        'second-news',
        'The post went up on May 17.',
      )}  - source: second-news\n    quote: 'The lab said today it stands by the paper.'\n`,
    },
    file: 'figures/post-day.yaml',
    field: 'date',
    rule: 'inferred-day',
    words: [
      'gives 2026-05-14 to the day, but no quote prints that day, or names it ("Thursday", "today") where none prints another day of its month',
    ],
  },
  {
    name: 'a figure that reads another figure\'s number from their shared quote ("2" for the 2026 share of "just 4 percent … in 2026, and 2 percent in 2027")',
    files: {
      'figures/compute-share-2026.yaml': edit(share, 'value: 4', 'value: 2').replace(
        'quote: the rival will produce just 4 percent',
        'quote: the rival will produce just 4 percent of the leader’s aggregate compute in 2026, and 2 percent in 2027',
      ),
      'figures/compute-share-2027.yaml': figureQuoting(
        'compute-share-2027',
        'value: 2\nunit: "%"\nprimary: lab-paper',
        'lab-paper',
        'the rival will produce just 4 percent of the leader’s aggregate compute in 2026, and 2 percent in 2027',
      )
        .replace(`claimant: ${claimantReportedBy}`, 'claimant: The lab, citing an analysis of roadmaps')
        .replace('status: stated', 'status: estimate'),
    },
    file: 'figures/compute-share-2026.yaml',
    alsoBlamed: ['figures/compute-share-2027.yaml'],
    field: 'value',
    rule: 'number-read-twice',
    words: ['reads 2 from a quote that prints it once, as "compute-share-2027" does too'],
  },
  {
    name: 'an estimate in words made stated on the strength of a paraphrase beside the quote that gives it',
    files: {
      ...newsWith(
        'second-news',
        'Officials estimate the allies are at least several months ahead today. The rival is not far behind.\n',
      ),
      'figures/lead-today.yaml': `${figureQuoting(
        'lead-today',
        'qualitative: at least several months\nunit: months',
        'second-news',
        'Officials estimate the allies are at least several months ahead today.',
      )}  - source: second-news\n    quote: 'The rival is not far behind.'\n`,
    },
    file: 'figures/lead-today.yaml',
    field: 'status',
    rule: 'stated-forecast',
    words: ['is marked stated, but every quote that gives it gives it as a forecast or a possibility ("estimate"'],
  },
  {
    name: 'a qualifier that no quote says ("roughly" where the quote says "just")',
    files: { 'figures/compute-share-2026.yaml': edit(share, 'qualifier: just', 'qualifier: roughly') },
    file: 'figures/compute-share-2026.yaml',
    field: 'qualifier',
    rule: 'qualifier-not-in-quote',
    words: ['says "roughly", but none of its quotes does'],
  },
  {
    name: 'a quote that says "more than" before the number',
    files: {
      ...newsWith('second-news', 'In the more than 2000-word paper, the lab sets out its case.\n'),
      'figures/paper-length.yaml': figureQuoting(
        'paper-length',
        'value: 2000\nunit: words',
        'second-news',
        'the more than 2000-word paper',
      ),
    },
    file: 'figures/paper-length.yaml',
    field: 'qualifier',
    rule: 'missing-qualifier',
    words: ['"more than"'],
  },
  {
    name: 'a quote that says "at least" before a dollar figure',
    files: {
      ...newsWith('second-news', 'The smuggled chips were worth at least $2.5 billion, prosecutors said.\n'),
      'figures/smuggled-value.yaml': figureQuoting(
        'smuggled-value',
        'value: 2.5\nunit: USD billion',
        'second-news',
        'worth at least $2.5 billion',
      ),
    },
    file: 'figures/smuggled-value.yaml',
    field: 'qualifier',
    rule: 'missing-qualifier',
    words: ['"at least"'],
  },
  // Bodies without code.
  {
    name: 'a summary that imports code',
    files: { 'sources/daily-news.mdx': body("import fs from 'node:fs'\n\nOur summary.") },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: [`line ${lineOf(body("import fs from 'node:fs'"), 'import fs')}:`, 'imports or exports code'],
  },
  {
    name: 'a summary that exports code',
    files: { 'sources/daily-news.mdx': body('export const x = 1\n\nOur summary.') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: ['imports or exports code'],
  },
  {
    name: 'a summary holding an expression',
    files: { 'sources/daily-news.mdx': body('Home is {process.env.HOME} here.') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: ['holds an expression {process.env.HOME}'],
  },
  {
    name: 'a summary holding a script element',
    files: { 'sources/daily-news.mdx': body('Text.\n\n<script>alert(1)</script>') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: ['holds the element <script>'],
  },
  {
    name: 'a summary holding an image with an onerror handler',
    files: { 'sources/daily-news.mdx': body('Text <img src="x" onerror="alert(1)" /> more.') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: ['holds the element <img>'],
  },
  {
    name: 'a site component given an attribute as an expression',
    files: { 'sources/daily-news.mdx': body('Text.<Cite quote={globalThis.x} />') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: ['gives <Cite> an attribute as an expression'],
  },
  {
    name: 'a summary that is not valid MDX (an unclosed element)',
    files: { 'sources/daily-news.mdx': body('Text <Cite quote="a b c"\n\nmore.') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: ['is not valid MDX'],
  },
  {
    // Its archive is out of the check until the file loads: other prose quoting it is not blamed meanwhile.
    name: 'a summary that is not valid MDX, while other prose quotes its article',
    files: {
      'sources/daily-news.mdx': body('Text <Cite source="daily-news" quote="Critics say "the lead" is" />'),
      'figures/lead-by-2028.yaml': `${lead}notes: 'Critics say "the lead is smaller than the lab claims".'\n`,
    },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: ['is not valid MDX'],
  },
  {
    name: 'a <Cite> in a summary whose quote is not in the archive',
    files: {
      'sources/daily-news.mdx': body(
        'Critics disagree.<Cite source="daily-news" quote="Critics say the lead is larger than the lab claims." />',
      ),
    },
    file: 'sources/daily-news.mdx',
    field: 'body.Cite[0].quote',
    rule: 'quote-not-verbatim',
    words: ['Closest passage: "Critics say the lead is smaller'],
  },
  {
    name: 'a <Cite> in a summary with no source (the page could not say whose words they are)',
    files: {
      'sources/daily-news.mdx': body(
        'Critics disagree.<Cite quote="Critics say the lead is smaller than the lab claims." />',
      ),
    },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: ['gives <Cite> no source'],
  },
  {
    name: 'a <Cite> with a misspelt attribute, which nothing would check',
    files: { 'sources/daily-news.mdx': body('Critics disagree.<Cite source="daily-news" qoute="Critics say so." />') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: ['qoute="…" it does not take (did you mean quote?)'],
  },
  {
    name: 'a Markdown block quotation in a summary, which would read as a verbatim quote',
    files: { 'sources/daily-news.mdx': body('> Export controls have failed, and the lab knows it.') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: ['holds a Markdown block quotation'],
  },
  {
    name: 'a link in a summary (to a page that may not exist, or a javascript: URL)',
    files: { 'sources/daily-news.mdx': body('See [the post](javascript:alert(1)).') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: ['holds a link to javascript:alert(1)'],
  },
  {
    name: 'a bare web address in a summary, which the site (GitHub-flavoured Markdown) would print as a live link',
    files: { 'sources/daily-news.mdx': body('More at www.daily-news.example/lead-story today.') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: ['holds a link to http://www.daily-news.example/lead-story'],
  },
  {
    name: 'a footnote in a summary, which would read as a citation nothing checks',
    files: { 'sources/daily-news.mdx': body('Critics disagree.[^1]\n\n[^1]: They say the lead is smaller.') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: ['holds a footnote'],
  },
  {
    name: 'a summary with no words',
    files: { 'sources/daily-news.mdx': body('') },
    file: 'sources/daily-news.mdx',
    field: 'body',
    rule: 'mdx-code',
    words: ['is empty'],
  },
  {
    name: 'a <Cite> in a summary naming a source that does not exist',
    files: {
      'sources/daily-news.mdx': body(
        'Critics disagree.<Cite source="weekly-news" quote="Critics say the lead is smaller" />',
      ),
    },
    file: 'sources/daily-news.mdx',
    field: 'body.Cite[0].source',
    rule: 'missing-reference',
    words: ['no source "weekly-news" exists'],
  },
  // Collections.
  {
    name: 'a missing collection folder',
    files: { 'commentary/critics-smaller-lead.yaml': null },
    file: 'commentary/',
    field: '',
    rule: 'empty-collection',
    words: ['the folder is missing or holds no .yaml file: the site would have nothing to show'],
  },
];

describe('the refusal suite: every bad input is refused with file, field, rule and words', () => {
  it(`holds at least 60 distinct bad inputs (it holds ${cases.length})`, () => {
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cases.map((c) => [c.name, c] as const))('refuses %s', (_name, c) => {
    const { errors } = loadAndCheckContent(contentWith(c.files));
    const shown = JSON.stringify(errors, null, 1);
    const match = errors.filter(
      (e: ContentError) => e.file.endsWith(c.file) && e.field === c.field && e.rule === c.rule,
    );
    expect(match.length, `a ${c.rule} fault on ${c.file} → ${c.field || '(file)'} among ${shown}`).toBeGreaterThan(0);
    for (const words of c.words) {
      expect(
        match.some((e) => (typeof words === 'string' ? e.message.includes(words) : words.test(e.message))),
        `the words ${String(words)} in ${shown}`,
      ).toBe(true);
    }
    const blamed = [c.file, ...(c.alsoBlamed ?? [])];
    for (const error of errors) {
      expect(
        blamed.some((file) => error.file.endsWith(file)),
        `no other file blamed: ${shown}`,
      ).toBe(true);
    }
  });
});

describe('inputs the gate accepts', () => {
  it.each([
    [
      'a quote with a no-break space where the archive has a space',
      { 'figures/paper-published.yaml': edit(published, 'its paper', 'its\u00A0paper') },
    ],
    [
      'a quote over a line break of the archive',
      {
        'figures/paper-published.yaml': edit(
          edit(published, 'source: daily-news', 'source: lab-paper'),
          'The lab published its paper on May 14.',
          "'just 4 percent of the leader’s aggregate compute'",
        ).replace("date: '2026-05-14'", `date: '2026-05-01'\ndatePrecision: month\n${inferredNote}`),
      },
    ],
    [
      'an inferred date to the day, where the quote names the day ("Thursday")',
      {
        ...newsWith('second-news', 'On Thursday the lab published its paper.\n'),
        'figures/paper-day.yaml': figureQuoting(
          'paper-day',
          `date: '2026-05-14'\n${inferredNote}`,
          'second-news',
          'On Thursday the lab published its paper.',
        ),
      },
    ],
    [
      'a site component with quoted attributes',
      {
        'sources/daily-news.mdx': body(
          'Our summary.<Cite source="daily-news" quote="Critics say the lead is smaller" />',
        ),
      },
    ],
    [
      'an "A … B" quotation with its parts in order, near each other',
      {
        'figures/lead-by-2028.yaml': `${lead}notes: 'It says "An analysis of the roadmaps found … 2 percent in 2027".'\n`,
      },
    ],
    [
      "a number in words in a summary (our count of what the article holds), and a source's date in digits",
      { 'sources/daily-news.mdx': body('Ten readers wrote in. The article came out on 15 May 2026.') },
    ],
    [
      'a source title in quotation marks',
      { 'figures/lead-by-2028.yaml': `${lead}notes: 'From "Lab warns the window is closing".'\n` },
    ],
  ])('accepts %s', (_name, files) => {
    expect(loadAndCheckContent(contentWith(files)).errors).toEqual([]);
  });
});
