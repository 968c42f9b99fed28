import { describe, expect, it } from 'vitest';
import { chooseLanguage, firstLanguage } from './choose';

describe('chooseLanguage', () => {
  it('keeps the language chosen in the settings, whatever the system says', () => {
    expect(chooseLanguage('en', 'fr-FR')).toBe('en');
    expect(chooseLanguage('fr', 'en-US')).toBe('fr');
  });

  it('follows the system when nothing was chosen: any French locale gives French', () => {
    for (const system of ['fr', 'fr-FR', 'fr-CA', 'FR-be', 'fr_CH']) {
      expect(chooseLanguage(null, system), system).toBe('fr');
    }
  });

  it('falls back to English for any other or missing locale', () => {
    for (const system of ['en-GB', 'de-DE', 'frr', 'fy-NL', '', null, undefined]) {
      expect(chooseLanguage(null, system), String(system)).toBe('en');
    }
  });
});

describe('firstLanguage', () => {
  it('takes the first language given, in order', () => {
    expect(firstLanguage('fr', 'en')).toBe('fr');
    expect(firstLanguage(null, 'en', 'fr')).toBe('en');
    expect(firstLanguage(undefined, null, 'fr')).toBe('fr');
  });

  it('falls back to English when no language is given', () => {
    expect(firstLanguage()).toBe('en');
    expect(firstLanguage(null, undefined)).toBe('en');
  });
});
