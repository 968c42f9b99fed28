import { describe, expect, it } from 'vitest';
import { formatSize } from './sizes';

describe('formatSize', () => {
  it('gives the size in the unit that reads best, in each language', () => {
    expect(formatSize(245_300, 'en')).toBe('245 kB');
    expect(formatSize(245_300, 'fr')).toBe('245\u202fko');
    expect(formatSize(1_250_000, 'en')).toBe('1.3 MB');
    expect(formatSize(1_250_000, 'fr')).toBe('1,3\u202fMo');
    expect(formatSize(12_000_000, 'en')).toBe('12 MB');
    expect(formatSize(2_400_000_000, 'fr')).toBe('2,4\u202fGo');
  });

  it('spells out bytes, and never shows 1000 of a unit', () => {
    expect(formatSize(830, 'en')).toBe('830 bytes');
    expect(formatSize(1, 'en')).toBe('1 byte');
    expect(formatSize(830, 'fr')).toBe('830\u00a0octets');
    expect(formatSize(1_000, 'en')).toBe('1 kB');
    expect(formatSize(999_600, 'en')).toBe('1 MB');
    expect(formatSize(999_400, 'en')).toBe('999 kB');
  });
});
