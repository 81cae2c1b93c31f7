import { describe, expect, it } from 'vitest';
import { dutchDate, dutchPartialDate, isoDate, sourcePeriod } from '../../src/lib/dates';

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

describe('sourcePeriod', () => {
  it('names one month', () => {
    expect(sourcePeriod(['2025-05-26'])).toBe('mei 2025');
  });
  it('names each month once, oldest first, whatever the order or precision', () => {
    expect(sourcePeriod(['2025-05', '2025-04-14', '2025-04', '2025-05-26'])).toBe('april en mei 2025');
    expect(sourcePeriod(['2025-08-26', '2025-04', '2025-05'])).toBe('april, mei en augustus 2025');
  });
  it('writes only the year when a source of that year gives no month', () => {
    expect(sourcePeriod(['2025'])).toBe('2025');
    expect(sourcePeriod(['2025-04', '2025'])).toBe('2025');
    expect(sourcePeriod(['2025', '2025-05'])).toBe('2025');
  });
  it('keeps years apart, oldest first', () => {
    expect(sourcePeriod(['2026-02-23', '2025-12'])).toBe('december 2025 en februari 2026');
    expect(sourcePeriod(['2026-02', '2024', '2025-04', '2025-05'])).toBe('2024, april en mei 2025 en februari 2026');
  });
  it('refuses an empty list and a month that does not exist', () => {
    expect(() => sourcePeriod([])).toThrow(RangeError);
    expect(() => sourcePeriod(['2025-13'])).toThrow(RangeError);
    expect(() => sourcePeriod(['mei'])).toThrow(RangeError);
  });
});
