import { describe, expect, it } from 'vitest';
import { foldWhitespace } from '../../../src/content/fold-whitespace.ts';

describe('foldWhitespace(text)', () => {
  it('foldWhitespace(text) turns line breaks, tabs and runs of spaces into one space', () => {
    expect(foldWhitespace('a 12-24\nmonth  lead\r\n\tin 2028')).toBe('a 12-24 month lead in 2028');
  });

  it('foldWhitespace(text) trims both ends', () => {
    expect(foldWhitespace('\n  the window is closing \n')).toBe('the window is closing');
  });

  it('foldWhitespace(text) treats a no-break space like a space', () => {
    expect(foldWhitespace('12\u00a0months')).toBe('12 months');
  });

  it('foldWhitespace(text) keeps punctuation, curly quotes and case exactly', () => {
    const text = '“Unlawfully” using Claude — the CCP’s access';
    expect(foldWhitespace(text)).toBe(text);
  });

  it('foldWhitespace(text) returns an empty string for whitespace only', () => {
    expect(foldWhitespace(' \n\t ')).toBe('');
  });
});
