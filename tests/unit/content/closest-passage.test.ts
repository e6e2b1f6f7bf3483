import { describe, expect, it } from 'vitest';
import { closestPassage } from '../../../src/content/closest-passage.ts';
import { foldWhitespace } from '../../../src/content/fold-whitespace.ts';

const paragraphs = [
  'The first scenario is one in which democracies have established a commanding lead in model intelligence.',
  'An analysis of Huawei and NVIDIA’s roadmaps found that Huawei will produce just 4 percent of NVIDIA’s aggregate\ncompute in 2026 in total processing performance, and 2 percent in 2027.',
  'In the second scenario, America has chosen not to act.',
];
const text = paragraphs.join('\n\n');

describe('closestPassage(quote, text)', () => {
  it('closestPassage(quote, text) picks the paragraph the misquote comes from, not another', () => {
    const closest = closestPassage('Huawei will make only 4 percent of NVIDIA’s aggregate compute in 2026', text);
    expect(closest).toContain('4 percent of NVIDIA’s aggregate compute in 2026');
    expect(closest).not.toContain('scenario');
  });

  it('closestPassage(quote, text) shows the words the archive really has where the quote differs', () => {
    const closest = closestPassage('In the second scenario, America has decided not to act.', text);
    expect(closest).toContain('In the second scenario, America has chosen');
  });

  it('closestPassage(quote, text) is a passage of the folded text, about as long as the quote', () => {
    const quote = 'democracies have built a commanding lead in model intelligence';
    const closest = closestPassage(quote, text);
    expect(foldWhitespace(text)).toContain(closest);
    // Widened at most to the start of the word it opens in.
    expect(closest.length).toBeLessThanOrEqual(quote.length + 20);
    expect(closest.length).toBeGreaterThan(quote.length / 2);
  });

  it('closestPassage(quote, text) folds the line breaks of the archive', () => {
    expect(closestPassage('NVIDIA’s aggregate compute in 2026 in total', text)).not.toMatch(/\n/);
  });

  it('closestPassage(quote, text) is empty when nothing is shared or either side is empty', () => {
    expect(closestPassage('', text)).toBe('');
    expect(closestPassage('a quote', '')).toBe('');
    expect(closestPassage('ZQXJ', 'abc def')).toBe('');
  });
});

describe('closestPassage(quote, text) on a long archive (the bounded search)', () => {
  const target =
    'If the allies strengthen their restrictions on the rival’s access to compute, one study estimates that they will have roughly 11 times more compute than the rival.';
  const filler = 'Other words about chips, labs and policy follow here. '.repeat(800);
  const archive = `${filler}${target} ${filler}`;

  it('finds the passage a long misquote comes from, inside an archive of 80,000 characters', () => {
    const misquote = target.replace('roughly 11 times', 'about 12 times');
    expect(misquote.length * archive.length).toBeGreaterThan(2_000_000);
    const closest = closestPassage(misquote, archive);
    expect(closest).toContain('one study estimates that they will have roughly 11 times more compute');
    expect(foldWhitespace(archive)).toContain(closest);
  });
});
