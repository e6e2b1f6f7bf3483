import { describe, expect, it } from 'vitest';
import { figureNoteParts } from '../../../src/model/figure-note.ts';

const labels = new Map([
  ['distillation-exchanges', 'Exchanges with Claude Anthropic says the fraudulent accounts generated'],
  ['lead-today-several-months', 'US lead over the top PRC models on intelligence today'],
]);

describe('figureNoteParts(note, labels)', () => {
  it('links each figure id the note names to its entry on /citations/, read by its label', () => {
    expect(figureNoteParts('"over 16 million exchanges" (distillation-exchanges), as reported', labels)).toEqual([
      { text: '"over 16 million exchanges" (' },
      {
        text: 'Exchanges with Claude Anthropic says the fraudulent accounts generated',
        href: '/citations/#distillation-exchanges',
      },
      { text: '), as reported' },
    ]);
  });
  it('leaves hyphenated words that are no figure id as text', () => {
    expect(figureNoteParts('a 12-24 month lead, a long-run view (not-a-figure)', labels)).toEqual([
      { text: 'a 12-24 month lead, a long-run view (not-a-figure)' },
    ]);
  });
  it('links two ids in one note, and a note that is only an id', () => {
    expect(
      figureNoteParts('see lead-today-several-months and distillation-exchanges', labels).filter((p) => p.href),
    ).toHaveLength(2);
    expect(figureNoteParts('lead-today-several-months', labels)).toEqual([
      { text: 'US lead over the top PRC models on intelligence today', href: '/citations/#lead-today-several-months' },
    ]);
  });
});
