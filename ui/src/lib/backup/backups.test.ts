import { describe, expect, it } from 'vitest';
import type { BackupSummary } from '$lib/bindings/BackupSummary';
import { translator } from '$lib/i18n/catalogue';
import { counted, summaryLine } from './backups';

const en = translator('en');
const fr = translator('fr');

const summary = (missions: number, charterVersions: number, signatures: number): BackupSummary => ({
  missions,
  missionNames: [],
  charterVersions,
  signatures,
});

describe('summaryLine', () => {
  it('counts missions, charter versions and signatures in each language', () => {
    expect(summaryLine(summary(3, 5, 2), en, 'en')).toBe('3 missions · 5 charter versions · 2 signatures');
    expect(summaryLine(summary(3, 5, 2), fr, 'fr')).toBe('3 missions · 5 versions de charte · 2 signatures');
  });

  it('puts one in the singular, and nothing in the form each language gives it', () => {
    expect(summaryLine(summary(1, 1, 1), en, 'en')).toBe('1 mission · 1 charter version · 1 signature');
    expect(summaryLine(summary(0, 0, 0), en, 'en')).toBe('0 missions · 0 charter versions · 0 signatures');
    expect(summaryLine(summary(0, 1, 0), fr, 'fr')).toBe('0 mission · 1 version de charte · 0 signature');
  });

  it('counts each thing on its own', () => {
    expect(counted('signatures', 12, fr, 'fr')).toBe('12 signatures');
    expect(counted('versions', 2, en, 'en')).toBe('2 charter versions');
  });
});
