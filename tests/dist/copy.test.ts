// Copy slips a reader notices, over the text of every built page: a doubled word ("only if if"), a
// sentence run into the next ("estimate.The"), a count of one with a plural noun ("1 figures"), a space
// before a full stop, comma or colon ("Status: estimate .", "conditional : if", left by a template's line break).
import { describe, expect, it } from 'vitest';
import { readDist, site } from '../support/site.ts';
import { loadContent } from '../../src/content/load-content.ts';

const inline = 'a|abbr|b|code|em|i|q|small|span|strong|sup|sub|time|cite|mark';

/** The page's text as a reader reads it: block boundaries become spaces, inline tags vanish. */
export function pageText(html: string, { dropQuotes = false } = {}): string {
  let text = html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ' ')
    // Verbatim quotes are the sources' words: kept as printed, slips and all.
    .replace(dropQuotes ? /<(q|blockquote)\b[\s\S]*?<\/\1>/gi : /$^/, ' … ')
    .replace(new RegExp(`</?(${inline})\\b[^>]*>`, 'gi'), '')
    // A block boundary ends a run of text: words on either side of it never read as one phrase.
    .replace(/<[^>]+>/g, ' ¶ ');
  text = text
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  return text.replace(/\s+/g, ' ').replace(/( ?¶ ?)+/g, ' ¶ ');
}

/** Each slip found in a text, with a little context. */
export function copySlips(text: string): string[] {
  const slips: string[] = [];
  const around = (i: number, length: number) => text.slice(Math.max(0, i - 30), i + length + 30);
  for (const m of text.matchAll(/\b([A-Za-z]+) \1\b/gi)) {
    slips.push(`doubled word "${m[0]}": …${around(m.index, m[0].length)}…`);
  }
  for (const m of text.matchAll(/\b[a-z]{2,}[.!?][A-Z][a-z]+/g)) {
    slips.push(`no space after a sentence "${m[0]}": …${around(m.index, m[0].length)}…`);
  }
  for (const m of text.matchAll(/\w[)”"']? (?:[.,;:](?=\s|$)|\))/g)) {
    slips.push(`space before punctuation "${m[0]}": …${around(m.index, m[0].length)}…`);
  }
  // "in the paper?.": a full stop after a sentence that already ended.
  for (const m of text.matchAll(/[?!]\.(?!\.)/g)) {
    slips.push(`a full stop after "${m[0][0]}": …${around(m.index, 2)}…`);
  }
  // "(AI News (yourai.pro))": a name that carries its own brackets, put in brackets again.
  for (const m of text.matchAll(/\)\)/g)) {
    slips.push(`brackets closing together "))": …${around(m.index, 2)}…`);
  }
  for (const m of text.matchAll(/(?<![\d.,–-])\b(1) ([a-z]+[^s\W]s)\b(?! (?:of|in|per)\b)/g)) {
    if (/(ss|is|us|ys|ics|ews)$/i.test(m[2]!)) continue; // "1 analysis", "1 status", "one news item" are singular
    slips.push(`count of one with a plural "${m[0]}": …${around(m.index, m[0].length)}…`);
  }
  return slips;
}

describe('copySlips(text)', () => {
  it('copySlips(text) finds a doubled word, a missing space after a sentence, a count of one with a plural and a space before a full stop', () => {
    expect(copySlips('true only if if the US acts')).toHaveLength(1);
    expect(copySlips('an estimate.The paper says')).toHaveLength(1);
    expect(copySlips('it holds 1 figures')).toHaveLength(1);
    expect(copySlips('Status: estimate . Measured in')).toHaveLength(1);
    expect(copySlips('Claimed by Anthropic , citing')).toHaveLength(1);
    expect(copySlips('conditional : if the US acts')).toHaveLength(1);
    expect(copySlips('the word put on the charge )')).toHaveLength(1);
    expect(copySlips('Is the 11x compute figure in the paper?. Note')).toHaveLength(1);
    expect(copySlips('two articles (The Daily Scout and AI News (yourai.pro)) say so')).toHaveLength(1);
  });
  it('copySlips(text) passes clean copy: a domain, a decimal, a singular count, "1 analysis"', () => {
    expect(copySlips('see www.anthropic.com and 2.5 billion; 1 figure, 2 figures, 1 analysis, 1 status, a .csv file')).toEqual(
      [],
    );
  });
});

describe('every built page reads without copy slips', () => {
  it.each([...site.pages, ...site.embeds])('%s', (page) => {
    expect(copySlips(pageText(readDist(page), { dropQuotes: true }))).toEqual([]);
  });
});

// Our notes name related figures by id in the content; a reader sees the figure's label, linked.
describe("no page shows a figure's id as text", () => {
  const ids = loadContent('content').content.figures.map((f) => f.data.id);
  const shown = (text: string) =>
    ids.filter((id) => new RegExp(`(?<![\\w/#.-])${id}(?![\\w-])`).test(text));
  it('the check finds an id in running text, not in a link or a longer word', () => {
    expect(shown('gives "more than 24,000" (distillation-fraudulent-accounts).')).toEqual([
      'distillation-fraudulent-accounts',
    ]);
    expect(shown('see /citations/#distillation-fraudulent-accounts or distillation-fraudulent-accounts-x')).toEqual([]);
  });
  it.each([...site.pages, ...site.embeds])('%s', (page) => {
    expect(shown(pageText(readDist(page)))).toEqual([]);
  });
});

// A link preview shows the description whole: it ends a sentence, or says with "…" that it was cut.
describe('every page description ends a sentence or marks its cut', () => {
  it.each(site.pages)('%s', (page) => {
    const html = readDist(page);
    for (const name of ['name="description"', 'property="og:description"', 'name="twitter:description"']) {
      const content = new RegExp(`<meta ${name} content="([^"]*)"`).exec(html)?.[1];
      if (content !== undefined) expect(content.trim(), name).toMatch(/[.?!…)”]$/);
    }
  });
});

// A disagreement's heading is our words: quotation marks curly, a range of numbers with an en dash ("12–24"), as
// in the rest of the site's headings (the sources' own "12-24" stays in their quotes).
describe('every disagreement heading on /citations/ is set in the site’s typography', () => {
  const headings = [...readDist('/citations/').matchAll(/<h4 id="discrepancy-[^"]+">([\s\S]*?)<\/h4>/g)].map((m) =>
    pageText(m[1]!).trim(),
  );
  it('finds every disagreement', () => {
    expect(headings.length).toBe(loadContent('content').content.discrepancies.length);
  });
  it.each(headings)('%s', (heading) => {
    expect(heading).not.toMatch(/"/);
    expect(heading).not.toMatch(/\d-\d/);
  });
});
