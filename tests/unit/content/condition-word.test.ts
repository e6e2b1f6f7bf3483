import { describe, expect, it } from 'vitest';
import { conditionBeforeNumber } from '../../../src/content/condition-word.ts';

describe('conditionBeforeNumber(quote, values)', () => {
  it('conditionBeforeNumber(quote, values) gives the words from "if" or "unless" to the number', () => {
    expect(
      conditionBeforeNumber(
        'But if the US and its allies act now to address both issues, it may be possible to lock in a 12-24 month lead.',
        [12, 24],
      ),
    ).toBe('if the US and its allies act now to address both issues, it may be possible to lock in a');
    expect(conditionBeforeNumber('Unless controls hold, the gap falls to 2 percent.', [2])).toBe(
      'Unless controls hold, the gap falls to',
    );
  });

  it('conditionBeforeNumber(quote, values) leaves an "if" after the number, in another sentence, or before another number', () => {
    expect(
      conditionBeforeNumber('The US can secure a one- to two-year advantage if action is taken', [1, 2]),
    ).toBeUndefined();
    expect(
      conditionBeforeNumber('We ask what happens if nothing changes. The lead is 12 months.', [12]),
    ).toBeUndefined();
    expect(conditionBeforeNumber('If the allies act, 3 labs say the lead is 12 months.', [5])).toBeUndefined();
    expect(conditionBeforeNumber('The lead is modified by 12 months, iffy as that is.', [12])).toBeUndefined();
  });
});
