import { describe, expect, it } from 'vitest';
import { textWidth, wrapBeside, wrapText } from '../../../src/charts/wrap-text.ts';

const label =
  'US compute relative to China’s AI sector if the United States strengthens its restrictions on the CCP’s ability to access US compute';

describe('wrapText(text, maxWidth, fontSize)', () => {
  it.each([
    [384, 14],
    [304, 14],
    [200, 12],
    [500, 40],
  ])('wrapText(label, %d, %d) keeps every line within the width estimate', (maxWidth, fontSize) => {
    const lines = wrapText(label, maxWidth, fontSize);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, fontSize)).toBeLessThanOrEqual(maxWidth);
  });

  it('wrapText(text, maxWidth, fontSize) keeps every word, in order', () => {
    expect(wrapText(label, 200, 14).join(' ')).toBe(label);
  });

  it('wrapText(text, maxWidth, fontSize) fills lines: no line could take the next line’s first word', () => {
    const maxWidth = 250;
    const lines = wrapText(label, maxWidth, 14);
    for (let i = 0; i < lines.length - 1; i++) {
      const next = lines[i + 1]!.split(' ')[0]!;
      expect(textWidth(`${lines[i]} ${next}`, 14)).toBeGreaterThan(maxWidth);
    }
  });

  it('wrapText(text, maxWidth, fontSize) cuts a word longer than the width into line-long pieces, in order', () => {
    const word = 'Supercalifragilisticexpialidocious-and-then-some';
    const lines = wrapText(`a ${word} b`, 100, 14);
    expect(lines[0]).toBe('a');
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(100);
    expect(lines.join('')).toBe(`a${word}b`.replace(/ /g, ''));
  });

  it('wrapText(text, maxWidth, fontSize) returns no line for an empty or blank string', () => {
    expect(wrapText('', 300, 14)).toEqual([]);
    expect(wrapText('  \n ', 300, 14)).toEqual([]);
  });

  it('wrapText(text, maxWidth, fontSize) folds line breaks and runs of spaces in the text', () => {
    expect(wrapText('12–24\n  months', 300, 14)).toEqual(['12–24 months']);
  });
});

describe('wrapText(text, maxWidth, fontSize) on words longer than a line', () => {
  const word = 'x'.repeat(300);

  it('wrapText(300-character word) cuts it into lines that all fit, keeping every character', () => {
    const lines = wrapText(`A title ${word} ends`, 300, 14);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(300);
    expect(lines.join('').replace(/ /g, '')).toBe(`Atitle${word}ends`);
  });

  it('wrapText never splits a character made of two UTF-16 units', () => {
    const lines = wrapText('😀'.repeat(40), 100, 14);
    for (const line of lines) expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});

describe('wrapBeside(text, width, lastWidth, fontSize)', () => {
  it('wrapBeside(label, 700, 300, 14) keeps every line within 700 and the last within 300, every word in order', () => {
    const lines = wrapBeside(label, 700, 300, 14);
    expect(lines.join(' ')).toBe(label);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(700);
    expect(textWidth(lines.at(-1)!, 14)).toBeLessThanOrEqual(300);
  });

  it('wrapBeside(text, width, lastWidth, fontSize) wraps as wrapText does where the last line has room', () => {
    expect(wrapBeside(label, 700, 690, 14)).toEqual(wrapText(label, 700, 14));
  });
});
