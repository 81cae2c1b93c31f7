import { describe, expect, it } from 'vitest';
import { dutchDate, dutchPartialDate, isoDate } from '../../src/lib/dates';

describe('dates', () => {
  const start = new Date('2025-05-27');
  it('writes a Dutch date for readers', () => {
    expect(dutchDate(start)).toBe('27 mei 2025');
    expect(dutchDate(new Date('2026-11-01'))).toBe('1 november 2026');
  });
  it('writes an ISO date for <time datetime>', () => {
    expect(isoDate(start)).toBe('2025-05-27');
  });
  it('keeps a source date as precise as it is', () => {
    expect(dutchPartialDate('2025')).toBe('2025');
    expect(dutchPartialDate('2025-04')).toBe('april 2025');
    expect(dutchPartialDate('2025-04-14')).toBe('14 april 2025');
  });
  it('refuses a month that does not exist', () => {
    expect(() => dutchPartialDate('2025-13')).toThrow(RangeError);
  });
});
