import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './choose';

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
