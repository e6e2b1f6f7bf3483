import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from '../../../src/charts/format-value.ts';

describe('formatValue({ value, unit, qualifier })', () => {
  it.each([
    [{ value: 4, unit: '%' }, '4%'],
    [{ value: 20, unit: 'x', qualifier: 'almost' }, 'almost 20×'],
    [{ value: 24000, unit: 'accounts', qualifier: 'more than' }, 'more than 24,000 accounts'],
    [{ value: 2.5e9, unit: 'USD' }, '$2.5 billion'],
    [{ value: 16e6, unit: 'exchanges', qualifier: 'over' }, 'over 16 million exchanges'],
    [{ value: 12, unit: 'months' }, '12 months'],
    [{ value: 3 }, '3'],
    [{ value: 0, unit: '%' }, '0%'],
  ])('formatValue(%j) reads "%s"', (parts, expected) => {
    expect(formatValue(parts)).toBe(expected);
  });
});

describe('formatNumber(value)', () => {
  it.each([
    [16e6, '16 million'],
    [2.5e9, '2.5 billion'],
    [1e12, '1,000 billion'],
    [24000, '24,000'],
    [5500, '5,500'],
    [1234567, '1,234,567'],
    [2.5, '2.5'],
    [0, '0'],
  ])('formatNumber(%d) reads "%s"', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('formatNumber(value) never prints more than two decimals', () => {
    expect(formatNumber(1 / 3)).toMatch(/^0\.\d{1,2}$/);
  });
});
