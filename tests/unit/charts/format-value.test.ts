import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue } from '../../../src/charts/format-value.ts';

describe('formatValue({ value, unit, qualifier })', () => {
  it.each([
    { parts: { value: 4, unit: '%' }, reads: '4%' },
    { parts: { value: 20, unit: 'x', qualifier: 'almost' }, reads: 'almost 20×' },
    { parts: { value: 24000, unit: 'accounts', qualifier: 'more than' }, reads: 'more than 24,000 accounts' },
    { parts: { value: 2.5e9, unit: 'USD' }, reads: '$2.5 billion' },
    { parts: { value: 16e6, unit: 'exchanges', qualifier: 'over' }, reads: 'over 16 million exchanges' },
    { parts: { value: 12, unit: 'months' }, reads: '12 months' },
    { parts: { value: 3 }, reads: '3' },
    { parts: { value: 0, unit: '%' }, reads: '0%' },
  ])('formatValue($parts) reads $reads', ({ parts, reads }) => {
    expect(formatValue(parts)).toBe(reads);
  });
});

describe('formatNumber(value)', () => {
  it.each([
    [16e6, '16 million'],
    [2.5e9, '2.5 billion'],
    [24000, '24,000'],
    [5500, '5,500'],
    [1234567, '1,234,567'],
    [2.5, '2.5'],
    [0, '0'],
  ])('formatNumber(%d) reads %j', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it('formatNumber(value) prints every digit it is given, never a rounded number no source gives', () => {
    expect(formatNumber(2.125)).toBe('2.125');
  });

  it('formatNumber(value) leaves out floating-point noise', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  });
});
