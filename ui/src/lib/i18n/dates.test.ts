import { describe, expect, it } from 'vitest';
import { formatDay, isoDay } from './dates';

describe('dates', () => {
  it('writes a local day as ISO text', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('shows an ISO day in the UI language, whatever the time zone', () => {
    expect(formatDay('2026-03-02', 'fr')).toBe('2 mars 2026');
    expect(formatDay('2026-03-02', 'en')).toBe('2 March 2026');
  });

  it('shows text that is not an ISO day as it is', () => {
    expect(formatDay('next spring', 'en')).toBe('next spring');
  });
});
