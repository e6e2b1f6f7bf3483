import { describe, expect, it } from 'vitest';
import { figureNoteParts } from '../../../src/model/figure-note.ts';

const labels = new Map([
  [
    'distillation-exchanges',
    {
      label: 'Exchanges with Claude Anthropic says the fraudulent accounts generated',
      href: '/citations/#distillation-exchanges',
    },
  ],
  [
    'lead-today-several-months',
    { label: 'US lead over the top PRC models on intelligence today', href: '/citations/#lead-today-several-months' },
  ],
  [
    'catching-up-or-falling-behind',
    {
      label: '“Does Anthropic say China is catching up?”',
      href: '/citations/#discrepancy-catching-up-or-falling-behind',
    },
  ],
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
  it('links a disagreement the note names to its entry on /citations/, read by its topic', () => {
    expect(figureNoteParts('(see the disagreement catching-up-or-falling-behind)', labels)).toEqual([
      { text: '(see the disagreement ' },
      {
        text: '“Does Anthropic say China is catching up?”',
        href: '/citations/#discrepancy-catching-up-or-falling-behind',
      },
      { text: ')' },
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
