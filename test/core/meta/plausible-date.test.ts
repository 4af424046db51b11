import { describe, expect, it } from 'vitest';
import { plausibleDate } from '../../../src/core/meta/plausible-date';

const now = new Date('2024-05-02T12:00:00Z');
const iso = (v: string) => plausibleDate(v, now)?.toISOString() ?? null;

describe('plausibleDate', () => {
  it('rejects the placeholders pages fill their date fields with', () => {
    expect(iso('0001-01-01T00:00:00')).toBeNull();
    expect(iso('0001-01-01T00:00:00Z')).toBeNull();
    // Date.parse reads this as 2001: the year as written decides.
    expect(iso('January 1, 1')).toBeNull();
    expect(iso('1970-01-01T00:00:00Z')).toBeNull();
    expect(iso('1990-12-31')).toBeNull();
    expect(iso('')).toBeNull();
    expect(iso('not a date')).toBeNull();
    expect(plausibleDate(null, now)).toBeNull();
  });

  it('rejects a date more than a day ahead, keeps one a few hours ahead (time zones)', () => {
    expect(iso('2024-05-04T12:00:00Z')).toBeNull();
    expect(iso('2099-01-01')).toBeNull();
    expect(iso('2024-05-03T06:00:00+00:00')).toBe('2024-05-03T06:00:00.000Z');
  });

  it('keeps real publication dates, ISO or written out', () => {
    expect(iso('2022-04-20T23:42:00-05:00')).toBe('2022-04-21T04:42:00.000Z');
    expect(iso('1991-08-06')).toBe('1991-08-06T00:00:00.000Z');
    expect(iso('April 20, 2022')).not.toBeNull();
    expect(iso('2024-05-02')).toBe('2024-05-02T00:00:00.000Z');
  });
});
