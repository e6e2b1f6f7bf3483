// isRealIsoDate and the date schema live in src/schemas.ts; they are the content's dates, so tested here.
import { describe, expect, it } from 'vitest';
import { isoDateSchema, isRealIsoDate, rangeSchema } from '../../../src/schemas.ts';

describe('isRealIsoDate(value)', () => {
  it.each(['2026-05-14', '2024-02-29', '2022-12-31', '2017-01-01'])('isRealIsoDate(%j) accepts a real day', (value) => {
    expect(isRealIsoDate(value)).toBe(true);
  });

  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-05-00'])(
    'isRealIsoDate(%j) refuses a day the calendar does not have',
    (value) => expect(isRealIsoDate(value)).toBe(false),
  );

  it.each(['May 14', '2026-5-14', '14/05/2026', '2026-05-14T00:00:00Z', ' 2026-05-14', '', '20260514'])(
    'isRealIsoDate(%j) refuses anything not written YYYY-MM-DD',
    (value) => expect(isRealIsoDate(value)).toBe(false),
  );
});

describe('isoDateSchema', () => {
  it('isoDateSchema.parse(Date) accepts the Date that YAML 1.1 makes of an unquoted day, as that day', () => {
    expect(isoDateSchema.parse(new Date(Date.UTC(2026, 4, 14)))).toBe('2026-05-14');
  });

  it('isoDateSchema.safeParse("2026-02-30") fails with a message quoting the value', () => {
    const result = isoDateSchema.safeParse('2026-02-30');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('"2026-02-30" is not a date');
  });
});

describe('rangeSchema', () => {
  it('rangeSchema accepts low equal to high and refuses low above high', () => {
    expect(rangeSchema.safeParse({ low: 12, high: 12 }).success).toBe(true);
    expect(rangeSchema.safeParse({ low: 24, high: 12 }).success).toBe(false);
  });
});
